import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CounsellingRequestView } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Badge } from '../../components/ui/Badge.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';

const STATUS_TONE = { requested: 'warn', scheduled: 'info', closed: 'neutral' } as const;

/** The counsellor's queue (an audited read): who asked or was referred, about what, and the next session. */
export function CounsellorQueue() {
  const { t, i18n } = useTranslation();
  const queue = useApi<CounsellingRequestView[]>('/api/counselling/requests');
  return (
    <Card title={t('prevention.counselling.queueTitle')}>
      {queue.loading && <Loading />}
      <ErrorMessage error={queue.error} onRetry={queue.reload} />
      {queue.data?.length === 0 && <p className="muted">{t('prevention.counselling.queueEmpty')}</p>}
      {queue.data && queue.data.length > 0 && (
        <ul className="cards" aria-label={t('prevention.counselling.queueTitle')}>
          {queue.data.map((r) => {
            const next = r.sessions.filter((s) => s.status === 'scheduled').sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))[0];
            return (
              <li key={r.id} className="counselling-request">
                <div className="row-between">
                  <strong>{r.studentName ?? t('prevention.counselling.anonymousStudent')}</strong>
                  <Badge tone={STATUS_TONE[r.status]}>{t(`prevention.counselling.status.${r.status}`)}</Badge>
                </div>
                <span className="small muted">
                  {t(`prevention.counselling.sources.${r.source}`)}{r.topic && ` · ${t(`prevention.groups.${r.topic}`)}`} · {formatDateTime(r.createdAt, i18n.language)}
                </span>
                <p className="request-message">{r.message}</p>
                {next && <p className="small">{t('prevention.counselling.sessionAt', { at: formatDateTime(next.scheduledAt, i18n.language), place: next.place })}</p>}
                <Link className="btn btn-secondary btn-small" to={`/counselling/${r.id}`}>{t('prevention.counselling.open')}</Link>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
