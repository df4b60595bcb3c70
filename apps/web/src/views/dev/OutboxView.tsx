import { useTranslation } from 'react-i18next';
import { useOutbox } from '../../hooks/use-outbox.ts';
import { formatDateTime, formatPhone } from '../../lib/format.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Notice } from '../../components/ui/Notice.tsx';

/** Demo only: the messages that would have gone out, so a newcomer can read a guardian's sign-in code. */
export function OutboxView() {
  const { t, i18n } = useTranslation();
  const outbox = useOutbox();
  return (
    <div className="stack">
      <h1>{t('outbox.title')}</h1>
      <Notice>{t('outbox.note')}</Notice>
      <Button variant="secondary" onClick={outbox.reload}>{t('app.retry')}</Button>
      {outbox.loading && <Loading />}
      <ErrorMessage error={outbox.error} />
      {outbox.data?.length === 0 && <p>{t('outbox.empty')}</p>}
      {outbox.data && outbox.data.length > 0 && (
        <ul className="cards" aria-label={t('outbox.title')}>
          {outbox.data.map((m) => (
            <li key={m.id}>
              <div className="small muted">{formatDateTime(m.createdAt, i18n.language)} · {t('outbox.recipient')}: {formatPhone(m.recipient)}</div>
              <p>{m.body}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
