import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Badge } from '../../components/ui/Badge.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { Call111 } from './Call111.tsx';
import { useLedger } from './hooks.ts';

/** `/ledger`: every official message the school sent this guardian, with its verification code — the reference against scams. */
export function LedgerPage() {
  const { t, i18n } = useTranslation();
  const ledger = useLedger();
  return (
    <div className="stack">
      <div className="row-between"><h1>{t('family.ledger.title')}</h1><Call111 /></div>
      <p className="lead">{t('family.ledger.lead')}</p>
      {ledger.loading && !ledger.data && <Loading />}
      <ErrorMessage error={ledger.error} onRetry={ledger.reload} />
      {ledger.data?.length === 0 && <p>{t('family.ledger.none')}</p>}
      <ul className="cards" aria-label={t('family.ledger.title')}>
        {ledger.data?.map((e) => (
          <li key={e.messageId} className="ledger-entry">
            <div className="row-between"><strong>{e.subject}</strong>{!e.readAt && <Badge tone="warn">{t('family.ledger.unread')}</Badge>}</div>
            <div className="small muted">{e.schoolName} · {e.authorName} · {formatDateTime(e.createdAt, i18n.language)}</div>
            <p>{e.body}</p>
            <p className="verify-code">{t('family.ledger.code', { code: e.verifyCode })}</p>
            <Link to={`/messages/${encodeURIComponent(e.threadId)}`}>{t('family.ledger.open')}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
