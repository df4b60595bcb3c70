import { Route } from 'react-router-dom';
import { hasRole } from '../../lib/roles.ts';
import type { Feature } from '../types.ts';
import { ChildTimelinePage } from './ChildTimelinePage.tsx';
import { GuardianShortcuts } from './GuardianShortcuts.tsx';
import { en, vi } from './i18n.ts';
import { LedgerPage } from './LedgerPage.tsx';
import { NotifySettingsPage } from './NotifySettingsPage.tsx';
import { ScamRegistryPage } from './ScamRegistryPage.tsx';
import { SnapshotLinkPage } from './SnapshotLinkPage.tsx';
import { ThreadPage } from './ThreadPage.tsx';
import { ThreadsPage } from './ThreadsPage.tsx';
import { VerifyPage } from './VerifyPage.tsx';

/** family (issue 4): the guardian app (timeline, messages, ledger, notification settings), the school–family channel, scam defence. */
export const familyFeature: Feature = {
  name: 'family',
  routes: [
    <Route key="family-timeline" path="/children/:studentId/timeline" element={<ChildTimelinePage />} />,
    <Route key="family-threads" path="/messages" element={<ThreadsPage />} />,
    <Route key="family-thread" path="/messages/:threadId" element={<ThreadPage />} />,
    <Route key="family-ledger" path="/ledger" element={<LedgerPage />} />,
    <Route key="family-settings" path="/settings/notifications" element={<NotifySettingsPage />} />,
    <Route key="family-scam" path="/schools/:schoolId/scam" element={<ScamRegistryPage />} />,
  ],
  publicRoutes: [
    <Route key="family-verify" path="/verify" element={<VerifyPage />} />,
    <Route key="family-link" path="/s/:snapshotId" element={<SnapshotLinkPage />} />,
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
