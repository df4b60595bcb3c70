import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { api } from '../../../lib/api.ts';
import { solvePow } from '../lib/pow.ts';
import type { HotlineSchool } from './HelpLines.tsx';
import { factsPayload, ReportFactsFields, useReportFacts } from './ReportFacts.tsx';

export interface Receipt { code: string; passphrase: string; caseId: string; suggest111: boolean }
interface Challenge { challenge: string; bits: number }

/**
 * The public report form. Anonymous unless the person unticks it; a hidden honeypot and a small proof of work
 * (solved here in a fraction of a second) stand in for a third-party captcha.
 */
export function ReportForm({ schools, schoolId, onSchool, onFiled }: {
  schools: HotlineSchool[]; schoolId: string; onSchool: (id: string) => void; onFiled: (r: Receipt) => void;
}) {
  const { t } = useTranslation();
  const { facts, set } = useReportFacts();
  const [anonymous, setAnonymous] = useState(true);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [website, setWebsite] = useState('');
  const { busy, error, run } = useSubmit();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const ch = await api.get<Challenge>('/api/public/intake/challenge');
      const nonce = await solvePow(ch.challenge, ch.bits);
      const contact = anonymous ? undefined : { name: name.trim() || undefined, phone: phone.trim() || undefined };
      onFiled(await api.post<Receipt>('/api/public/cases', {
        schoolId, ...(await factsPayload(facts)), anonymous, contact,
        website: website || undefined, pow: { challenge: ch.challenge, nonce },
      }));
    });
  };

  return (
    <form className="stack" onSubmit={submit}>
      <div className="field">
        <label htmlFor="report-school">{t('cases.report.school')}</label>
        <select id="report-school" required value={schoolId} onChange={(e) => onSchool(e.target.value)}>
          <option value="">{t('cases.report.chooseSchool')}</option>
          {schools.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <ReportFactsFields idPrefix="report" facts={facts} set={set} whatHint />
      <label className="check">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        <span>{t('cases.report.anonymous')}</span>
      </label>
      {!anonymous && (
        <div className="stack-tight">
          <TextField label={t('cases.report.contactName')} value={name} maxLength={120} autoComplete="name" onChange={(e) => setName(e.target.value)} />
          <TextField label={t('cases.report.contactPhone')} type="tel" value={phone} maxLength={20} autoComplete="tel" onChange={(e) => setPhone(e.target.value)} />
          <p className="hint">{t('cases.report.contactNote')}</p>
        </div>
      )}
      {/* Honeypot: off-screen and out of the tab order; people leave it empty, form-filling bots do not. */}
      <div className="cases-honeypot" aria-hidden="true">
        <label htmlFor="report-website">{t('cases.report.website')}</label>
        <input id="report-website" name="website" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
      </div>
      <ErrorMessage error={error} />
      <Button type="submit" disabled={busy || !schoolId || !facts.category || !facts.what.trim()}>{busy ? t('cases.report.working') : t('cases.report.submit')}</Button>
    </form>
  );
}
