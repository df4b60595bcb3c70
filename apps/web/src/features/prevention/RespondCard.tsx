import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, MyCampaignResponse, ResponseResult } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { RadioGroup } from '../../components/ui/RadioGroup.tsx';
import { useParticipation } from './use-participation.ts';

/**
 * A student (for themselves) or a guardian (for a child at an addressed school) acknowledges the key messages and
 * takes the quiz. Only the first attempt counts; afterwards the card shows that result instead of the quiz.
 */
export function RespondCard({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const who = useParticipation(true);
  const mine = useApi<MyCampaignResponse>(`/api/campaigns/${campaign.id}/my-response`);
  const [read, setRead] = useState(false);
  const [answers, setAnswers] = useState<Array<number | null>>(campaign.quiz.map(() => null));
  const [result, setResult] = useState<ResponseResult>();
  const { busy, error, run } = useSubmit();
  const student = who.data?.students.find((s) => campaign.schoolIds.includes(s.schoolId));
  const complete = read && answers.every((a) => a !== null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!student || !complete) return;
    await run(async () => {
      setResult(await api.post<ResponseResult>(`/api/campaigns/${campaign.id}/responses`, {
        studentId: student.id, acknowledge: true, ...(campaign.quiz.length ? { answers: answers as number[] } : {}),
      }));
    });
  }

  const done = result ?? (mine.data?.responded ? { score: mine.data.score, total: mine.data.total, firstAttempt: false } : undefined);
  return (
    <Card title={t('prevention.respond.title')} className="respond">
      <ErrorMessage error={who.error ?? mine.error} />
      {done ? (
        <Notice tone="ok">
          <strong>{t('prevention.respond.thanks')}</strong>
          {done.total > 0 && done.score !== null && <p className="quiz-score">{t('prevention.respond.score', { score: done.score, total: done.total })}</p>}
          {!result?.firstAttempt && <p className="small">{t('prevention.respond.firstCounts')}</p>}
        </Notice>
      ) : (
        <form className="stack" onSubmit={submit}>
          {who.data?.kind === 'guardian' && student && <p className="small">{t('prevention.respond.forChild', { name: student.fullName })}</p>}
          <label className="check ack">
            <input type="checkbox" checked={read} onChange={(e) => setRead(e.target.checked)} />
            <span>{t(who.data?.kind === 'guardian' ? 'prevention.respond.ackGuardian' : 'prevention.respond.ack')}</span>
          </label>
          {campaign.quiz.map((q, i) => (
            <RadioGroup key={i} legend={`${i + 1}. ${q.question}`} name={`quiz-${i}`} value={answers[i] === null ? null : String(answers[i])}
              options={q.options.map((o, k) => ({ value: String(k), label: o }))}
              onChange={(v) => setAnswers(answers.map((a, j) => (j === i ? Number(v) : a)))} />
          ))}
          <ErrorMessage error={error} />
          <Button type="submit" disabled={busy || !complete || !student}>{busy ? t('app.working') : t('prevention.respond.submit')}</Button>
        </form>
      )}
    </Card>
  );
}
