import type { FamilyAudience } from '@truongan/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/Button.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { TextField } from '../../components/ui/TextField.tsx';
import { useMe } from '../../hooks/use-me.ts';
import { useSchoolStructure } from '../../hooks/use-school-structure.ts';
import { useSchools } from '../../hooks/use-schools.ts';
import { useStudents } from '../../hooks/use-students.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';
import { hasRole } from '../../lib/roles.ts';

type Kind = FamilyAudience['kind'];

/** A teacher writes to one family or the class; the principal also to the whole school. The server checks every target again. */
export function ComposeMessage({ onSent }: { onSent: () => void }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const schools = useSchools();
  const schoolId = schools.data?.[0]?.id;
  const structure = useSchoolStructure(schoolId);
  const canSchool = !!me && hasRole(me, 'school_admin');
  const [kind, setKind] = useState<Kind>('class');
  const [classId, setClassId] = useState('');
  const [studentId, setStudentId] = useState('');
  const [guardianId, setGuardianId] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const submit = useSubmit();
  const classes = structure.data?.classes ?? [];
  const cls = classId || (classes.length === 1 ? classes[0]!.id : '');
  const students = useStudents(kind === 'guardian' && cls ? schoolId : undefined, cls || undefined);
  const student = students.data?.find((s) => s.id === studentId);

  const audience = (): FamilyAudience | null => {
    if (kind === 'school') return schoolId ? { kind, schoolId } : null;
    if (kind === 'class') return cls ? { kind, classId: cls } : null;
    return studentId && guardianId ? { kind, studentId, guardianId } : null;
  };
  const send = () => submit.run(async () => {
    const a = audience();
    if (!a) return;
    const r = await api.post<{ recipients: number; verifyCode: string }>('/api/family/threads', { audience: a, subject, body });
    setDone(t('family.compose.sent', { n: r.recipients, code: r.verifyCode }));
    setSubject(''); setBody('');
    onSent();
  });

  const kinds: Kind[] = canSchool ? ['guardian', 'class', 'school'] : ['guardian', 'class'];
  return (
    <Card title={t('family.compose.title')}>
      <form className="stack-tight" onSubmit={(e) => { e.preventDefault(); void send(); }}>
        <fieldset className="radio-row">
          <legend>{t('family.compose.audience')}</legend>
          {kinds.map((k) => (
            <label key={k} className="radio"><input type="radio" name="audience" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`family.threads.audience.${k}`)}</label>
          ))}
        </fieldset>
        {kind !== 'school' && classes.length > 1 && (
          <div className="field">
            <label htmlFor="compose-class">{t('family.compose.klass')}</label>
            <select id="compose-class" value={classId} onChange={(e) => { setClassId(e.target.value); setStudentId(''); setGuardianId(''); }}>
              <option value="">{t('family.compose.pick')}</option>
              {classes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </div>
        )}
        {kind === 'guardian' && (
          <>
            <div className="field">
              <label htmlFor="compose-student">{t('family.compose.student')}</label>
              <select id="compose-student" value={studentId} onChange={(e) => { setStudentId(e.target.value); setGuardianId(''); }}>
                <option value="">{t('family.compose.pick')}</option>
                {(students.data ?? []).map((s) => <option key={s.id} value={s.id}>{s.fullName}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor="compose-guardian">{t('family.compose.guardian')}</label>
              <select id="compose-guardian" value={guardianId} onChange={(e) => setGuardianId(e.target.value)} disabled={!student}>
                <option value="">{t('family.compose.pick')}</option>
                {(student?.guardians ?? []).map((g) => <option key={g.id} value={g.id}>{g.fullName} ({t(`relationship.${g.relationship}`, { defaultValue: g.relationship })})</option>)}
              </select>
            </div>
          </>
        )}
        <TextField label={t('family.compose.subject')} value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={120} required />
        <div className="field">
          <label htmlFor="compose-body">{t('family.compose.body')}</label>
          <textarea id="compose-body" rows={4} value={body} onChange={(e) => setBody(e.target.value)} maxLength={2000} required />
        </div>
        <p className="hint">{t('family.compose.note')}</p>
        <ErrorMessage error={submit.error ?? structure.error} />
        {done && <Notice tone="ok">{done}</Notice>}
        <Button type="submit" disabled={submit.busy || !audience() || !subject.trim() || !body.trim()}>{t('family.compose.send')}</Button>
      </form>
    </Card>
  );
}
