import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginResult } from '../../types/api.ts';
import { api } from '../../lib/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { TextField } from '../../components/ui/TextField.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';

/** Step one for staff: user name and password. */
export function StaffPasswordForm({ onResult }: { onResult: (r: LoginResult) => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      onResult(await api.post<LoginResult>('/api/auth/login', { username: username.trim(), password }));
    });
  }

  return (
    <form onSubmit={submit} className="stack">
      <TextField label={t('signin.username')} name="username" autoComplete="username" autoCapitalize="none" required
        value={username} onChange={(e) => setUsername(e.target.value)} />
      <TextField label={t('signin.password')} name="password" type="password" autoComplete="current-password" required
        value={password} onChange={(e) => setPassword(e.target.value)} />
      <ErrorMessage error={error} />
      <Button type="submit" disabled={busy}>{busy ? t('signin.working') : t('signin.submit')}</Button>
    </form>
  );
}
