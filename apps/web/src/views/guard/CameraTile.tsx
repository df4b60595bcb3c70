import { useTranslation } from 'react-i18next';
import type { CameraWithState } from '../../types/api.ts';
import { formatNumber, formatTime } from '../../lib/format.ts';
import { Badge, type Tone } from '../../components/ui/Badge.tsx';

const TONE: Record<string, Tone> = { streaming: 'ok', connecting: 'info', backoff: 'warn', error: 'bad', stopped: 'neutral' };

/** One camera's live state: streaming or not, frame rate, and the last error in plain words in the current language. */
export function CameraTile({ camera }: { camera: CameraWithState }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const st = camera.state;
  const state = !camera.enabled ? 'stopped' : st?.state ?? 'none';
  return (
    <li className={`camera-tile camera-${state}`} data-camera-state={state}>
      <div className="row-between">
        <strong>{camera.name}</strong>
        <Badge tone={TONE[state] ?? 'neutral'}>{camera.enabled ? t(`gate.states.${state}`) : t('gate.disabled')}</Badge>
      </div>
      <div className="small muted">
        {t(`cameras.roles.${camera.role}`)}
        {st && st.state === 'streaming' && <> · {t('gate.fps', { fps: formatNumber(Math.round(st.fps * 10) / 10, lang) })}</>}
        {st && st.dropped > 0 && <> · {t('gate.dropped', { n: formatNumber(st.dropped, lang) })}</>}
        {st && st.reconnects > 0 && <> · {t('gate.reconnects', { n: formatNumber(st.reconnects, lang) })}</>}
        {st && <> · {t('gate.since', { time: formatTime(st.since, lang) })}</>}
      </div>
      {st?.lastError && st.state !== 'streaming' && <p className="camera-error small">{lang.startsWith('en') ? st.lastError.en : st.lastError.vi}</p>}
    </li>
  );
}
