import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TotpEnrolment } from '../../types/api.ts';
import { api } from '../../lib/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { CodeField } from './CodeField.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';

/** First sign-in of a role that needs a second factor: show the secret, confirm with a first code. */
export function TotpEnrolForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<TotpEnrolment>();
  const [code, setCode] = useState('');
  const { busy, error, setError, run } = useSubmit();

  useEffect(() => {
    api.post<TotpEnrolment>('/api/auth/totp/enrol').then(setEnrolment, setError);
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      await api.post('/api/auth/totp/enrol/confirm', { code });
      onDone();
    });
  }

  return (
    <form onSubmit={submit} className="stack">
      <h2>{t('signin.enrolTitle')}</h2>
      <p>{t('signin.enrolHelp')}</p>
      {!enrolment && !error && <Loading />}
      {enrolment && (
        <dl className="secret">
          <dt>{t('signin.secret')}</dt>
          <dd><code>{enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}</code></dd>
          <dt>{t('signin.otpauthUrl')}</dt>
          <dd><a href={enrolment.otpauthUrl} className="break">{enrolment.otpauthUrl}</a></dd>
        </dl>
      )}
      <CodeField label={t('signin.code')} value={code} onChange={setCode} />
      <ErrorMessage error={error} />
      <Button type="submit" disabled={busy || !enrolment || code.length !== 6}>{t('signin.enrolConfirm')}</Button>
    </form>
  );
}
