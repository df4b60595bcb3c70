import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, ClassBoard } from '@truongan/contracts';
import { formatNumber } from '../../lib/format.ts';

export const STATUS_ORDER: AttendanceStatus[] = ['present', 'late', 'not_yet', 'absent', 'excused', 'left'];

/** Today's counts per status; each count is a button that filters the list to that status (pressed again: all). */
export function BoardCounts({ counts, filter, onFilter }: {
  counts: ClassBoard['counts']; filter: AttendanceStatus | null; onFilter: (s: AttendanceStatus | null) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="board-counts" role="group" aria-label={t('board.counts')}>
      {STATUS_ORDER.map((s) => (
        <button key={s} type="button" className={`count count-${s}`} aria-pressed={filter === s} onClick={() => onFilter(filter === s ? null : s)}>
          <span className="count-n">{formatNumber(counts[s] ?? 0, i18n.language)}</span>
          <span className="count-label">{t(`attendance.status.${s}`)}</span>
        </button>
      ))}
    </div>
  );
}
