import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { CaseCategory, CasePriority } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useMe } from '../../../hooks/use-me.ts';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { api } from '../../../lib/api.ts';
import { CATEGORIES, PRIORITIES } from '../lib/labels.ts';

/** `/cases/call`: a staff member on the school hotline writes the call down as a case, then lands on it. */
export function HotlineCallPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const navigate = useNavigate();
  const schoolId = me?.grants.find((g) => (g.role === 'school_admin' || g.role === 'counsellor') && g.scopeKind === 'school')?.scopeId;
  const [category, setCategory] = useState<CaseCategory | ''>('');
  const [priority, setPriority] = useState<CasePriority | ''>('');
  const [f, setF] = useState({ what: '', where: '', when: '', name: '', phone: '', subject: '' });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const { busy, error, run } = useSubmit();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const caller = f.name.trim() || f.phone.trim() ? { name: f.name.trim() || undefined, phone: f.phone.trim() || undefined } : undefined;
      const r = await api.post<{ caseId: string }>('/api/cases/hotline', {
        schoolId, category, what: f.what.trim(), where: f.where.trim() || undefined, when: f.when || undefined, caller,
        subject: f.subject.trim() || undefined, priority: priority || undefined,
      });
      navigate(`/cases/${r.caseId}`);
    });
  };
  return (
    <div className="stack">
      <Link to="/cases">← {t('cases.detail.back')}</Link>
      <h1>{t('cases.call.title')}</h1>
      <p className="lead">{t('cases.call.lead')}</p>
      <form className="stack card" onSubmit={submit}>
        <div className="field">
          <label htmlFor="call-category">{t('cases.report.category')}</label>
          <select id="call-category" required value={category} onChange={(e) => setCategory(e.target.value as CaseCategory)}>
            <option value="">…</option>
            {CATEGORIES.map((c) => <option key={c} value={c}>{t(`cases.category.${c}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="call-what">{t('cases.report.what')}</label>
          <textarea id="call-what" className="prose" rows={5} required maxLength={4000} value={f.what} onChange={set('what')} />
        </div>
        <TextField label={t('cases.report.where')} value={f.where} maxLength={300} onChange={set('where')} />
        <TextField label={t('cases.report.when')} type="datetime-local" value={f.when} onChange={set('when')} />
        <TextField label={t('cases.call.callerName')} value={f.name} maxLength={120} onChange={set('name')} />
        <TextField label={t('cases.call.callerPhone')} type="tel" value={f.phone} maxLength={20} onChange={set('phone')} />
        <TextField label={t('cases.call.subject')} value={f.subject} maxLength={200} onChange={set('subject')} />
        <div className="field">
          <label htmlFor="call-priority">{t('cases.call.priority')}</label>
          <select id="call-priority" value={priority} onChange={(e) => setPriority(e.target.value as CasePriority | '')}>
            <option value="">{t('cases.call.byCategory')}</option>
            {PRIORITIES.map((p) => <option key={p} value={p}>{t(`cases.priority.${p}`)}</option>)}
          </select>
        </div>
        <ErrorMessage error={error} />
        <Button type="submit" disabled={busy || !schoolId || !category || !f.what.trim()}>{t('cases.call.save')}</Button>
      </form>
    </div>
  );
}
