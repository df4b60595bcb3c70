import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { LoginResult } from '../../types/api.ts';
import { api } from '../../lib/api.ts';
import { formatPhone } from '../../lib/format.ts';
import { useDemoOutbox } from '../../hooks/use-demo-outbox.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { TextField } from '../../components/ui/TextField.tsx';
import { CodeField } from './CodeField.tsx';

/** Guardians: phone number, then the one-time code sent to it. */
export function GuardianSignInForm({ onResult }: { onResult: (r: LoginResult) => void }) {
  const { t } = useTranslation();
  const demo = useDemoOutbox();
  const [phone, setPhone] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function step(e: FormEvent, action: () => Promise<void>) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const send = (e: FormEvent) => step(e, async () => {
    const r = await api.post<{ sent: boolean; phone: string }>('/api/auth/guardian/otp', { phone: phone.replace(/\s/g, '') });
    setSentTo(r.phone);
  });
  const verify = (e: FormEvent) => step(e, async () => {
    onResult(await api.post<LoginResult>('/api/auth/guardian/verify', { phone: phone.replace(/\s/g, ''), code }));
  });

  if (sentTo === null) {
    return (
      <form onSubmit={send} className="stack">
        <TextField label={t('signin.phone')} hint={t('signin.phoneHint')} name="phone" type="tel" inputMode="tel" autoComplete="tel" required
          value={phone} onChange={(e) => setPhone(e.target.value)} />
        <ErrorMessage error={error} />
        <Button type="submit" disabled={busy || phone.trim().length < 9}>{t('signin.sendCode')}</Button>
      </form>
    );
  }
  return (
    <form onSubmit={verify} className="stack">
      <Notice tone="ok">{t('signin.codeSent', { phone: formatPhone(sentTo) })}</Notice>
      <p className="small">{t('signin.scamWarning')}</p>
      {demo && <p className="small"><Link to="/dev/outbox" target="_blank">{t('signin.demoOutbox')}</Link></p>}
      <CodeField label={t('signin.guardianCode')} value={code} onChange={setCode} />
      <ErrorMessage error={error} />
      <Button type="submit" disabled={busy || code.length !== 6}>{busy ? t('signin.working') : t('signin.submit')}</Button>
      <Button variant="link" onClick={() => { setSentTo(null); setCode(''); setError(undefined); }}>{t('signin.changePhone')}</Button>
    </form>
  );
}
