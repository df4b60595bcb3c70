import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, BoardRow } from '@truongan/contracts';
import { useClassBoard } from '../../hooks/use-class-board.ts';
import { formatDate } from '../../lib/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { LiveIndicator } from '../../components/LiveIndicator.tsx';
import { BoardCounts } from './BoardCounts.tsx';
import { BoardRowItem } from './BoardRowItem.tsx';
import { CorrectionDialog } from './CorrectionDialog.tsx';
import { ExcuseForm } from './ExcuseForm.tsx';

/** A class's attendance today, filling in live as students pass the gate; corrections and excused absences. */
export function ClassBoardView({ classId }: { classId: string }) {
  const { t, i18n } = useTranslation();
  const { board, connected, error, loading, reload } = useClassBoard(classId);
  const [filter, setFilter] = useState<AttendanceStatus | null>(null);
  const [editing, setEditing] = useState<BoardRow | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (loading) return <Loading />;
  if (!board) return <ErrorMessage error={error} onRetry={reload} />;
  const rows = filter ? board.rows.filter((r) => r.status === filter) : board.rows;
  const s = board.session;
  const sessionName = s?.name === 'afternoon' ? 'afternoon' : 'morning';

  return (
    <div className="stack">
      <div className="row-between">
        <h1>{t('board.title', { name: board.className })}</h1>
        <LiveIndicator connected={connected} live={t('board.live')} offline={t('board.offline')} />
      </div>
      <p className="lead">
        {formatDate(board.date, i18n.language)}
        {s && <> · {t('board.session', { name: t(`attendance.sessionNames.${sessionName}`), time: s.startsAt.slice(0, 5) })}</>}
      </p>
      {!s && <Notice>{t('board.noSession')}</Notice>}
      <BoardCounts counts={board.counts} filter={filter} onFilter={setFilter} />
      {saved !== null && <Notice tone="ok">{t('correction.saved', { name: saved })}</Notice>}
      {board.rows.length === 0 && <p>{t('board.empty')}</p>}
      <ul className="cards board-rows" aria-label={t('board.rows', { name: board.className })}>
        {rows.map((r) => <BoardRowItem key={r.studentId} row={r} onCorrect={(row) => { setSaved(null); setEditing(row); }} />)}
      </ul>
      <Card title={t('excuse.title')}>
        <ExcuseForm rows={board.rows} onSaved={reload} />
      </Card>
      <CorrectionDialog row={editing} date={board.date} session={sessionName} onClose={() => setEditing(null)}
        onSaved={(name) => { setSaved(name); reload(); }} />
    </div>
  );
}
