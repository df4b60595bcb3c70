import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AppShell } from './components/AppShell.tsx';
import { MeProvider } from './components/MeProvider.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { ChildConsentPage } from './pages/ChildConsentPage.tsx';
import { ChildFacePage } from './pages/ChildFacePage.tsx';
import { ClassBoardPage } from './pages/ClassBoardPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { OutboxPage } from './pages/OutboxPage.tsx';
import { SchoolSectionPage } from './pages/SchoolSectionPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { FEATURES } from './features/registry.ts';

const SECTIONS = ['roster', 'consent', 'import', 'audit', 'settings', 'cameras', 'enrolment', 'gate'] as const;

export function App() {
  return (
    <MeProvider>
      <BrowserRouter>
        <Routes>
          <Route path="/signin" element={<SignInPage />} />
          <Route path="/dev/outbox" element={<OutboxPage />} />
          {FEATURES.flatMap((f) => f.publicRoutes ?? [])}
          <Route element={<AppShell />}>
            <Route index element={<HomePage />} />
            {SECTIONS.map((s) => <Route key={s} path={`/schools/:schoolId/${s}`} element={<SchoolSectionPage section={s} />} />)}
            <Route path="/children/:studentId/consent" element={<ChildConsentPage />} />
            <Route path="/children/:studentId/face" element={<ChildFacePage />} />
            <Route path="/classes/:classId/board" element={<ClassBoardPage />} />
            <Route path="/audit" element={<AuditPage />} />
            {FEATURES.flatMap((f) => f.routes ?? [])}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </MeProvider>
  );
}
