import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { Host, Visit } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../../components/ui/Loading.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useApi } from '../../../hooks/use-api.ts';
import { query } from '../../../lib/api.ts';
import { formatDateTime, todayIso } from '../../../lib/format.ts';
import { VisitStatus } from '../guard/VisitStatus.tsx';

/** The visitor log: name (with or without accents), date range; the same query exported as .xlsx (an audited export). */
export function VisitLogPage() {
  const { t, i18n } = useTranslation();
  const { schoolId = '' } = useParams();
  const monthAgo = todayIso(new Date(Date.now() - 30 * 86_400_000));
  const hosts = useApi<Host[]>(`/api/schools/${schoolId}/visits/hosts`);
  const [form, setForm] = useState({ q: '', from: monthAgo, to: todayIso(), hostUserId: '' });
  const [applied, setApplied] = useState(form);
  const qs = query(applied);
  const log = useApi<Visit[]>(`/api/schools/${schoolId}/visits${qs}`);
  const onSubmit = (e: FormEvent) => { e.preventDefault(); setApplied(form); };
  return (
    <div className="stack">
      <h1>{t('visitors.log.title')}</h1>
      <form className="filters form-2" onSubmit={onSubmit} role="search">
        <TextField label={t('visitors.log.search')} value={form.q} onChange={(e) => setForm({ ...form, q: e.target.value })} />
        <TextField label={t('visitors.log.from')} type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        <TextField label={t('visitors.log.to')} type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        <div className="field">
          <label htmlFor="log-host">{t('visitors.log.host')}</label>
          <select id="log-host" value={form.hostUserId} onChange={(e) => setForm({ ...form, hostUserId: e.target.value })}>
            <option value="">{t('visitors.log.anyHost')}</option>
            {hosts.data?.map((h) => <option key={h.id} value={h.id}>{h.name}</option>)}
          </select>
        </div>
        <div className="actions">
          <Button type="submit">{t('visitors.log.find')}</Button>
          <a className="btn btn-secondary" href={`/api/schools/${schoolId}/visits.xlsx${qs}`} download>{t('visitors.log.export')}</a>
        </div>
      </form>
      {log.loading && <Loading />}
      <ErrorMessage error={log.error} onRetry={log.reload} />
      {log.data && <p className="muted">{t('visitors.log.count', { n: log.data.length })}</p>}
      {log.data?.length === 0 && <p className="muted">{t('visitors.log.empty')}</p>}
      {!!log.data?.length && (
        <div className="table-wrap">
          <table className="table">
            <thead><tr><th>{t('visitors.form.fullName')}</th><th>{t('visitors.form.purpose')}</th><th>{t('visitors.log.host')}</th><th>{t('visitors.list.in')}</th><th>{t('visitors.list.out')}</th><th /></tr></thead>
            <tbody>
              {log.data.map((v) => (
                <tr key={v.id}>
                  <td>{v.fullName}{v.idLast4 && <span className="muted small"> …{v.idLast4}</span>}</td><td>{v.purpose}</td><td>{v.hostName ?? ''}</td>
                  <td className="nowrap">{formatDateTime(v.checkedInAt ?? v.expectedFrom, i18n.language)}</td><td className="nowrap">{formatDateTime(v.checkedOutAt, i18n.language)}</td>
                  <td><VisitStatus visit={v} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
