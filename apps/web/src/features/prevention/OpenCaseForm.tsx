import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseCategory } from '@truongan/contracts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { CASE_CATEGORIES } from './counselling-options.ts';

/**
 * When a risk appears the counsellor opens a case. The case carries the counsellor's own summary (never the notes),
 * and the counsellor is the named reporter, so the student who confided is not exposed.
 */
export function OpenCaseForm({ requestId, caseId, onOpened }: { requestId: string; caseId: string | null; onOpened: () => void }) {
  const { t } = useTranslation();
  const [category, setCategory] = useState<CaseCategory | ''>('');
  const [summary, setSummary] = useState('');
  const [opened, setOpened] = useState<{ code: string; suggest111: boolean }>();
  const { busy, error, run } = useSubmit();
  if (caseId && !opened) return <Notice>{t('prevention.counselling.caseExists')}</Notice>;
  if (opened) {
    return (
      <Notice tone="ok">
        {t('prevention.counselling.caseOpened', { code: opened.code })}
        {opened.suggest111 && <p><a href="tel:111" className="hotline-link">{t('prevention.counselling.call111')}</a></p>}
      </Notice>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!category) return;
    void run(async () => {
      setOpened(await api.post<{ caseId: string; code: string; suggest111: boolean }>(`/api/counselling/requests/${requestId}/case`, { category, summary: summary.trim() }));
      onOpened();
    });
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={t('prevention.counselling.caseTitle')}>
      <p className="small">{t('prevention.counselling.caseHelp')}</p>
      <div className="field">
        <label htmlFor="k-cat">{t('prevention.counselling.caseCategory')}</label>
        <select id="k-cat" value={category} onChange={(e) => setCategory(e.target.value as CaseCategory | '')} required>
          <option value="">—</option>
          {CASE_CATEGORIES.map((c) => <option key={c} value={c}>{t(`prevention.caseCategories.${c}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="k-summary">{t('prevention.counselling.caseSummary')}</label>
        <textarea id="k-summary" className="prose" rows={3} maxLength={4000} value={summary} onChange={(e) => setSummary(e.target.value)} required />
      </div>
      <ErrorMessage error={error} />
      <Button type="submit" variant="danger" disabled={busy || !category || !summary.trim()}>{t('prevention.counselling.openCase')}</Button>
    </form>
  );
}
