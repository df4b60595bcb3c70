import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseCategory } from '@truongan/contracts';
import { Notice } from '../../../components/ui/Notice.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { toAttachment } from '../lib/files.ts';
import { CATEGORIES, ESCALATED_AT_ONCE } from '../lib/labels.ts';
import { PhotoPicker } from './PhotoPicker.tsx';

/** What happened, where, when, and photos: the part of a report that the public and the signed-in forms share. */
export interface ReportFacts { category: CaseCategory | ''; what: string; where: string; when: string; files: File[] }

export function useReportFacts() {
  const [facts, setFacts] = useState<ReportFacts>({ category: '', what: '', where: '', when: '', files: [] });
  return { facts, set: (patch: Partial<ReportFacts>) => setFacts((f) => ({ ...f, ...patch })) };
}

/** The facts as both intake APIs take them: trimmed, empty fields left out, photos as attachments. */
export async function factsPayload(f: ReportFacts) {
  return {
    category: f.category, what: f.what.trim(), where: f.where.trim() || undefined, when: f.when || undefined,
    attachments: f.files.length ? await Promise.all(f.files.map(toAttachment)) : undefined,
  };
}

export function ReportFactsFields({ idPrefix, facts, set, whatHint = false }: {
  idPrefix: string; facts: ReportFacts; set: (patch: Partial<ReportFacts>) => void; whatHint?: boolean;
}) {
  const { t } = useTranslation();
  const hintId = `${idPrefix}-what-hint`;
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-category`}>{t('cases.report.category')}</label>
        <select id={`${idPrefix}-category`} required value={facts.category} onChange={(e) => set({ category: e.target.value as CaseCategory })}>
          <option value="">…</option>
          {CATEGORIES.map((c) => <option key={c} value={c}>{t(`cases.category.${c}`)}</option>)}
        </select>
      </div>
      {facts.category && ESCALATED_AT_ONCE.has(facts.category) && <Notice tone="warn">{t('cases.report.abuseNote')}</Notice>}
      <div className="field">
        <label htmlFor={`${idPrefix}-what`}>{t('cases.report.what')}</label>
        <textarea id={`${idPrefix}-what`} className="prose" rows={6} required maxLength={4000} value={facts.what}
          onChange={(e) => set({ what: e.target.value })} aria-describedby={whatHint ? hintId : undefined} />
        {whatHint && <p id={hintId} className="hint">{t('cases.report.whatHint')}</p>}
      </div>
      <TextField label={t('cases.report.where')} value={facts.where} maxLength={300} onChange={(e) => set({ where: e.target.value })} />
      <TextField label={t('cases.report.when')} type="datetime-local" value={facts.when} onChange={(e) => set({ when: e.target.value })} />
      <PhotoPicker files={facts.files} onChange={(files) => set({ files })} />
    </>
  );
}
