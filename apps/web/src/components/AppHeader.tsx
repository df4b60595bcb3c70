import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMe } from '../hooks/use-me.ts';
import { isSignedIn } from '../lib/me-context.ts';
import { primaryGrant } from '../lib/roles.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** Who is signed in, in which role and scope; language; sign-out. */
export function AppHeader() {
  const { t } = useTranslation();
  const { me: current, signOut } = useMe();
  // Half-signed-in (password accepted, second factor pending) is not signed in: show nobody yet.
  const me = current && isSignedIn(current) ? current : null;
  const navigate = useNavigate();
  const grant = me ? primaryGrant(me) : undefined;

  return (
    <header className="app-header">
      <div className="brand">
        <span className="logo" aria-hidden="true">TA</span>
        <span><strong>{t('app.name')}</strong><span className="tagline">{t('app.tagline')}</span></span>
      </div>
      <div className="header-tools">
        <LanguageSwitch />
        {me && (
          <button type="button" className="btn btn-secondary btn-small" onClick={async () => { await signOut(); navigate('/signin'); }}>
            {t('header.signOut')}
          </button>
        )}
      </div>
      {me && (
        <div className="whoami" aria-label={t('header.user')}>
          <span className="who">{me.displayName}</span>
          {grant && (
            <span className="role">
              <span>{t(`roles.${grant.role}`)}</span>
              {grant.scopeName && <> · <span>{grant.scopeName}</span></>}
            </span>
          )}
        </div>
      )}
    </header>
  );
}
