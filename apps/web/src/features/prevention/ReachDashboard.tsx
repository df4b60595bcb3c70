import { useTranslation } from 'react-i18next';
import type { CampaignReach } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';

/**
 * Reach and completion per school and per ward, for the schools this person may see, with the exports sent up.
 * The .xlsx and the PDF are computed by the server from the very same reach query as this table.
 */
export function ReachDashboard({ campaignId }: { campaignId: string }) {
  const { t, i18n } = useTranslation();
  const reach = useApi<CampaignReach>(`/api/campaigns/${campaignId}/reach`);
  const n = (v: number) => formatNumber(v, i18n.language);
  const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(v, i18n.language)}%`);
  const base = `/api/campaigns/${campaignId}`;
  return (
    <Card title={t('prevention.reach.title')} actions={
      <div className="actions">
        <a className="btn btn-secondary btn-small" href={`${base}/reach.xlsx`} download>{t('prevention.reach.xlsx')}</a>
        <a className="btn btn-secondary btn-small" href={`${base}/reach.pdf`} download>{t('prevention.reach.pdf')}</a>
      </div>
    }>
      {reach.loading && <Loading />}
      <ErrorMessage error={reach.error} onRetry={reach.reload} />
      {reach.data && (
        <>
          <p className="small muted">{t('prevention.reach.computedAt', { at: formatDateTime(reach.data.computedAt, i18n.language) })}</p>
          <div className="table-wrap">
            <table className="table wide reach-table" aria-label={t('prevention.reach.bySchool')}>
              <caption>{t('prevention.reach.bySchool')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('prevention.reach.school')}</th><th scope="col" className="num">{t('prevention.reach.students')}</th>
                  <th scope="col" className="num">{t('prevention.reach.acknowledged')}</th><th scope="col" className="num">{t('prevention.reach.reachPct')}</th>
                  <th scope="col" className="num">{t('prevention.reach.quizzed')}</th><th scope="col" className="num">{t('prevention.reach.score')}</th>
                  <th scope="col" className="num">{t('prevention.reach.guardians')}</th><th scope="col" className="num">{t('prevention.reach.activities')}</th>
                  <th scope="col" className="num">{t('prevention.reach.participants')}</th><th scope="col" className="num">{t('prevention.reach.completion')}</th>
                </tr>
              </thead>
              <tbody>
                {reach.data.schools.map((s) => (
                  <tr key={s.schoolId} data-school={s.schoolId}>
                    <th scope="row">{s.schoolName}</th><td className="num">{n(s.students)}</td><td className="num">{n(s.studentsAcknowledged)}</td>
                    <td className="num">{pct(s.reachPct)}</td><td className="num">{n(s.studentsQuizzed)}</td><td className="num">{pct(s.averageScorePct)}</td>
                    <td className="num">{n(s.guardiansAcknowledged)}</td><td className="num">{n(s.activities)}</td><td className="num">{n(s.participants)}</td>
                    <td className="num">{pct(s.completionPct)} <span className="muted small">({s.requiredDone}/{s.requiredTotal})</span></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {reach.data.areas.length > 1 && (
            <div className="table-wrap">
              <table className="table" aria-label={t('prevention.reach.byWard')}>
                <caption>{t('prevention.reach.byWard')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('prevention.reach.ward')}</th><th scope="col" className="num">{t('prevention.reach.schools')}</th>
                    <th scope="col" className="num">{t('prevention.reach.students')}</th><th scope="col" className="num">{t('prevention.reach.reachPct')}</th>
                    <th scope="col" className="num">{t('prevention.reach.completion')}</th>
                  </tr>
                </thead>
                <tbody>
                  {reach.data.areas.map((a) => (
                    <tr key={a.wardId}>
                      <th scope="row">{a.wardName}</th><td className="num">{n(a.schools)}</td><td className="num">{n(a.students)}</td>
                      <td className="num">{pct(a.reachPct)}</td><td className="num">{pct(a.completionPct)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="hint">{t('prevention.reach.definitions')}</p>
        </>
      )}
    </Card>
  );
}
