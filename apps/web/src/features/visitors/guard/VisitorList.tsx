import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Visit } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { formatTime } from '../../../lib/format.ts';
import { VisitStatus } from './VisitStatus.tsx';

/** Held or refused visitors never came in: no entry time or badge validity to show. */
const admitted = (v: Visit) => v.status !== 'held' && v.status !== 'cancelled';

/** Today's visitors for the guard: inside first (overstays on top), then expected, then those who left. */
export function VisitorList({ visits, busy, onCheckOut, onCheckIn }: {
  visits: Visit[]; busy: boolean; onCheckOut: (v: Visit) => void; onCheckIn: (v: Visit) => void;
}) {
  const { t, i18n } = useTranslation();
  const rank = (v: Visit) => (v.status === 'held' ? 0 : v.overstay ? 1 : v.status === 'checked_in' ? 2 : v.status === 'expected' ? 3 : 4);
  const sorted = [...visits].sort((a, b) => rank(a) - rank(b) || (b.checkedInAt ?? b.createdAt).localeCompare(a.checkedInAt ?? a.createdAt));
  if (!sorted.length) return <p className="muted">{t('visitors.desk.empty')}</p>;
  return (
    <ul className="plain-list visitors-list">
      {sorted.map((v) => (
        <li key={v.id} className={`visitors-item visitors-${v.status}${v.overstay ? ' visitors-overstay' : ''}`}>
          <div className="row-between">
            <strong>{v.fullName}{v.idLast4 ? <span className="muted small"> · …{v.idLast4}</span> : null}</strong>
            <VisitStatus visit={v} />
          </div>
          <p className="small">{v.purpose}{v.hostName ? ` · ${t('visitors.list.host')}: ${v.hostName}` : ''}</p>
          <p className="small muted">
            {v.checkedInAt && admitted(v) && <>{t('visitors.list.in')} {formatTime(v.checkedInAt, i18n.language)} · </>}
            {v.validUntil && admitted(v) && <>{t('visitors.list.until')} {formatTime(v.validUntil, i18n.language)}</>}
            {v.checkedOutAt && admitted(v) && <> · {t('visitors.list.out')} {formatTime(v.checkedOutAt, i18n.language)}</>}
            {!v.checkedInAt && v.expectedFrom && <>{formatTime(v.expectedFrom, i18n.language)}–{formatTime(v.expectedUntil, i18n.language)}</>}
          </p>
          <div className="actions">
            {v.status === 'expected' && <Button className="btn-small" onClick={() => onCheckIn(v)}>{t('visitors.list.checkInNow')}</Button>}
            {v.status === 'checked_in' && <Link className="btn btn-secondary btn-small" to={`/visits/${v.id}/badge`}>{t('visitors.list.badge')}</Link>}
            {v.status === 'checked_in' && (
              <Button variant="secondary" className="btn-small" disabled={busy} onClick={() => onCheckOut(v)} aria-label={`${t('visitors.list.checkOut')}: ${v.fullName}`}>
                {t('visitors.list.checkOut')}
              </Button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
