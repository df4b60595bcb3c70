import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CaseListItem } from '@truongan/contracts';
import { Badge } from '../../../components/ui/Badge.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { priorityTone, statusTone } from '../lib/labels.ts';
import { InterventionClock, SlaClocks } from './CaseClocks.tsx';

/** One case in a list: what, how urgent, its clocks and where the agencies stand. No content, no names. */
export function CaseCard({ item }: { item: CaseListItem }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={`cases-card${item.clocks.overdue.length ? ' cases-card-overdue' : ''}`}>
      <div className="row-between">
        <Link to={`/cases/${item.id}`} className="cases-code" aria-label={t('cases.list.open', { code: item.code })}>{item.code}</Link>
        <span className="actions">
          <Badge tone={priorityTone[item.priority]}>{t(`cases.priority.${item.priority}`)}</Badge>
          <Badge tone={statusTone[item.status]}>{t(`cases.status.${item.status}`)}</Badge>
        </span>
      </div>
      <strong>{t(`cases.category.${item.category}`)}</strong>
      <span className="small muted">{item.schoolName} · {formatDateTime(item.createdAt, i18n.language)}</span>
      <InterventionClock item={item} />
      <SlaClocks item={item} />
      {item.agencies.length > 0 && (
        <span className="actions small">
          {item.agencies.map((a) => <Badge key={a.agency} tone={a.status === 'notified' ? 'warn' : 'info'}>{t(`cases.agency.${a.agency}`)}: {t(`cases.agencyStatus.${a.status}`)}</Badge>)}
        </span>
      )}
    </li>
  );
}
