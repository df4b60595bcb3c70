import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStats } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { Card } from '../../../components/ui/Card.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../../components/ui/Loading.tsx';
import { Notice } from '../../../components/ui/Notice.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useApi } from '../../../hooks/use-api.ts';
import { useMe } from '../../../hooks/use-me.ts';
import { query } from '../../../lib/api.ts';
import { todayIso } from '../../../lib/format.ts';
import { BarChart } from './BarChart.tsx';

type Level = 'school' | 'ward' | 'province';
const LEVEL_OF: Record<string, Level> = { school_admin: 'school', ward_police: 'ward', ward_officer: 'ward', department_officer: 'province', system_admin: 'province' };
type Answer = CaseStats & { schools: Array<{ id: string; name: string }> };

/** The school year starts in September: the default period is this school year up to today. */
function schoolYearStart(today: string) {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return `${m >= 9 ? y : y - 1}-09-01`;
}

const sorted = (counts: Record<string, number>, label: (k: string) => string, byKey = false) =>
  Object.entries(counts).sort((a, b) => (byKey ? a[0].localeCompare(b[0]) : b[1] - a[1])).map(([k, v]) => ({ label: label(k), value: v }));

// Months arrive as "2026-11"; people here read "11/2026".
const monthLabel = (k: string) => (/^\d{4}-\d{2}$/.test(k) ? `${k.slice(5)}/${k.slice(0, 4)}` : k);

const tenth = (n: number | null) => Math.round((n ?? 0) * 10) / 10;

/** Time to first response or to close: median and 90th percentile in hours, or "no data yet". */
function TimeCard({ title, times }: { title: string; times: CaseStats['closeHours'] }) {
  const { t } = useTranslation();
  return (
    <Card title={title}>
      {times.count === 0 ? <p className="muted">{t('cases.stats.noData')}</p> : (
        <>
          <BarChart title={title} unit=" h" bars={[{ label: t('cases.stats.median'), value: tenth(times.median) }, { label: t('cases.stats.p90'), value: tenth(times.p90) }]} />
          <p className="small muted">{t('cases.stats.counted', { count: times.count })}</p>
        </>
      )}
    </Card>
  );
}

/** `/cases/stats`: counts and times per level the reader covers (school, ward, province), with the .xlsx and PDF reports. */
export function StatsPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const scopes = (me?.grants ?? []).filter((g) => LEVEL_OF[g.role]).map((g) => ({ level: LEVEL_OF[g.role]!, id: g.scopeId, name: g.scopeName ?? g.scopeId }));
  const today = todayIso();
  const [form, setForm] = useState({ scope: 0, from: schoolYearStart(today), to: today });
  const [asked, setAsked] = useState(form);
  const scope = scopes[asked.scope];
  const q = scope ? query({ level: scope.level, scopeId: scope.id, from: asked.from, to: asked.to }) : null;
  const stats = useApi<Answer>(q ? `/api/stats/cases${q}` : null);
  if (!scope) return <Notice>{t('cases.stats.noScope')}</Notice>;
  const schoolName = (id: string) => stats.data?.schools.find((s) => s.id === id)?.name ?? id;
  const hours = (n: number | null) => (n === null ? '—' : t('cases.stats.hours', { n: tenth(n) }));
  const show = (e: FormEvent) => { e.preventDefault(); setAsked(form); };
  const d = stats.data;
  return (
    <div className="stack">
      <h1>{t('cases.stats.title')}</h1>
      <form className="card cases-stats-form" onSubmit={show}>
        {scopes.length > 1 && (
          <div className="field">
            <label htmlFor="stats-scope">{t('cases.stats.scope')}</label>
            <select id="stats-scope" value={form.scope} onChange={(e) => setForm({ ...form, scope: Number(e.target.value) })}>
              {scopes.map((s, i) => <option key={`${s.level}:${s.id}`} value={i}>{t(`cases.stats.levels.${s.level}`)}: {s.name}</option>)}
            </select>
          </div>
        )}
        {scopes.length === 1 && <p><strong>{t(`cases.stats.levels.${scope.level}`)}:</strong> {scope.name}</p>}
        <TextField label={t('cases.stats.from')} type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        <TextField label={t('cases.stats.to')} type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        <Button type="submit">{t('cases.stats.show')}</Button>
      </form>
      <div className="actions">
        <a className="btn btn-secondary" href={`/api/stats/cases/report.xlsx${q}`} download>{t('cases.stats.xlsx')}</a>
        <a className="btn btn-secondary" href={`/api/stats/cases/report.pdf${q}`} download>{t('cases.stats.pdf')}</a>
      </div>
      <p className="small muted">{t('cases.stats.fromLog')}</p>
      {stats.loading && <Loading />}
      <ErrorMessage error={stats.error} onRetry={stats.reload} />
      {d && (
        <>
          <dl className="stats">
            <div className="stat"><dt>{t('cases.stats.total')}</dt><dd>{d.total}</dd></div>
            <div className="stat"><dt>{t('cases.stats.firstResponse')} ({t('cases.stats.median')})</dt><dd>{hours(d.firstResponseHours.median)}</dd></div>
            <div className="stat"><dt>{t('cases.stats.close')} ({t('cases.stats.median')})</dt><dd>{hours(d.closeHours.median)}</dd></div>
          </dl>
          {/* With no case in the period the charts would be empty boxes: say so once instead. */}
          {d.total === 0 && <Notice>{t('cases.stats.none')}</Notice>}
          {d.total > 0 && <>
          <Card title={t('cases.stats.byCategory')}><BarChart title={t('cases.stats.byCategory')} bars={sorted(d.byCategory, (k) => t(`cases.category.${k}`))} /></Card>
          <Card title={t('cases.stats.byStatus')}><BarChart title={t('cases.stats.byStatus')} bars={sorted(d.byStatus, (k) => t(`cases.status.${k}`))} /></Card>
          <Card title={t('cases.stats.byMonth')}><BarChart title={t('cases.stats.byMonth')} bars={sorted(d.byMonth, monthLabel, true)} /></Card>
          {scope.level !== 'school' && <Card title={t('cases.stats.bySchool')}><BarChart title={t('cases.stats.bySchool')} bars={sorted(d.bySchool, schoolName)} /></Card>}
          <TimeCard title={t('cases.stats.firstResponse')} times={d.firstResponseHours} />
          <TimeCard title={t('cases.stats.close')} times={d.closeHours} />
          </>}
        </>
      )}
    </div>
  );
}
