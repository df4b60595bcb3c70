import { useTranslation } from 'react-i18next';
import type { CounsellingStats } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';
import { formatDate, todayIso } from '../../lib/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { GROUPS, schoolYearStart } from './counselling-options.ts';

/** What leaves the counselling room: counts for this school year, no names, no words. */
export function CounsellingCounts({ schoolId }: { schoolId: string }) {
  const { t, i18n } = useTranslation();
  const to = todayIso();
  const from = schoolYearStart(to);
  const stats = useApi<CounsellingStats>(`/api/counselling/stats?schoolId=${encodeURIComponent(schoolId)}&from=${from}&to=${to}`);
  const s = stats.data;
  return (
    <Card title={t('prevention.counselling.countsTitle')}>
      <p className="small muted">{formatDate(from, i18n.language)} – {formatDate(to, i18n.language)} · {t('prevention.counselling.countsOnly')}</p>
      <ErrorMessage error={stats.error} onRetry={stats.reload} />
      {s && (
        <>
          <dl className="stats counselling-counts" aria-label={t('prevention.counselling.countsTitle')}>
            <div className="stat"><dt>{t('prevention.counselling.requests')}</dt><dd>{s.requests}</dd></div>
            <div className="stat"><dt>{t('prevention.counselling.anonymousCount')}</dt><dd>{s.bySource.student_anonymous ?? 0}</dd></div>
            <div className="stat"><dt>{t('prevention.counselling.sessions')}</dt><dd>{s.sessions}</dd></div>
            <div className="stat"><dt>{t('prevention.counselling.casesOpened')}</dt><dd>{s.casesOpened}</dd></div>
          </dl>
          <h3>{t('prevention.counselling.notesByGroup')}</h3>
          <ul className="reason-counts">
            {GROUPS.filter((g) => s.notesByGroup[g]).map((g) => <li key={g} className="badge badge-neutral">{t(`prevention.groups.${g}`)}: {s.notesByGroup[g]}</li>)}
            {!Object.keys(s.notesByGroup).length && <li className="muted small">{t('app.none')}</li>}
          </ul>
        </>
      )}
    </Card>
  );
}
