import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { CodeField } from './CodeField.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';

/** Step two for roles that can read faces, cases or counselling: the authenticator code. */
export function TotpForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const { busy, error, run } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      await api.post('/api/auth/totp', { code });
      onDone();
    });
  }

  return (
    <form onSubmit={submit} className="stack">
      <h2>{t('signin.totpTitle')}</h2>
      <p>{t('signin.totpHelp')}</p>
      <CodeField label={t('signin.code')} value={code} onChange={setCode} />
      <ErrorMessage error={error} />
      <Button type="submit" disabled={busy || code.length !== 6}>{busy ? t('signin.working') : t('signin.verify')}</Button>
    </form>
  );
}
