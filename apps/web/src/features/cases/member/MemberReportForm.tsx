import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentView } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { api } from '../../../lib/api.ts';
import { factsPayload, ReportFactsFields, useReportFacts } from '../public/ReportFacts.tsx';
import type { Receipt } from '../public/ReportForm.tsx';

/**
 * The signed-in report (`POST /api/cases/report`): no proof of work or honeypot, because the account is the
 * spam control. The report goes to the school of the chosen child. The reporter's name goes with it unless they
 * tick "anonymous to the school"; even then only the principal and the counsellor may open it, with a logged reason.
 */
export function MemberReportForm({ students, isStudent, onFiled }: { students: StudentView[]; isStudent: boolean; onFiled: (r: Receipt) => void }) {
  const { t } = useTranslation();
  const [studentId, setStudentId] = useState(students.length === 1 ? students[0]!.id : '');
  const { facts, set } = useReportFacts();
  // Pupils start anonymous (a child may fear being named); parents start named, so the school can call back.
  const [anonymous, setAnonymous] = useState(isStudent);
  const { busy, error, run } = useSubmit();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      onFiled(await api.post<Receipt>('/api/cases/report', { studentId, ...(await factsPayload(facts)), anonymousToSchool: anonymous }));
    });
  };

  return (
    <form className="stack" onSubmit={submit}>
      {students.length > 1 ? (
        <div className="field">
          <label htmlFor="member-child">{t('cases.member.child')}</label>
          <select id="member-child" required value={studentId} onChange={(e) => setStudentId(e.target.value)}>
            <option value="">…</option>
            {students.map((c) => <option key={c.id} value={c.id}>{c.fullName}{c.className ? ` (${c.className})` : ''}</option>)}
          </select>
        </div>
      ) : <p className="small muted">{t('cases.member.about', { name: students[0]!.fullName })}</p>}
      <ReportFactsFields idPrefix="member" facts={facts} set={set} />
      <label className="check">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        <span>{t('cases.member.anonymous')}</span>
      </label>
      <p className="hint">{anonymous ? t('cases.member.anonymousNote') : t('cases.member.namedNote')}</p>
      <ErrorMessage error={error} />
      <Button type="submit" disabled={busy || !studentId || !facts.category || !facts.what.trim()}>{busy ? t('cases.report.working') : t('cases.report.submit')}</Button>
    </form>
  );
}
