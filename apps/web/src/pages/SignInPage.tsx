import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useMe } from '../hooks/use-me.ts';
import { isSignedIn } from '../lib/me-context.ts';
import { AppHeader } from '../components/AppHeader.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { SignInView } from '../views/signin/SignInView.tsx';

/** `/signin`; a session that passed the password but not yet the second factor resumes at that step. */
export function SignInPage() {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  if (loading) return <main className="page"><Loading /></main>;
  if (isSignedIn(me)) return <Navigate to={from ?? '/'} replace />;
  const initialStep = me?.mfa.required && !me.mfa.passed ? (me.mfa.enrolled ? 'totp' : 'totp_enrol') : 'password';
  return (
    <>
      <AppHeader />
      <main id="main" className="page narrow">
        <h1>{t('signin.title')}</h1>
        <SignInView initialStep={initialStep} onSignedIn={() => navigate(from ?? '/', { replace: true })} />
      </main>
    </>
  );
}
