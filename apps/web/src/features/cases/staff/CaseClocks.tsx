import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '@truongan/contracts';
import { Badge } from '../../../components/ui/Badge.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useNow } from '../hooks/use-now.ts';
import { formatDuration } from '../lib/duration.ts';
import { isOpen } from '../lib/labels.ts';

/**
 * The 12-hour intervention clock (Decree 56/2017 Art 26), ticking every second in the browser; red once it is
 * past. It stops when the case is resolved or closed. `role="timer"` so assistive technology knows it changes.
 */
export function InterventionClock({ item }: { item: Pick<CaseListItem, 'status' | 'clocks'> }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const due = item.clocks.interventionDueAt;
  if (!due) return null;
  const left = Date.parse(due) - now;
  const running = isOpen(item);
  const over = left < 0;
  return (
    <p className={`cases-clock${running && over ? ' cases-clock-over' : ''}${running ? '' : ' cases-clock-stopped'}`}>
      <span className="cases-clock-label">{t('cases.clock.intervention')}</span>{' '}
      <span role="timer" aria-live="off" className="cases-clock-time" data-due={due}>
        {running ? t(over ? 'cases.clock.over' : 'cases.clock.left', { time: formatDuration(left) }) : t('cases.clock.stopped')}
      </span>{' '}
      <span className="small muted">({t('cases.clock.due', { at: formatDateTime(due, i18n.language) })})</span>
    </p>
  );
}

/** First-response and resolution clocks per category, and the names of those already overdue. */
export function SlaClocks({ item }: { item: Pick<CaseListItem, 'status' | 'clocks'> }) {
  const { t, i18n } = useTranslation();
  const c = item.clocks;
  return (
    <div className="cases-sla small">
      {c.firstResponseAt
        ? <span>{t('cases.list.responded')}: {formatDateTime(c.firstResponseAt, i18n.language)}</span>
        : <span>{t('cases.list.firstResponse')}: {formatDateTime(c.firstResponseDueAt, i18n.language)}</span>}
      {isOpen(item) && <span>{t('cases.list.resolveBy')}: {formatDateTime(c.resolveDueAt, i18n.language)}</span>}
      {c.overdue.map((o) => <Badge key={o} tone="bad">{t(`cases.overdue.${o}`)}</Badge>)}
    </div>
  );
}
