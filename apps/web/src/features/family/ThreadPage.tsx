import type { FamilyMessage, FamilyThread } from '@truongan/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Badge } from '../../components/ui/Badge.tsx';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useThread } from './hooks.ts';

/** `/messages/:threadId`: the conversation; staff see who read each message, and may answer one family privately. */
export function ThreadPage() {
  const { t } = useTranslation();
  const { threadId } = useParams();
  const thread = useThread(threadId);
  return (
    <div className="stack">
      <Link to="/messages">← {t('family.thread.back')}</Link>
      {thread.loading && !thread.data && <Loading />}
      <ErrorMessage error={thread.error} onRetry={thread.reload} />
      {thread.data && (
        <>
          <h1>{thread.data.subject}</h1>
          <p className="muted small">{t('family.threads.to', { label: thread.data.audienceLabel })}</p>
          <ol className="messages" aria-label={thread.data.subject}>
            {thread.data.messages.map((m) => <MessageItem key={m.id} m={m} />)}
          </ol>
          <ReplyForm thread={thread.data} onSent={thread.reload} />
        </>
      )}
    </div>
  );
}

function MessageItem({ m }: { m: FamilyMessage }) {
  const { t, i18n } = useTranslation();
  const read = m.receipts?.filter((r) => r.readAt) ?? [];
  return (
    <li className={`message message-${m.authorKind}`} data-author={m.authorKind}>
      <div className="message-head small">
        <strong>{m.authorName}</strong> · <span className="num">{formatDateTime(m.createdAt, i18n.language)}</span>
        {m.authorKind === 'staff' && <> <Badge tone="info">{t('family.thread.official')}</Badge></>}
      </div>
      <p className="message-body">{m.body}</p>
      {m.verifyCode && <p className="small muted">{t('family.thread.code', { code: m.verifyCode })}</p>}
      {m.receipts && (
        <details className="receipts">
          <summary>{t('family.thread.readBy', { n: read.length, total: m.receipts.length })}</summary>
          <ul className="plain-list small" aria-label={t('family.thread.receipts')}>
            {m.receipts.map((r) => (
              <li key={r.guardianId} data-read={r.readAt ? 'yes' : 'no'}>
                {r.readAt ? t('family.thread.readAt', { name: r.guardianName, at: formatDateTime(r.readAt, i18n.language) }) : t('family.thread.notRead', { name: r.guardianName })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

function ReplyForm({ thread, onSent }: { thread: FamilyThread; onSent: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [to, setTo] = useState('');
  const [sent, setSent] = useState(false);
  const submit = useSubmit();
  // Staff see receipts on their messages; the families of the thread are the recipients of the first one.
  const staff = thread.messages.some((m) => m.receipts !== undefined);
  const families = thread.messages.find((m) => m.receipts && m.guardianId === null)?.receipts ?? [];
  const send = () => submit.run(async () => {
    await api.post(`/api/family/threads/${encodeURIComponent(thread.id)}/messages`, { body, ...(to ? { toGuardianId: to } : {}) });
    setBody(''); setSent(true);
    onSent();
  });
  return (
    <form className="card stack-tight" onSubmit={(e) => { e.preventDefault(); void send(); }}>
      <h2>{t('family.thread.reply')}</h2>
      {staff && families.length > 1 && (
        <div className="field">
          <label htmlFor="reply-to">{t('family.thread.toOne')}</label>
          <select id="reply-to" value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">{t('family.thread.toAll')}</option>
            {families.map((f) => <option key={f.guardianId} value={f.guardianId}>{f.guardianName}</option>)}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="reply-body">{t('family.thread.replyLabel')}</label>
        <textarea id="reply-body" rows={3} value={body} onChange={(e) => { setBody(e.target.value); setSent(false); }} maxLength={2000} required />
      </div>
      {!staff && <p className="hint">{t('family.thread.guardianNote')}</p>}
      <ErrorMessage error={submit.error} />
      {sent && <Notice tone="ok">{t('family.thread.sent')}</Notice>}
      <Button type="submit" disabled={submit.busy || !body.trim()}>{t('family.thread.send')}</Button>
    </form>
  );
}
