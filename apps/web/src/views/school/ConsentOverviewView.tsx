import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsentOverview } from '../../hooks/use-consent-overview.ts';
import { useSchoolStructure } from '../../hooks/use-school-structure.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { ConsentRows } from '../../components/ConsentRows.tsx';
import { ConsentSummary } from '../../components/ConsentSummary.tsx';
import { ClassSelect } from './ClassSelect.tsx';

/** The school's consent: counts per purpose, and who has not answered yet. */
export function ConsentOverviewView({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const [classId, setClassId] = useState('');
  const [onlyUnanswered, setOnlyUnanswered] = useState(false);
  const structure = useSchoolStructure(schoolId);
  const consent = useConsentOverview(schoolId, classId || undefined);
  const rows = (consent.data?.rows ?? []).filter((r) => !onlyUnanswered || Object.values(r.purposes).some((p) => p.guardian === 'unanswered'));

  return (
    <div className="stack">
      <h1>{t('consent.title')}</h1>
      <div className="filters">
        <ClassSelect classes={structure.data?.classes ?? []} value={classId} onChange={setClassId} />
        <label className="check">
          <input type="checkbox" checked={onlyUnanswered} onChange={(e) => setOnlyUnanswered(e.target.checked)} />
          <span>{t('consent.onlyUnanswered')}</span>
        </label>
      </div>
      {consent.loading && <Loading />}
      <ErrorMessage error={consent.error} onRetry={consent.reload} />
      {consent.data && (
        <>
          <Card><ConsentSummary summary={consent.data.summary} /></Card>
          <p className="muted" role="status">{t('consent.count', { count: rows.length })}</p>
          <ConsentRows rows={rows} label={t('consent.title')} />
        </>
      )}
    </div>
  );
}
