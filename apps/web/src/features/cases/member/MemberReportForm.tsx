import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseCategory, StudentView } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { api } from '../../../lib/api.ts';
import { toAttachment } from '../lib/files.ts';
import { CATEGORIES, ESCALATED_AT_ONCE } from '../lib/labels.ts';
import { PhotoPicker } from '../public/PhotoPicker.tsx';
import type { Receipt } from '../public/ReportForm.tsx';

/**
 * The signed-in report (`POST /api/cases/report`): no proof of work or honeypot, because the account is the
 * spam control. The report goes to the school of the chosen child. The reporter's name goes with it unless they
 * tick "anonymous to the school"; even then only the principal and the counsellor may open it, with a logged reason.
 */
export function MemberReportForm({ students, isStudent, onFiled }: { students: StudentView[]; isStudent: boolean; onFiled: (r: Receipt) => void }) {
  const { t } = useTranslation();
  const [studentId, setStudentId] = useState(students.length === 1 ? students[0]!.id : '');
  const [category, setCategory] = useState<CaseCategory | ''>('');
  const [what, setWhat] = useState('');
  const [where, setWhere] = useState('');
  const [when, setWhen] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  // Pupils start anonymous (a child may fear being named); parents start named, so the school can call back.
  const [anonymous, setAnonymous] = useState(isStudent);
  const { busy, error, run } = useSubmit();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const attachments = files.length ? await Promise.all(files.map(toAttachment)) : undefined;
      onFiled(await api.post<Receipt>('/api/cases/report', {
        studentId, category, what: what.trim(), where: where.trim() || undefined, when: when || undefined, anonymousToSchool: anonymous, attachments,
      }));
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
      <div className="field">
        <label htmlFor="member-category">{t('cases.report.category')}</label>
        <select id="member-category" required value={category} onChange={(e) => setCategory(e.target.value as CaseCategory)}>
          <option value="">…</option>
          {CATEGORIES.map((c) => <option key={c} value={c}>{t(`cases.category.${c}`)}</option>)}
        </select>
      </div>
      {category && ESCALATED_AT_ONCE.has(category) && <Notice tone="warn">{t('cases.report.abuseNote')}</Notice>}
      <div className="field">
        <label htmlFor="member-what">{t('cases.report.what')}</label>
        <textarea id="member-what" className="prose" rows={6} required maxLength={4000} value={what} onChange={(e) => setWhat(e.target.value)} />
      </div>
      <TextField label={t('cases.report.where')} value={where} maxLength={300} onChange={(e) => setWhere(e.target.value)} />
      <TextField label={t('cases.report.when')} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
      <PhotoPicker files={files} onChange={setFiles} />
      <label className="check">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        <span>{t('cases.member.anonymous')}</span>
      </label>
      <p className="hint">{anonymous ? t('cases.member.anonymousNote') : t('cases.member.namedNote')}</p>
      <ErrorMessage error={error} />
      <Button type="submit" disabled={busy || !studentId || !category || !what.trim()}>{busy ? t('cases.report.working') : t('cases.report.submit')}</Button>
    </form>
  );
}
