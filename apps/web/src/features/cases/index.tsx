import { Route } from 'react-router-dom';
import type { Me } from '@truongan/contracts';
import { hasRole } from '../../lib/roles.ts';
import type { Feature, NavItem, Translate } from '../types.ts';
import { ReportPanel, SchoolCasesPanel, WardCasesPanel } from './home/HomePanels.tsx';
import { en } from './i18n/en.ts';
import { vi } from './i18n/vi.ts';
import { MemberReportPage } from './member/MemberReportPage.tsx';
import { FollowUpPage } from './public/FollowUpPage.tsx';
import { ReportPage } from './public/ReportPage.tsx';
import { CaseDetailPage } from './staff/CaseDetailPage.tsx';
import { CaseListPage } from './staff/CaseListPage.tsx';
import { HotlineCallPage } from './staff/HotlineCallPage.tsx';
import { StatsPage } from './stats/StatsPage.tsx';

/** Links by role. Teachers have no case access in the API, so they get the same public report form as everyone. */
function nav(me: Me, _schoolId: string | undefined, t: Translate): NavItem[] {
  const items: NavItem[] = [];
  if (hasRole(me, 'school_admin', 'counsellor')) items.push({ to: '/cases', label: t('cases.nav.cases') });
  else if (hasRole(me, 'ward_police', 'ward_officer', 'department_officer')) items.push({ to: '/cases', label: t('cases.nav.ward') });
  if (hasRole(me, 'school_admin', 'ward_police', 'ward_officer', 'department_officer', 'system_admin')) items.push({ to: '/cases/stats', label: t('cases.nav.stats') });
  // Parents and pupils report signed in (their account is the spam control); staff without case access use the public form.
  if (hasRole(me, 'guardian', 'student')) items.push({ to: '/report/me', label: t('cases.nav.report') });
  else if (hasRole(me, 'homeroom_teacher', 'guard')) items.push({ to: '/report', label: t('cases.nav.report') });
  return items;
}

/** cases (issue 6): the public report form and follow-up chat, staff and agency case pages, dashboards. */
export const casesFeature: Feature = {
  name: 'cases',
  publicRoutes: [
    <Route key="cases-report" path="/report" element={<ReportPage />} />,
    <Route key="cases-follow-up" path="/report/follow-up" element={<FollowUpPage />} />,
  ],
  routes: [
    <Route key="cases-member-report" path="/report/me" element={<MemberReportPage />} />,
    <Route key="cases-list" path="/cases" element={<CaseListPage />} />,
    <Route key="cases-call" path="/cases/call" element={<HotlineCallPage />} />,
    <Route key="cases-stats" path="/cases/stats" element={<StatsPage />} />,
    <Route key="cases-detail" path="/cases/:caseId" element={<CaseDetailPage />} />,
  ],
  nav,
  homePanels: { school: SchoolCasesPanel, area: WardCasesPanel, student: ReportPanel, guardian: ReportPanel, teacher: ReportPanel, guard: ReportPanel },
  vi,
  en,
};
