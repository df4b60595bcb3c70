import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useMe } from '../hooks/use-me.ts';
import { isSignedIn } from '../lib/me-context.ts';
import { primaryGrant } from '../lib/roles.ts';
import { AppHeader } from './AppHeader.tsx';
import { AppNav } from './AppNav.tsx';
import { Loading } from './ui/Loading.tsx';

/** The signed-in frame: header, role navigation, the screen. Sends anyone not fully signed in to /signin. */
export function AppShell() {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  const location = useLocation();
  if (loading) return <main className="page"><Loading /></main>;
  if (!me || !isSignedIn(me)) return <Navigate to="/signin" replace state={{ from: location.pathname }} />;
  const grant = primaryGrant(me);
  const schoolId = grant?.scopeKind === 'school' ? grant.scopeId : undefined;
  return (
    <>
      <a className="skip" href="#main">{t('app.skipToContent')}</a>
      <AppHeader />
      <AppNav me={me} schoolId={schoolId} />
      <main id="main" className="page">
        <Outlet />
      </main>
    </>
  );
}
