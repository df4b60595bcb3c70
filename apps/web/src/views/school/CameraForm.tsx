import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CameraInput } from '@truongan/contracts';
import type { CameraWithState } from '../../types/api.ts';
import { api } from '../../lib/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { TextField } from '../../components/ui/TextField.tsx';

const KINDS: CameraInput['kind'][] = ['rtsp', 'mjpeg', 'snapshot', 'file'];
const ROLES: CameraInput['role'][] = ['entry', 'exit', 'both', 'perimeter'];

/**
 * Add or edit a camera. The password field is never filled from the server (it never comes back):
 * left empty in an edit, the stored password stays. Lane and direction line are kept as they are.
 */
export function CameraForm({ schoolId, camera, onSaved, onCancel }: {
  schoolId: string; camera: CameraWithState | null; onSaved: (name: string) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(camera?.name ?? '');
  const [kind, setKind] = useState<CameraInput['kind']>(camera?.kind ?? 'rtsp');
  const [role, setRole] = useState<CameraInput['role']>(camera?.role ?? 'entry');
  const [url, setUrl] = useState(camera?.url ?? '');
  const [username, setUsername] = useState(camera?.username ?? '');
  const [password, setPassword] = useState('');
  const [fps, setFps] = useState(String(camera?.fps ?? 5));
  const [enabled, setEnabled] = useState(camera?.enabled ?? true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    const body: CameraInput = {
      name: name.trim(), kind, role, url: url.trim(), username: username.trim() || null, password: password || null,
      lane: camera?.lane ?? null, direction: camera?.direction ?? null, fps: Math.min(15, Math.max(1, Number(fps) || 5)), enabled,
    };
    const base = `/api/schools/${encodeURIComponent(schoolId)}/cameras`;
    try {
      if (camera) await api.put(`${base}/${encodeURIComponent(camera.id)}`, body);
      else await api.post(base, body);
      onSaved(body.name);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={submit} aria-label={camera ? t('cameras.formEdit', { name: camera.name }) : t('cameras.formAdd')}>
      <TextField label={t('cameras.name')} value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} />
      <div className="form-2">
        <div className="field">
          <label htmlFor="camera-kind">{t('cameras.kind')}</label>
          <select id="camera-kind" value={kind} onChange={(e) => setKind(e.target.value as CameraInput['kind'])}>
            {KINDS.map((k) => <option key={k} value={k}>{t(`cameras.kinds.${k}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="camera-role">{t('cameras.role')}</label>
          <select id="camera-role" value={role} onChange={(e) => setRole(e.target.value as CameraInput['role'])}>
            {ROLES.map((r) => <option key={r} value={r}>{t(`cameras.roles.${r}`)}</option>)}
          </select>
        </div>
      </div>
      <TextField label={t('cameras.url')} value={url} onChange={(e) => setUrl(e.target.value)} required maxLength={500}
        inputMode="url" autoComplete="off" spellCheck={false} placeholder={kind === 'rtsp' ? 'rtsp://192.168.1.64:554/Streaming/Channels/102' : ''}
        hint={kind === 'rtsp' ? `${t('cameras.urlHintRtsp')}. ${t('cameras.urlHint')}` : t('cameras.urlHint')} />
      <div className="form-2">
        <TextField label={t('cameras.username')} value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" maxLength={100} />
        <TextField label={t('cameras.password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password" maxLength={200} hint={camera ? (camera.hasPassword ? t('cameras.passwordKeep') : t('cameras.passwordNone')) : undefined} />
      </div>
      <TextField label={t('cameras.fps')} type="number" min={1} max={15} step={1} inputMode="numeric" value={fps} onChange={(e) => setFps(e.target.value)} />
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        <span>{t('cameras.enabled')}</span>
      </label>
      <ErrorMessage error={error} />
      <div className="actions">
        <Button type="submit" disabled={busy || !name.trim() || !url.trim()}>{busy ? t('app.working') : t('app.save')}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('app.cancel')}</Button>
      </div>
    </form>
  );
}
