import { useTranslation } from 'react-i18next';
import type { GatePassage } from '../../types/api.ts';
import { formatTime } from '../../lib/format.ts';
import { SnapshotThumb } from '../../components/SnapshotThumb.tsx';
import { Badge, type Tone } from '../../components/ui/Badge.tsx';
import { ConfirmCandidates } from './ConfirmCandidates.tsx';

const TONE: Record<GatePassage['decision'], Tone> = { known: 'ok', unknown: 'bad', needs_confirmation: 'warn', spoof: 'bad' };

/** One walk-through: who (or "stranger", "suspected spoof", "needs confirmation"), when, which way, and the photo. */
export function PassageItem({ passage, cameraName, onSettled }: { passage: GatePassage; cameraName?: string; onSettled: () => void }) {
  const { t, i18n } = useTranslation();
  const time = formatTime(passage.decidedAt, i18n.language);
  const p = passage;
  return (
    <li className={`passage passage-${p.decision}`} data-decision={p.decision}>
      <SnapshotThumb large snapshotId={p.snapshotId} alt={t('gate.snapshot', { time })} />
      <div className="passage-main">
        <div className="passage-head">
          {p.decision === 'known'
            ? <strong className="passage-name">{p.studentName ?? '—'}</strong>
            : <strong className="passage-name">{t(`gate.decision.${p.decision}`)}</strong>}
          {p.decision === 'known' && p.className && <Badge tone="neutral">{p.className}</Badge>}
        </div>
        <div className="small">
          <time dateTime={p.decidedAt} className="passage-time">{time}</time> · {t(`gate.direction.${p.direction}`)}
          {cameraName && <> · <span className="muted">{cameraName}</span></>}
          {p.decision === 'known' && <> · <Badge tone={TONE.known}>{t('gate.decision.known')}</Badge></>}
        </div>
        {p.decision === 'unknown' && <p className="small passage-help">{t('gate.unknownHelp')}</p>}
        {p.decision === 'spoof' && <p className="small passage-help">{t('gate.spoofHelp')}</p>}
        {p.decision === 'needs_confirmation' && <ConfirmCandidates passage={p} onDone={onSettled} />}
      </div>
    </li>
  );
}
