import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnonymousStatus, CounsellingGroup } from '@truongan/contracts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Button } from '../../components/ui/Button.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { GROUPS } from './counselling-options.ts';
import { useParticipation } from './use-participation.ts';

/**
 * A student asks for counselling, anonymously if they want. An anonymous request keeps no name at all; the student
 * gets a reply code, the only way back to the answer, so it is shown large and never stored by the app.
 */
export function StudentCounselling() {
  const { t } = useTranslation();
  const who = useParticipation(true);
  const [topic, setTopic] = useState<CounsellingGroup | ''>('');
  const [message, setMessage] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [sent, setSent] = useState<{ handle: string | null }>();
  const { busy, error, run } = useSubmit();
  const me = who.data?.students[0];

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!me || !message.trim()) return;
    await run(async () => {
      const r = await api.post<{ requestId: string; replyHandle: string | null }>('/api/counselling/requests',
        { studentId: me.id, anonymous, message: message.trim(), ...(topic ? { topic } : {}) });
      setSent({ handle: r.replyHandle });
      setMessage('');
    });
  }

  return (
    <>
      <Card title={t('prevention.counselling.askTitle')}>
        <ErrorMessage error={who.error} />
        {sent ? (
          <div className="stack">
            <Notice tone="ok">{t('prevention.counselling.sent')}</Notice>
            {sent.handle && (
              <div className="reply-code">
                <p>{t('prevention.counselling.handleIntro')}</p>
                <output className="handle" aria-label={t('prevention.counselling.yourHandle')}>{sent.handle}</output>
                <p className="small">{t('prevention.counselling.handleKeep')}</p>
              </div>
            )}
            <Button variant="secondary" onClick={() => setSent(undefined)}>{t('prevention.counselling.askAgain')}</Button>
          </div>
        ) : (
          <form className="stack" onSubmit={submit}>
            <div className="field">
              <label htmlFor="c-topic">{t('prevention.counselling.topic')}</label>
              <select id="c-topic" value={topic} onChange={(e) => setTopic(e.target.value as CounsellingGroup | '')}>
                <option value="">{t('prevention.counselling.topicAny')}</option>
                {GROUPS.map((g) => <option key={g} value={g}>{t(`prevention.groups.${g}`)}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor="c-message">{t('prevention.counselling.message')}</label>
              <textarea id="c-message" className="prose" rows={4} maxLength={2000} value={message} onChange={(e) => setMessage(e.target.value)} required />
            </div>
            <label className="check">
              <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
              <span>{t('prevention.counselling.anonymous')}<br /><span className="small muted">{t('prevention.counselling.anonymousHint')}</span></span>
            </label>
            <ErrorMessage error={error} />
            <Button type="submit" disabled={busy || !me || !message.trim()}>{busy ? t('app.working') : t('prevention.counselling.send')}</Button>
          </form>
        )}
      </Card>
      <AnonymousStatusCheck />
    </>
  );
}

/** "What happened to my anonymous request?": the reply code in, status and session times out (POST: the code stays out of URLs). */
function AnonymousStatusCheck() {
  const { t, i18n } = useTranslation();
  const [handle, setHandle] = useState('');
  const [status, setStatus] = useState<AnonymousStatus>();
  const { busy, error, run } = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => { setStatus(await api.post<AnonymousStatus>('/api/counselling/anonymous-status', { handle: handle.trim() })); });
  };
  return (
    <Card title={t('prevention.counselling.checkTitle')}>
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="c-handle">{t('prevention.counselling.handle')}</label>
          <input id="c-handle" type="text" autoComplete="off" value={handle} onChange={(e) => setHandle(e.target.value)} minLength={8} required />
        </div>
        <ErrorMessage error={error} />
        <Button type="submit" variant="secondary" disabled={busy || handle.trim().length < 8}>{t('prevention.counselling.check')}</Button>
      </form>
      {status && (
        <div className="stack-tight anonymous-status" role="status">
          <p><strong>{t(`prevention.counselling.status.${status.status}`)}</strong></p>
          {status.sessions.map((s) => (
            <p key={s.scheduledAt}>{t('prevention.counselling.sessionAt', { at: formatDateTime(s.scheduledAt, i18n.language), place: s.place })}</p>
          ))}
        </div>
      )}
    </Card>
  );
}
