import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { api } from '../../../lib/api.ts';
import { send } from '../lib/send.ts';
import { HelpLines } from './HelpLines.tsx';
import { PublicFrame } from './PublicFrame.tsx';
import { ThreadView, type Thread } from './ThreadView.tsx';

/**
 * `/report/follow-up`: code + passphrase open the anonymous two-way conversation. The passphrase stays in this
 * page's memory only (never in the address bar or the browser's storage): leaving the page forgets it.
 */
export function FollowUpPage() {
  const { t } = useTranslation();
  const initialCode = (useLocation().state as { code?: string } | null)?.code ?? '';
  const [code, setCode] = useState(initialCode);
  const [passphrase, setPassphrase] = useState('');
  const [thread, setThread] = useState<Thread | null>(null);
  const { busy, error, run } = useSubmit();
  const creds = () => ({ code: code.trim().toUpperCase(), passphrase: passphrase.trim().toLowerCase() });
  const load = () => run(async () => { setThread(await api.post<Thread>('/api/public/cases/thread', creds())); });
  const open = (e: FormEvent) => { e.preventDefault(); void load(); };

  return (
    <PublicFrame>
      <div className="stack">
        <h1>{t('cases.follow.title')}</h1>
        <HelpLines />
        {thread ? (
          <ThreadView thread={thread} onReload={load} reloading={busy}
            onSend={(body) => send('POST', '/api/public/cases/thread/messages', { ...creds(), body }).then(load)}
            onLeave={() => { setThread(null); setPassphrase(''); }} />
        ) : (
          <form className="stack card" onSubmit={open}>
            <p className="lead">{t('cases.follow.lead')}</p>
            <TextField label={t('cases.follow.code')} value={code} required autoComplete="off" autoCapitalize="characters" placeholder="TA-XXXX-XXXX" onChange={(e) => setCode(e.target.value)} />
            <TextField label={t('cases.follow.passphrase')} value={passphrase} required autoComplete="off" autoCapitalize="none" spellCheck={false} onChange={(e) => setPassphrase(e.target.value)} />
            <ErrorMessage error={error} />
            <Button type="submit" disabled={busy || !code.trim() || !passphrase.trim()}>{t('cases.follow.open')}</Button>
          </form>
        )}
        <p><Link to="/report">{t('cases.help.report')}</Link></p>
      </div>
    </PublicFrame>
  );
}
