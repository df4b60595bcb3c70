import { useTranslation } from 'react-i18next';
import type { StudentConsentStatus } from '@truongan/contracts';
import { PURPOSES } from '../types/api.ts';
import { ConsentStateBadge } from './ConsentStateBadge.tsx';

/** One line per purpose for a student card: guardian's answer and, from age 7, the child's own. */
export function ConsentInline({ status }: { status: StudentConsentStatus }) {
  const { t } = useTranslation();
  return (
    <div className="consent-inline small">
      {PURPOSES.map((p) => {
        const s = status.purposes[p];
        if (!s) return null;
        return (
          <div key={p} className="consent-inline-row">
            <span className="muted">{t(`consent.purposes.${p}`)}</span>
            <span>{t('consent.guardian')} <ConsentStateBadge state={s.guardian} /></span>
            {s.assent !== 'not_needed' && <span>{t('consent.assent')} <ConsentStateBadge state={s.assent} /></span>}
          </div>
        );
      })}
    </div>
  );
}
