import { Route } from 'react-router-dom';
import type { Me } from '@truongan/contracts';
import { lazyPage } from '../lazyPage.tsx';
import type { Feature, NavItem, Translate } from '../types.ts';
import { SchoolCapturePanel, TeacherCapturePanel } from './HomePanels.tsx';
import { en } from './i18n-en.ts';
import { vi } from './i18n-vi.ts';

/** The homeroom teacher's own class; principals reach classes from the coverage panel on their home. */
function nav(me: Me, _schoolId: string | undefined, t: Translate): NavItem[] {
  const classId = me.grants.find((g) => g.role === 'homeroom_teacher')?.scopeId;
  return classId ? [{ to: `/classes/${encodeURIComponent(classId)}/capture`, label: t('capture.nav') }] : [];
}

/** capture (issue 3): guided face enrolment at the gate camera, confirmed by a teacher. */
export const captureFeature: Feature = {
  name: 'capture',
  routes: [
    <Route key="capture-class" path="/classes/:classId/capture" element={lazyPage(() => import('./CaptureClassPage.tsx'), 'CaptureClassPage')} />,
    <Route key="capture-student" path="/classes/:classId/capture/:studentId" element={lazyPage(() => import('./CaptureStudentPage.tsx'), 'CaptureStudentPage')} />,
  ],
  nav,
  homePanels: { teacher: TeacherCapturePanel, school: SchoolCapturePanel },
  vi,
  en,
};
