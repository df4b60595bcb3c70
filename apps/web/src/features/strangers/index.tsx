import { Route } from 'react-router-dom';
import type { Me } from '@truongan/contracts';
import { hasRole } from '../../lib/roles.ts';
import { lazyPage } from '../lazyPage.tsx';
import type { Feature, NavItem, Translate } from '../types.ts';
import { PoliceAlertsPanel, SchoolAlertsPanel } from './HomePanels.tsx';
import { en } from './i18n-en.ts';
import { vi } from './i18n-vi.ts';

/** Links by role; the server decides access, these only avoid showing doors that would say "forbidden". */
function nav(me: Me, schoolId: string | undefined, t: Translate): NavItem[] {
  const items: NavItem[] = [];
  if (schoolId && hasRole(me, 'guard', 'school_admin')) items.push({ to: `/schools/${schoolId}/alerts`, label: t('strangers.nav.alerts') });
  if (hasRole(me, 'ward_police')) items.push({ to: '/police/alerts', label: t('strangers.nav.police') });
  return items;
}

/** strangers (issue 5): the alert queue (guard console and principal), escalation, and the ward police portal. */
export const strangersFeature: Feature = {
  name: 'strangers',
  routes: [
    <Route key="strangers-alerts" path="/schools/:schoolId/alerts" element={lazyPage(() => import('./AlertsPage.tsx'), 'AlertsPage')} />,
    <Route key="strangers-police" path="/police/alerts" element={lazyPage(() => import('./PolicePortalPage.tsx'), 'PolicePortalPage')} />,
  ],
  nav,
  homePanels: { school: SchoolAlertsPanel, area: PoliceAlertsPanel },
  vi,
  en,
};
