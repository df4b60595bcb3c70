import { Route } from 'react-router-dom';
import { hasRole } from '../../lib/roles.ts';
import { lazyPage } from '../lazyPage.tsx';
import type { Feature, NavItem } from '../types.ts';
import { en } from './i18n-en.ts';
import { vi } from './i18n-vi.ts';
import { PreventionPanel } from './PreventionPanel.tsx';

/** prevention (issue 7): awareness campaigns, safety lessons with QR posters, counselling (Thông tư 18/2025). */
export const preventionFeature: Feature = {
  name: 'prevention',
  routes: [
    <Route key="campaigns" path="/campaigns" element={lazyPage(() => import('./CampaignsPage.tsx'), 'CampaignsPage')} />,
    <Route key="campaign-new" path="/campaigns/new" element={lazyPage(() => import('./CampaignCreatePage.tsx'), 'CampaignCreatePage')} />,
    <Route key="campaign" path="/campaigns/:campaignId" element={lazyPage(() => import('./CampaignDetailPage.tsx'), 'CampaignDetailPage')} />,
    <Route key="lessons" path="/lessons" element={lazyPage(() => import('./LessonsPage.tsx'), 'LessonsPage')} />,
    <Route key="lesson" path="/lessons/:slug" element={lazyPage(() => import('./LessonsPage.tsx'), 'LessonsPage')} />,
    <Route key="lesson-poster" path="/lessons/:slug/poster" element={lazyPage(() => import('./LessonPosterPage.tsx'), 'LessonPosterPage')} />,
    <Route key="counselling" path="/counselling" element={lazyPage(() => import('./CounsellingPage.tsx'), 'CounsellingPage')} />,
    <Route key="counselling-request" path="/counselling/:requestId" element={lazyPage(() => import('./CounsellingRequestPage.tsx'), 'CounsellingRequestPage')} />,
  ],
  nav: (me, _schoolId, t) => {
    const items: NavItem[] = [];
    if (hasRole(me, 'student', 'guardian', 'school_admin', 'counsellor', 'homeroom_teacher', 'ward_police', 'ward_officer', 'department_officer')) {
      items.push({ to: '/campaigns', label: t('prevention.nav.campaigns') });
    }
    if (hasRole(me, 'student', 'guardian', 'school_admin', 'counsellor', 'homeroom_teacher')) {
      items.push({ to: '/lessons', label: t('prevention.nav.lessons') }, { to: '/counselling', label: t('prevention.nav.counselling') });
    }
    return items;
  },
  homePanels: { student: PreventionPanel, guardian: PreventionPanel, area: PreventionPanel, school: PreventionPanel, teacher: PreventionPanel },
  vi,
  en,
};
