import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentDecision, ConsentPurpose, StudentConsentStatus } from '@truongan/contracts';
import { api } from '../../lib/api.ts';
import { PURPOSES } from '../../types/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { RadioGroup } from '../../components/ui/RadioGroup.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';

/** The teacher records a child's own answer, asked in person (needed from age 7). */
export function AssentForm({ rows, onSaved }: { rows: StudentConsentStatus[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const eligible = rows.filter((r) => Object.values(r.purposes).some((p) => p.assent !== 'not_needed'));
  const [studentId, setStudentId] = useState('');
  const [purpose, setPurpose] = useState<ConsentPurpose | null>(null);
  const [decision, setDecision] = useState<ConsentDecision | null>(null);
  const { busy, error, run } = useSubmit();
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!studentId || !purpose || !decision) return;
    setSaved(null);
    await run(async () => {
      await api.post('/api/assent', { studentId, purpose, decision });
      setSaved(eligible.find((r) => r.studentId === studentId)?.fullName ?? '');
      setDecision(null);
      onSaved();
    });
  }

  return (
    <form onSubmit={submit} className="stack">
      <p className="small">{t('teacher.assentHelp')}</p>
      <div className="field">
        <label htmlFor="assent-student">{t('consent.student')}</label>
        <select id="assent-student" value={studentId} onChange={(e) => setStudentId(e.target.value)} required>
          <option value="">—</option>
          {eligible.map((r) => <option key={r.studentId} value={r.studentId}>{r.fullName} ({t('consent.age', { n: r.age })})</option>)}
        </select>
      </div>
      <RadioGroup legend={t('teacher.purpose')} options={PURPOSES.map((p) => ({ value: p, label: t(`consent.purposes.${p}`) }))}
        value={purpose} onChange={setPurpose} />
      <RadioGroup legend={t('teacher.decision')} value={decision} onChange={setDecision}
        options={[{ value: 'granted', label: t('teacher.assentAgree') }, { value: 'withdrawn', label: t('teacher.assentRefuse') }]} />
      <ErrorMessage error={error} />
      {saved !== null && <Notice tone="ok">{t('teacher.assentSaved', { name: saved })}</Notice>}
      <Button type="submit" disabled={busy || !studentId || !purpose || !decision}>{t('teacher.assentSave')}</Button>
    </form>
  );
}
