import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CameraWithState } from '../../types/api.ts';
import { api } from '../../lib/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { CameraTile } from '../guard/CameraTile.tsx';

/** A camera in the principal's list: its live state (as the guard sees it), the stream address, edit and delete. */
export function CameraRow({ schoolId, camera, onEdit, onRemoved }: {
  schoolId: string; camera: CameraWithState; onEdit: () => void; onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    if (!window.confirm(t('cameras.removeConfirm', { name: camera.name }))) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.del(`/api/schools/${encodeURIComponent(schoolId)}/cameras/${encodeURIComponent(camera.id)}`);
      onRemoved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="camera-row">
      <ul className="camera-tiles"><CameraTile camera={camera} /></ul>
      <p className="small muted break">{t(`cameras.kinds.${camera.kind}`)} · <code>{camera.url}</code></p>
      <p className="small muted">
        {camera.username && <>{t('cameras.username')}: {camera.username} · </>}
        {camera.hasPassword ? t('cameras.passwordStored') : t('cameras.passwordNone')}
        {' · '}{camera.lane ? t('cameras.lane') : t('cameras.noLane')}
      </p>
      <div className="actions">
        <Button variant="secondary" className="btn-small" onClick={onEdit} aria-label={`${t('cameras.edit')}: ${camera.name}`}>{t('cameras.edit')}</Button>
        <Button variant="danger" className="btn-small" disabled={busy} onClick={remove} aria-label={`${t('cameras.remove')}: ${camera.name}`}>{t('cameras.remove')}</Button>
      </div>
      <ErrorMessage error={error} />
    </div>
  );
}
