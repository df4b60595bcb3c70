import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Agency, CaseListItem } from '@truongan/contracts';
import { Card } from '../../../components/ui/Card.tsx';
import { ErrorMessage } from '../../../components/ui/ErrorMessage.tsx';
import { LiveIndicator } from '../../../components/LiveIndicator.tsx';
import { useMe } from '../../../hooks/use-me.ts';
import { hasRole } from '../../../lib/roles.ts';
import { useCases } from '../hooks/use-cases.ts';
import { isOpen } from '../lib/labels.ts';
import { CaseCard } from '../staff/CaseCard.tsx';

/** Principal and counsellor: how many cases are open and overdue, one tap to the list or to log a call. */
export function SchoolCasesPanel() {
  const { t } = useTranslation();
  const { me } = useMe();
  const cases = useCases(me!);
  const open = (cases.data ?? []).filter(isOpen);
  const overdue = open.filter((c) => c.clocks.overdue.length > 0);
  return (
    <Card title={t('cases.home.school')}>
      <p>{t('cases.home.open', { count: open.length })}{overdue.length > 0 && <> · <strong className="error-text">{t('cases.home.overdue', { count: overdue.length })}</strong></>}</p>
      <ErrorMessage error={cases.error} onRetry={cases.reload} />
      <div className="actions">
        <Link className="btn btn-primary" to="/cases">{t('cases.home.openList')}</Link>
        <Link className="btn btn-secondary" to="/cases/call">{t('cases.list.newCall')}</Link>
      </div>
    </Card>
  );
}

const waitingFor = (agency: Agency) => (c: CaseListItem) => c.agencies.some((a) => a.agency === agency && a.status === 'notified');

/**
 * Ward police and officers: the in-app notice of a new escalation. The list follows the ward's live stream, so a
 * case escalated while the page is open appears at once, with its 12-hour clock already running.
 */
export function WardCasesPanel() {
  const { t } = useTranslation();
  const { me } = useMe();
  const agency: Agency | null = me && hasRole(me, 'ward_police') ? 'ward_police' : me && hasRole(me, 'ward_officer') ? 'ward_committee' : null;
  const cases = useCases(me!);
  if (!agency) return null;
  const waiting = (cases.data ?? []).filter(waitingFor(agency));
  return (
    <Card title={t('cases.home.ward')} actions={<LiveIndicator connected={cases.connected} live={t('cases.list.live')} offline={t('cases.list.offline')} />}>
      {waiting.length > 0 ? <p className="alert alert-error" role="alert">{t('cases.home.wardNew')}</p> : <p className="muted">{t('cases.home.wardNone')}</p>}
      <ErrorMessage error={cases.error} onRetry={cases.reload} />
      {waiting.length > 0 && <ul className="cases-list" aria-label={t('cases.home.ward')}>{waiting.map((c) => <CaseCard key={c.id} item={c} />)}</ul>}
      <Link className="btn btn-secondary" to="/cases">{t('cases.home.openList')}</Link>
    </Card>
  );
}

/**
 * Pupils and parents report signed in (`/report/me`), with the public anonymous form one tap away; teachers and
 * guards, who have no case access, use the public form. 111 is on every report screen.
 */
export function ReportPanel() {
  const { t } = useTranslation();
  const { me } = useMe();
  const member = !!me && hasRole(me, 'guardian', 'student');
  return (
    <Card title={t('cases.home.report')}>
      <p>{member ? t('cases.home.reportMember') : t('cases.home.reportLead')}</p>
      <div className="actions">
        <Link className="btn btn-primary" to={member ? '/report/me' : '/report'}>{member ? t('cases.member.title') : t('cases.help.report')}</Link>
        <a className="btn btn-secondary" href="tel:111">{t('cases.home.call111')}</a>
        <Link className="btn btn-link" to="/report/follow-up">{t('cases.help.followUp')}</Link>
      </div>
    </Card>
  );
}
