import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PickupPerson, StudentView, Visit } from '@truongan/contracts';
import { Button } from '../../components/ui/Button.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useEventSource } from '../../hooks/use-event-source.ts';
import { useMe } from '../../hooks/use-me.ts';
import { useSchools } from '../../hooks/use-schools.ts';
import { useSubmit } from '../../hooks/use-submit.ts';
import { api } from '../../lib/api.ts';
import { formatTime } from '../../lib/format.ts';
import { hasRole } from '../../lib/roles.ts';
import { VisitStatus } from './guard/VisitStatus.tsx';

type ClassPickup = { id: string; studentName: string; collectorName: string; listed: boolean; at: string; alerted: boolean };

const schoolGrant = (me: ReturnType<typeof useMe>['me']) => me?.grants.find((g) => g.scopeKind === 'school')?.scopeId;

/** Guard: how many visitors are inside (and overstaying), one tap to the desk or the pick-up check. */
export function GuardVisitorsPanel() {
  const { t } = useTranslation();
  const schoolId = schoolGrant(useMe().me);
  const today = useApi<Visit[]>(schoolId ? `/api/schools/${schoolId}/visits/today` : null);
  if (!schoolId) return null;
  const inside = today.data?.filter((v) => v.status === 'checked_in') ?? [];
  const over = inside.filter((v) => v.overstay).length;
  return (
    <Card title={t('visitors.desk.title')}>
      <p>{t('visitors.status.checked_in')}: <strong>{inside.length}</strong>{over > 0 && <> · <strong className="error-text">{t('visitors.status.overstay')}: {over}</strong></>}</p>
      <ErrorMessage error={today.error} onRetry={today.reload} />
      <div className="actions">
        <Link className="btn btn-primary" to={`/schools/${schoolId}/visitors`}>{t('visitors.nav.desk')}</Link>
        <Link className="btn btn-secondary" to={`/schools/${schoolId}/pickup`}>{t('visitors.nav.pickup')}</Link>
      </div>
    </Card>
  );
}

/**
 * Principal: check-ins the watchlist held today. A person decides: admit (the match was wrong) or refuse. The system
 * never turns anyone away, or lets them in, on its own.
 */
