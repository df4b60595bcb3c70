import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { CodeField } from './CodeField.tsx';

/** Step two for roles that can read faces, cases or counselling: the authenticator code. */
export function TotpForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.post('/api/auth/totp', { code });
      onDone();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
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
