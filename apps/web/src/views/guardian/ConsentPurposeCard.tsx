import { useTranslation } from 'react-i18next';
import type { ConsentPurpose, ConsentRecord } from '@truongan/contracts';
import type { ConsentText, StudentConsent } from '../../types/api.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ConsentStateBadge } from '../../components/ConsentStateBadge.tsx';
import { ConsentDecisionForm } from './ConsentDecisionForm.tsx';
import { ConsentHistory } from './ConsentHistory.tsx';

/** One purpose: the full text with its version, where things stand now, the decision form, the history. */
export function ConsentPurposeCard({ studentId, purpose, text, state, history, onSaved }: {
  studentId: string; purpose: ConsentPurpose; text: ConsentText; state: StudentConsent['status']['purposes'][ConsentPurpose] | undefined;
  history: ConsentRecord[]; onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  return (
    <Card title={t(`consent.purposes.${purpose}`)} className="consent-card">
      <div className="now">
        <span>{t('guardian.current')}:</span>
        <span>{t('consent.guardian')} <ConsentStateBadge state={state?.guardian ?? 'unanswered'} /></span>
        {state && state.assent !== 'not_needed' && <span>{t('consent.assent')} <ConsentStateBadge state={state.assent} /></span>}
        <strong className={state?.inForce ? 'ok-text' : 'muted'}>{state?.inForce ? t('consent.inForce') : t('consent.notInForce')}</strong>
      </div>
      <h3>{t('guardian.textTitle')} <span className="muted small">({t('guardian.version', { v: text.version })})</span></h3>
      <blockquote className="consent-text" lang={english ? 'en' : 'vi'}>{english ? text.en : text.vi}</blockquote>
      {english && <p className="small muted">{t('guardian.textLanguageNote')}</p>}
      <ConsentDecisionForm studentId={studentId} purpose={purpose} text={text} onSaved={onSaved} />
      <h3>{t('guardian.history')}</h3>
      <ConsentHistory records={history.filter((h) => h.purpose === purpose)} />
    </Card>
  );
}
