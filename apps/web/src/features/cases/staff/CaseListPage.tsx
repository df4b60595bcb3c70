import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CaseCategory, CasePriority, CaseStatus } from '@truongan/contracts';
import { LiveIndicator } from '../../../components/LiveIndicator.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../../components/ui/Loading.tsx';
import { useMe } from '../../../hooks/use-me.ts';
import { hasRole } from '../../../lib/roles.ts';
import { useCases } from '../hooks/use-cases.ts';
import { CATEGORIES, PRIORITIES, STATUSES } from '../lib/labels.ts';
import { CaseCard } from './CaseCard.tsx';

/** `/cases`: the school's cases, or for ward roles the cases escalated to them; filters and live clocks. */
export function CaseListPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [category, setCategory] = useState<CaseCategory | ''>('');
  const [priority, setPriority] = useState<CasePriority | ''>('');
  const cases = useCases(me!, status || undefined);
  if (!me) return null;
  const school = hasRole(me, 'school_admin', 'counsellor');
  const ward = hasRole(me, 'ward_police', 'ward_officer');
  const shown = (cases.data ?? []).filter((c) => (!category || c.category === category) && (!priority || c.priority === priority));
  const select = <V extends string>(id: string, label: string, value: V | '', options: readonly V[], prefix: string, set: (v: V | '') => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.target.value as V | '')}>
        <option value="">{t('cases.list.all')}</option>
        {options.map((o) => <option key={o} value={o}>{t(`${prefix}.${o}`)}</option>)}
      </select>
    </div>
  );
  return (
    <div className="stack">
      <div className="row-between">
        <h1>{ward && !school ? t('cases.list.wardTitle') : t('cases.list.title')}</h1>
        {cases.live && <LiveIndicator connected={cases.connected} live={t('cases.list.live')} offline={t('cases.list.offline')} />}
      </div>
      <div className="actions">
        {school && <Link className="btn btn-primary" to="/cases/call">{t('cases.list.newCall')}</Link>}
        {hasRole(me, 'school_admin', 'ward_police', 'ward_officer', 'department_officer') && <Link className="btn btn-secondary" to="/cases/stats">{t('cases.list.stats')}</Link>}
      </div>
      <fieldset className="cases-filters">
        <legend>{t('cases.list.filters')}</legend>
        {select('f-status', t('cases.list.status'), status, STATUSES, 'cases.status', setStatus)}
        {select('f-category', t('cases.list.category'), category, CATEGORIES, 'cases.category', setCategory)}
        {select('f-priority', t('cases.list.priority'), priority, PRIORITIES, 'cases.priority', setPriority)}
      </fieldset>
      {cases.loading && !cases.data && <Loading />}
      <ErrorMessage error={cases.error} onRetry={cases.reload} />
      {cases.data && <p className="muted" aria-live="polite">{t('cases.list.count', { count: shown.length })}</p>}
      {cases.data && shown.length === 0 && <p>{t('cases.list.empty')}</p>}
      {shown.length > 0 && <ul className="cases-list" aria-label={t('cases.title')}>{shown.map((c) => <CaseCard key={c.id} item={c} />)}</ul>}
    </div>
  );
}
