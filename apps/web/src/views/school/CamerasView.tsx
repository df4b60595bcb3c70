import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCameras } from '../../hooks/use-cameras.ts';
import { Button } from '../../components/ui/Button.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { CameraForm } from './CameraForm.tsx';
import { CameraRow } from './CameraRow.tsx';

/** The principal's cameras: live state, add, edit, delete. */
export function CamerasView({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const cams = useCameras(schoolId, 5_000);
  // null: no form; 'new': adding; otherwise the id being edited.
  const [editing, setEditing] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const current = cams.data?.find((c) => c.id === editing) ?? null;
  const done = (message: string) => { setEditing(null); setNote(message); cams.reload(); };

  return (
    <div className="stack">
      <div className="row-between">
        <h1>{t('cameras.title')}</h1>
        {editing === null && <Button onClick={() => { setNote(null); setEditing('new'); }}>{t('cameras.add')}</Button>}
      </div>
      {note && <Notice tone="ok">{note}</Notice>}
      {editing !== null && (editing === 'new' || current) && (
        <Card title={current ? t('cameras.formEdit', { name: current.name }) : t('cameras.formAdd')}>
          <CameraForm key={editing} schoolId={schoolId} camera={current} onCancel={() => setEditing(null)}
            onSaved={(name) => done(t('cameras.saved', { name }))} />
        </Card>
      )}
      {cams.loading && !cams.data && <Loading />}
      {!cams.data && <ErrorMessage error={cams.error} onRetry={cams.reload} />}
      {cams.data?.length === 0 && <p>{t('cameras.empty')}</p>}
      {cams.data && cams.data.length > 0 && (
        <ul className="cards" aria-label={t('cameras.title')}>
          {cams.data.map((c) => (
            <li key={c.id}>
              <CameraRow schoolId={schoolId} camera={c} onEdit={() => { setNote(null); setEditing(c.id); }} onRemoved={() => done(t('cameras.removed'))} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
