import { Route } from 'react-router-dom';
import type { Me } from '@truongan/contracts';
import { hasRole } from '../../lib/roles.ts';
import { lazyPage } from '../lazyPage.tsx';
import type { Feature, NavItem, Translate } from '../types.ts';
import { GuardianPickupPanel, GuardVisitorsPanel, SchoolVisitorsPanel, TeacherVisitorsPanel } from './HomePanels.tsx';
import { en } from './i18n/en.ts';
import { vi } from './i18n/vi.ts';

/** Links by role; the server decides access, these only avoid showing doors that would say "forbidden". */
function nav(me: Me, schoolId: string | undefined, t: Translate): NavItem[] {
  const items: NavItem[] = [];
  if (schoolId && hasRole(me, 'guard', 'school_admin')) {
    items.push({ to: `/schools/${schoolId}/visitors`, label: t('visitors.nav.desk') });
    items.push({ to: `/schools/${schoolId}/pickup`, label: t('visitors.nav.pickup') });
    items.push({ to: `/schools/${schoolId}/visitors/log`, label: t('visitors.nav.log') });
  }
  if (hasRole(me, 'school_admin', 'homeroom_teacher', 'counsellor')) items.push({ to: '/visitors/new', label: t('visitors.nav.preRegister') });
  if (hasRole(me, 'school_admin', 'ward_police')) items.push({ to: '/watchlist', label: t('visitors.nav.watchlist') });
  return items;
}

/** visitors (issue 5): the guard's visitor desk and badge, pick-up check, pre-registration, visitor log, watchlist, guardians' pick-up lists. */
export const visitorsFeature: Feature = {
  name: 'visitors',
  routes: [
    <Route key="visitors-desk" path="/schools/:schoolId/visitors" element={lazyPage(() => import('./guard/VisitorDeskPage.tsx'), 'VisitorDeskPage')} />,
    <Route key="visitors-log" path="/schools/:schoolId/visitors/log" element={lazyPage(() => import('./staff/VisitLogPage.tsx'), 'VisitLogPage')} />,
    <Route key="visitors-pickup" path="/schools/:schoolId/pickup" element={lazyPage(() => import('./pickup/PickupCheckPage.tsx'), 'PickupCheckPage')} />,
    <Route key="visitors-badge" path="/visits/:visitId/badge" element={lazyPage(() => import('./guard/BadgePage.tsx'), 'BadgePage')} />,
    <Route key="visitors-new" path="/visitors/new" element={lazyPage(() => import('./staff/PreRegisterPage.tsx'), 'PreRegisterPage')} />,
    <Route key="visitors-watchlist" path="/watchlist" element={lazyPage(() => import('./staff/WatchlistPage.tsx'), 'WatchlistPage')} />,
    <Route key="visitors-child-pickup" path="/children/:studentId/pickup" element={lazyPage(() => import('./pickup/GuardianPickupPage.tsx'), 'GuardianPickupPage')} />,
  ],
  nav,
  homePanels: { guard: GuardVisitorsPanel, school: SchoolVisitorsPanel, teacher: TeacherVisitorsPanel, guardian: GuardianPickupPanel },
  vi,
  en,
};
