import { useTranslation } from 'react-i18next';
import { LiveIndicator } from '../../components/LiveIndicator.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { AlertCard } from './AlertCard.tsx';
import { useAlertQueue } from './use-alert-queue.ts';

/** A school's alert queue, newest first, live; a new alert rings `onAlarm` (the console's alarm sound). */
export function AlertQueue({ schoolId, all = false, onAlarm }: { schoolId: string; all?: boolean; onAlarm?: () => void }) {
  const { t } = useTranslation();
  const q = useAlertQueue(schoolId, { all, onNew: () => onAlarm?.() });
  return (
    <section className="stack-tight alert-queue" aria-labelledby={`alerts-${schoolId}`}>
      <div className="row-between">
        <h2 id={`alerts-${schoolId}`}>{t('strangers.queue')}{q.data && q.data.length > 0 && <> ({q.data.length})</>}</h2>
        <LiveIndicator connected={q.connected} live={t('strangers.live')} offline={t('strangers.offline')} />
      </div>
      {q.loading && <Loading />}
      <ErrorMessage error={q.error} onRetry={q.reload} />
      {q.data?.length === 0 && <p className="muted">{t('strangers.empty')}</p>}
      {q.data && q.data.length > 0 && (
        <ul className="alert-list" aria-label={t('strangers.queue')}>
          {q.data.map((a) => <AlertCard key={a.id} alert={a} onChanged={q.reload} />)}
        </ul>
      )}
    </section>
  );
}