function HeldVisitsPanel({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const today = useApi<Visit[]>(`/api/schools/${schoolId}/visits/today`);
  const act = useSubmit();
  const held = today.data?.filter((v) => v.status === 'held') ?? [];
  if (!held.length && !today.error) return null;
  const settle = (v: Visit, admit: boolean) => void act.run(async () => { await api.post(`/api/visits/${v.id}/settle`, { admit }); today.reload(); });
  return (
    <Card title={t('visitors.held.title')} className="visitors-held-card">
      <ErrorMessage error={today.error ?? act.error} onRetry={today.reload} />
      <p className="small">{t('visitors.held.intro')}</p>
      <ul className="plain-list visitors-list">
        {held.map((v) => (
          <li key={v.id} className="visitors-item visitors-held">
            <strong>{v.fullName}{v.idLast4 ? ` · …${v.idLast4}` : ''}</strong>
            <p className="small">{v.purpose}</p>
            <div className="actions">
              <Button variant="danger" className="btn-small" disabled={act.busy} onClick={() => settle(v, false)}>{t('visitors.held.refuse')}</Button>
              <Button variant="secondary" className="btn-small" disabled={act.busy} onClick={() => settle(v, true)}>{t('visitors.held.admit')}</Button>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** Principal: held check-ins first, then the pick-up entries guardians added that wait for the school's confirmation. */
export function SchoolVisitorsPanel() {
  const { me } = useMe();
  const schoolId = schoolGrant(me);
  // The counsellor shares the school home but holds neither visit.read nor pickup.confirm: without this they saw two 403 banners.
  if (!schoolId || !me || !hasRole(me, 'school_admin')) return null;
  return <><HeldVisitsPanel schoolId={schoolId} /><SchoolPickupPanel /></>;
}

function SchoolPickupPanel() {
  const { t } = useTranslation();
  const schoolId = schoolGrant(useMe().me);
  const pending = useApi<Array<PickupPerson & { studentName: string; className: string | null }>>(schoolId ? `/api/schools/${schoolId}/pickup/pending` : null);
  const act = useSubmit();
  if (!schoolId) return null;
  return (
    <Card title={t('visitors.school.pending')} actions={<Link to="/visitors/new">{t('visitors.nav.preRegister')}</Link>}>
      <ErrorMessage error={pending.error ?? act.error} onRetry={pending.reload} />
      {pending.data?.length === 0 && <p className="muted">{t('visitors.school.nonePending')}</p>}
      <ul className="plain-list">
        {pending.data?.map((p) => (
          <li key={p.id} className="row-between">
            <span><strong>{p.fullName}</strong> ({p.relationship}) {t('visitors.school.of', { student: p.studentName, class: p.className ?? '' })}</span>
            <Button className="btn-small" disabled={act.busy} onClick={() => void act.run(async () => { await api.post(`/api/pickup-persons/${p.id}/confirm`); pending.reload(); })}>
              {t('visitors.school.confirm')}
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** Homeroom teacher: their visitors today (the in-app notice that a guest arrived) and today's pick-ups of the class. */
export function TeacherVisitorsPanel() {
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const schools = useSchools();
  const schoolId = schools.data?.[0]?.id;
  const classId = me?.grants.find((g) => g.role === 'homeroom_teacher')?.scopeId;
  const mine = useApi<Visit[]>(schoolId ? `/api/schools/${schoolId}/visits/mine` : null);
  const pickups = useApi<ClassPickup[]>(classId ? `/api/classes/${classId}/pickups` : null);
  // Live: a guest arriving, or a pupil leaving with an unlisted adult, shows at once.
  const [liveMine, setLiveMine] = useState<Visit[] | null>(null);
  const [livePickups, setLivePickups] = useState<ClassPickup[] | null>(null);
  useEventSource(schoolId ? `/api/schools/${schoolId}/visits/mine/stream` : null, { snapshot: (d) => setLiveMine(JSON.parse(d) as Visit[]) });
  useEventSource(classId ? `/api/classes/${classId}/pickups/stream` : null, { snapshot: (d) => setLivePickups(JSON.parse(d) as ClassPickup[]) });
  const visits = liveMine ?? mine.data;
  const pickupRows = livePickups ?? pickups.data;
  return (
    <Card title={t('visitors.pre.mine')} actions={<Link to="/visitors/new">{t('visitors.nav.preRegister')}</Link>}>
      <ErrorMessage error={mine.error ?? pickups.error} />
      {visits?.length === 0 && <p className="muted">{t('visitors.pre.none')}</p>}
      <ul className="plain-list">
        {visits?.map((v) => <li key={v.id} className="row-between"><span>{v.fullName} · {v.purpose}</span><VisitStatus visit={v} /></li>)}
      </ul>
      {classId && <h3>{t('visitors.teacher.pickups')}</h3>}
      {pickupRows?.length === 0 && <p className="muted">{t('visitors.teacher.noPickups')}</p>}
      <ul className="plain-list">
        {pickupRows?.map((p) => (
          <li key={p.id} className={p.listed ? '' : 'error-text'}>
            {formatTime(p.at, i18n.language)} · {p.studentName} ← {p.collectorName}{!p.listed && <strong> ({t('visitors.teacher.unlisted')})</strong>}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** Guardian: one link per child to the pick-up list. */
export function GuardianPickupPanel() {
  const { t } = useTranslation();
  const children = useApi<StudentView[]>('/api/me/children');
  if (!children.data?.length) return null;
  return (
    <Card title={t('visitors.guardian.panel')}>
      <p className="small">{t('visitors.guardian.intro')}</p>
      <div className="actions">
        {children.data.map((c) => <Link key={c.id} className="btn btn-secondary" to={`/children/${c.id}/pickup`}>{t('visitors.guardian.edit')}: {c.fullName}</Link>)}
      </div>
    </Card>
  );
}
