import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { PickupRecordResult, PickupStudent } from '@truongan/contracts';
import { Button } from '../../../components/ui/Button.tsx';
import { Card } from '../../../components/ui/Card.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { api, query } from '../../../lib/api.ts';
import { PersonPhoto } from './PersonPhoto.tsx';

function PupilCard({ schoolId, pupil }: { schoolId: string; pupil: PickupStudent }) {
  const { t } = useTranslation();
  const [collector, setCollector] = useState('');
  const [done, setDone] = useState<{ r: PickupRecordResult; name: string } | null>(null);
  const rec = useSubmit();
  const record = (pickupPersonId: string | null, name: string) => void rec.run(async () => {
    setDone({ r: await api.post<PickupRecordResult>(`/api/schools/${schoolId}/pickup/records`, { studentId: pupil.studentId, pickupPersonId, ...(pickupPersonId ? {} : { collectorName: name }) }), name });
  });
  return (
    <Card level={3} title={<>{pupil.fullName} {pupil.className && <span className="muted">· {pupil.className}</span>}</>}
      actions={pupil.young ? <span className="badge badge-warn">{t('visitors.pickup.young')}</span> : undefined}>
      <h4>{t('visitors.pickup.list')}</h4>
      {pupil.persons.length === 0 && <p className="muted">{t('visitors.pickup.none')}</p>}
      <ul className="plain-list visitors-persons">
        {pupil.persons.map((p) => (
          <li key={p.id} className="visitors-person">
            <PersonPhoto person={p} />
            <div>
              <strong>{p.fullName}</strong> <span className="muted">({p.relationship})</span>
              {!p.confirmed && <p className="small error-text">{t('visitors.pickup.unconfirmed')}</p>}
            </div>
            <Button className="btn-small" disabled={rec.busy || !p.confirmed} onClick={() => record(p.id, p.fullName)}>{t('visitors.pickup.pickedBy', { name: p.fullName })}</Button>
          </li>
        ))}
      </ul>
      <form className="visitors-qr-row" onSubmit={(e: FormEvent) => { e.preventDefault(); record(null, collector); }}>
        <TextField label={t('visitors.pickup.collector')} value={collector} required maxLength={100} onChange={(e) => setCollector(e.target.value)} />
        <Button type="submit" variant="danger" disabled={rec.busy || !collector.trim()}>{t('visitors.pickup.notListed')}</Button>
      </form>
      <ErrorMessage error={rec.error} />
      {done && (done.r.listed ? <p className="alert alert-ok" role="status">{t('visitors.pickup.listedOk', { name: done.name })}</p>
        : <p className={`alert ${done.r.alertId ? 'alert-error' : 'alert-warn'}`} role="alert">{done.r.alertId ? t('visitors.pickup.alerted') : t('visitors.pickup.recorded')}</p>)}
    </Card>
  );
}

/** The guard's pick-up check at the gate: find the pupil, see who may collect them (with photos), record who did. */
export function PickupCheckPage() {
  const { t } = useTranslation();
  const { schoolId = '' } = useParams();
  const [q, setQ] = useState('');
  const [pupils, setPupils] = useState<PickupStudent[] | null>(null);
  const search = useSubmit();
  const onSearch = (e: FormEvent) => { e.preventDefault(); void search.run(async () => setPupils(await api.get<PickupStudent[]>(`/api/schools/${schoolId}/pickup/search${query({ q })}`))); };
  return (
    <div className="stack">
      <h1>{t('visitors.pickup.title')}</h1>
      {/* Before the first search the page was a lone box: say what it is for. */}
      {!pupils && <p className="lead">{t('visitors.pickup.intro')}</p>}
      <form className="visitors-qr-row" onSubmit={onSearch} role="search">
        <TextField label={t('visitors.pickup.search')} value={q} onChange={(e) => setQ(e.target.value)} minLength={2} required />
        <Button type="submit" disabled={search.busy}>{t('visitors.pickup.find')}</Button>
      </form>
      <ErrorMessage error={search.error} />
      {pupils?.length === 0 && <p className="muted">{t('visitors.pickup.noResults')}</p>}
      {pupils?.map((p) => <PupilCard key={p.studentId} schoolId={schoolId} pupil={p} />)}
    </div>
  );
}
