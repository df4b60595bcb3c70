import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/Badge.tsx';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { formatDateTime } from '../../../lib/format.ts';

export interface Thread { code: string; status: string; category: string; createdAt: string; messages: Array<{ at: string; from: 'reporter' | 'school'; body: string }> }

/** The reporter's side of the conversation: "the school" answers, never a staff member's name. */
export function ThreadView({ thread, onSend, onReload, onLeave, reloading }: {
  thread: Thread; onSend: (body: string) => Promise<unknown>; onReload: () => void; onLeave: () => void; reloading: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [body, setBody] = useState('');
  const { busy, error, run } = useSubmit();
  const send = (e: FormEvent) => { e.preventDefault(); void run(async () => { await onSend(body.trim()); setBody(''); }); };
  return (
    <section className="card stack" aria-labelledby="thread-title">
      <div className="row-between">
        <h2 id="thread-title">{thread.code}</h2>
        <Badge tone="info">{t(`cases.status.${thread.status}`)}</Badge>
      </div>
      <dl className="facts">
        <dt>{t('cases.report.category')}</dt><dd>{t(`cases.category.${thread.category}`)}</dd>
        <dt>{t('cases.follow.sentAt')}</dt><dd>{formatDateTime(thread.createdAt, i18n.language)}</dd>
      </dl>
      <h3>{t('cases.follow.thread')}</h3>
      {thread.messages.length === 0 ? <p className="muted">{t('cases.follow.none')}</p> : (
        <ol className="cases-chat" aria-label={t('cases.follow.thread')}>
          {thread.messages.map((m, i) => (
            <li key={i} className={`cases-msg cases-msg-${m.from === 'reporter' ? 'mine' : 'theirs'}`}>
              <span className="small muted">{m.from === 'reporter' ? t('cases.follow.fromMe') : t('cases.follow.fromSchool')} · {formatDateTime(m.at, i18n.language)}</span>
              <p>{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      {thread.status !== 'closed' && (
        <form className="stack-tight" onSubmit={send}>
          <label htmlFor="thread-message" className="field-label">{t('cases.follow.message')}</label>
          <textarea id="thread-message" className="prose" rows={3} maxLength={2000} value={body} onChange={(e) => setBody(e.target.value)} />
          <ErrorMessage error={error} />
          <div className="actions">
            <Button type="submit" disabled={busy || !body.trim()}>{t('cases.follow.send')}</Button>
            <Button variant="secondary" onClick={onReload} disabled={reloading}>{t('cases.follow.refresh')}</Button>
            <Button variant="link" onClick={onLeave}>{t('cases.follow.leave')}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
