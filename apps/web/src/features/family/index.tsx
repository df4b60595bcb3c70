import { Route } from 'react-router-dom';
import { hasRole } from '../../lib/roles.ts';
import { lazyPage } from '../lazyPage.tsx';
import type { Feature } from '../types.ts';
import { GuardianShortcuts } from './GuardianShortcuts.tsx';
import { en, vi } from './i18n.ts';

/** family (issue 4): the guardian app (timeline, messages, ledger, notification settings), the school–family channel, scam defence. */
export const familyFeature: Feature = {
  name: 'family',
  routes: [
    <Route key="family-timeline" path="/children/:studentId/timeline" element={lazyPage(() => import('./ChildTimelinePage.tsx'), 'ChildTimelinePage')} />,
    <Route key="family-threads" path="/messages" element={lazyPage(() => import('./ThreadsPage.tsx'), 'ThreadsPage')} />,
    <Route key="family-thread" path="/messages/:threadId" element={lazyPage(() => import('./ThreadPage.tsx'), 'ThreadPage')} />,
    <Route key="family-ledger" path="/ledger" element={lazyPage(() => import('./LedgerPage.tsx'), 'LedgerPage')} />,
    <Route key="family-settings" path="/settings/notifications" element={lazyPage(() => import('./NotifySettingsPage.tsx'), 'NotifySettingsPage')} />,
    <Route key="family-scam" path="/schools/:schoolId/scam" element={lazyPage(() => import('./ScamRegistryPage.tsx'), 'ScamRegistryPage')} />,
  ],
  publicRoutes: [
    <Route key="family-verify" path="/verify" element={lazyPage(() => import('./VerifyPage.tsx'), 'VerifyPage')} />,
    <Route key="family-link" path="/s/:snapshotId" element={lazyPage(() => import('./SnapshotLinkPage.tsx'), 'SnapshotLinkPage')} />,
  ],
  nav: (me, schoolId, t) => {
    const items = [];
    if (hasRole(me, 'homeroom_teacher', 'school_admin')) items.push({ to: '/messages', label: t('family.nav.messages') });
    if (schoolId && hasRole(me, 'school_admin')) items.push({ to: `/schools/${schoolId}/scam`, label: t('family.nav.scam') });
    if (hasRole(me, 'guardian') && me.grants.length === 1) {
      // "Tin nhắn phụ huynh" is the staff's word; a parent simply reads "Tin nhắn" (messages).
      items.push({ to: '/messages', label: t('family.nav.inbox') }, { to: '/ledger', label: t('family.nav.ledger') }, { to: '/settings/notifications', label: t('family.nav.settings') });
    }
    return items;
  },
  homePanels: { guardian: GuardianShortcuts },
  vi,
  en,
};
