import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { CheckInResult, Visit } from '@truongan/contracts';
import { Card } from '../../../components/ui/Card.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../../components/ui/Loading.tsx';
import { useApi } from '../../../hooks/use-api.ts';
import { useEventSource } from '../../../hooks/use-event-source.ts';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { api } from '../../../lib/api.ts';
import { formatTime } from '../../../lib/format.ts';
import { CheckInForm } from './CheckInForm.tsx';
import { VisitorList } from './VisitorList.tsx';

/** The guard's visitor desk on a tablet: check-in on the left (top on a phone), today's visitors beside it. */
export function VisitorDeskPage() {
  const { t, i18n } = useTranslation();
  const { schoolId = '' } = useParams();
  const fetched = useApi<Visit[]>(`/api/schools/${schoolId}/visits/today`);
  // The desk follows the school's visits live (a teacher announcing a guest appears without a reload).
  const [live, setLive] = useState<Visit[] | null>(null);
  useEventSource(`/api/schools/${schoolId}/visits/stream`, { snapshot: (d) => setLive(JSON.parse(d) as Visit[]) });
  const today = { ...fetched, data: live ?? fetched.data, reload: () => { setLive(null); fetched.reload(); } };
  const [result, setResult] = useState<CheckInResult | null>(null);
  const [expected, setExpected] = useState<Visit | null>(null);
  const [formKey, setFormKey] = useState(0);
  const out = useSubmit();

  const done = (r: CheckInResult) => { setResult(r); setExpected(null); setFormKey((k) => k + 1); today.reload(); };
  const checkOut = (v: Visit) => void out.run(async () => { await api.post(`/api/visits/${v.id}/check-out`); setResult(null); today.reload(); });

  return (
    <div className="stack">
      <h1>{t('visitors.desk.title')}</h1>
      <p className="actions">
        <Link to={`/schools/${schoolId}/pickup`}>{t('visitors.nav.pickup')}</Link>
        <Link to={`/schools/${schoolId}/visitors/log`}>{t('visitors.nav.log')}</Link>
      </p>
      {result && (result.outcome === 'held' ? (
        <div className="alert alert-error visitors-held" role="alert"><strong>{t('visitors.result.held', { name: result.visit.fullName })}</strong></div>
      ) : (
        <div className="alert alert-ok" role="status">
          <p>{t('visitors.result.in', { name: result.visit.fullName, until: formatTime(result.visit.validUntil, i18n.language) })}</p>
          {result.faceChecked && <p className="small">{result.faceFound ? t('visitors.result.faceFound') : t('visitors.result.noFace')}</p>}
          <Link className="btn btn-primary" to={`/visits/${result.visit.id}/badge`}>{t('visitors.result.badge')}</Link>
        </div>
      ))}
      <div className="visitors-desk">
        <Card title={t('visitors.desk.checkIn')}>
          <CheckInForm key={`${formKey}-${expected?.id ?? ''}`} schoolId={schoolId} expected={expected} onDone={done} />
        </Card>
        <Card title={t('visitors.desk.today')}>
          {today.loading && !today.data && <Loading />}
          <ErrorMessage error={today.error ?? out.error} onRetry={today.reload} />
          {today.data && <VisitorList visits={today.data} busy={out.busy} onCheckOut={checkOut} onCheckIn={(v) => { setExpected(v); setResult(null); window.scrollTo(0, 0); }} />}
        </Card>
      </div>
    </div>
  );
}
