import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounsellingGroup, StudentView } from '@truongan/contracts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { GROUPS } from './counselling-options.ts';

/** A guardian (own child) or a teacher (own class) refers a student to the school counsellor. */
export function ReferralForm({ students }: { students: Array<Pick<StudentView, 'id' | 'fullName'> & { className?: string | null }> }) {
  const { t } = useTranslation();
  const [studentId, setStudentId] = useState(students.length === 1 ? students[0]!.id : '');
  const [topic, setTopic] = useState<CounsellingGroup | ''>('');
  const [message, setMessage] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, run } = useSubmit();
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    await run(async () => {
      await api.post('/api/counselling/referrals', { studentId, message: message.trim(), ...(topic ? { topic } : {}) });
      setDone(true);
      setMessage('');
    });
  }
  return (
    <form className="stack" onSubmit={submit} aria-label={t('prevention.counselling.referTitle')}>
      <div className="field">
        <label htmlFor="r-student">{t('prevention.counselling.student')}</label>
        <select id="r-student" value={studentId} onChange={(e) => setStudentId(e.target.value)} required>
          <option value="">—</option>
          {students.map((s) => <option key={s.id} value={s.id}>{s.fullName}{s.className ? ` (${s.className})` : ''}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="r-topic">{t('prevention.counselling.topic')}</label>
        <select id="r-topic" value={topic} onChange={(e) => setTopic(e.target.value as CounsellingGroup | '')}>
          <option value="">{t('prevention.counselling.topicAny')}</option>
          {GROUPS.map((g) => <option key={g} value={g}>{t(`prevention.groups.${g}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="r-message">{t('prevention.counselling.referMessage')}</label>
        <textarea id="r-message" className="prose" rows={3} maxLength={2000} value={message} onChange={(e) => setMessage(e.target.value)} required />
      </div>
      <ErrorMessage error={error} />
      {done && <Notice tone="ok">{t('prevention.counselling.referred')}</Notice>}
      <Button type="submit" disabled={busy || !studentId || !message.trim()}>{t('prevention.counselling.refer')}</Button>
    </form>
  );
}
