import { useTranslation } from 'react-i18next';
import type { BoardRow } from '@truongan/contracts';
import { formatTime } from '../../lib/format.ts';
import { AttendanceBadge } from '../../components/AttendanceBadge.tsx';
import { SnapshotThumb } from '../../components/SnapshotThumb.tsx';
import { Badge } from '../../components/ui/Badge.tsx';

/** One student on the board: gate photo, name, status, times, markers, and the correction button. */
export function BoardRowItem({ row, onCorrect }: { row: BoardRow; onCorrect: (row: BoardRow) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={`board-row board-row-${row.status}`} data-student-id={row.studentId} data-status={row.status}
      data-face={row.faceEnrolled ? 'enrolled' : 'none'}>
      <SnapshotThumb snapshotId={row.snapshotId} alt={t('board.snapshot', { name: row.fullName })} />
      <div className="board-row-main">
        <strong className="student-name">{row.fullName}</strong>
        <div className="board-row-line">
          <AttendanceBadge status={row.status} lateMinutes={row.lateMinutes} />
          {row.entryAt && <span className="small">{t('board.entry', { time: formatTime(row.entryAt, i18n.language) })}</span>}
          {row.exitAt && <span className="small">{t('board.exit', { time: formatTime(row.exitAt, i18n.language) })}</span>}
        </div>
        {(!row.faceEnrolled || row.corrected) && (
          <div className="board-row-line">
            {!row.faceEnrolled && <span className="no-face small">{t('board.noFace')}</span>}
            {row.corrected && <Badge tone="info">{t('board.corrected')}</Badge>}
          </div>
        )}
      </div>
      <button type="button" className="btn btn-secondary btn-small" onClick={() => onCorrect(row)}
        aria-label={`${t('board.correct')}: ${row.fullName}`}>
        {t('board.correctShort')}
      </button>
    </li>
  );
}
