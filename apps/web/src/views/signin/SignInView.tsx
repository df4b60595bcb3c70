import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { LoginResult } from '../../types/api.ts';
import { useMe } from '../../hooks/use-me.ts';
import { GuardianSignInForm } from './GuardianSignInForm.tsx';
import { StaffPasswordForm } from './StaffPasswordForm.tsx';
import { TotpEnrolForm } from './TotpEnrolForm.tsx';
import { TotpForm } from './TotpForm.tsx';

type Step = 'password' | 'totp' | 'totp_enrol';
type Tab = 'staff' | 'guardian';

/** Sign-in: staff (password, then a second factor where the role needs it) or guardian (phone and code). */
export function SignInView({ initialStep, onSignedIn }: { initialStep: Step; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const { setMe, refresh } = useMe();
  const [tab, setTab] = useState<Tab>('staff');
  const [step, setStep] = useState<Step>(initialStep);

  function onResult(r: LoginResult) {
    setMe(r.me);
    if (r.next === 'done') onSignedIn();
    else setStep(r.next);
  }
  const afterSecondFactor = async () => {
    await refresh();
    onSignedIn();
  };

  if (step === 'totp') return <TotpForm onDone={afterSecondFactor} />;
  if (step === 'totp_enrol') return <TotpEnrolForm onDone={afterSecondFactor} />;

  const tabs: Tab[] = ['staff', 'guardian'];
  return (
    <div className="stack">
      <div role="tablist" aria-label={t('signin.tabs')} className="tabs">
        {tabs.map((k) => (
          <button key={k} type="button" role="tab" id={`tab-${k}`} aria-controls={`panel-${k}`} aria-selected={tab === k}
            className={tab === k ? 'active' : ''} onClick={() => setTab(k)}>
            {t(k === 'staff' ? 'signin.staffTab' : 'signin.guardianTab')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'staff' ? <StaffPasswordForm onResult={onResult} /> : <GuardianSignInForm onResult={onResult} />}
      </div>
      {/* Issue 6: reporting needs no account; 111 is one tap away. */}
      <p className="small"><Link to="/report">{t('cases.help.report')}</Link> · <a href="tel:111">111</a></p>
    </div>
  );
}
