import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useStudentConsent } from '../../hooks/use-student-consent.ts';
import { PURPOSES } from '../../types/api.ts';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { HotlineLink } from '../../components/HotlineLink.tsx';
import { ConsentPurposeCard } from './ConsentPurposeCard.tsx';

/** A guardian's consent page for one child: each purpose with its text, state, choice and history. */
export function ChildConsentView({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const consent = useStudentConsent(studentId);
  const data = consent.data;
  return (
    <div className="stack">
      <p><Link to="/">← {t('app.back')}</Link></p>
      {consent.loading && !data && <Loading />}
      <ErrorMessage error={consent.error} onRetry={consent.reload} />
      {data && (
        <>
          <h1>{t('guardian.consentTitle', { name: data.status.fullName })}</h1>
          {data.status.age >= 7 && <Notice>{t('guardian.assentNote')}</Notice>}
          <p className="small">{t('guardian.alternative')}</p>
          {PURPOSES.map((p) => (
            <ConsentPurposeCard key={p} studentId={studentId} purpose={p} text={data.texts[p]} state={data.status.purposes[p]}
              history={data.history} onSaved={consent.reload} />
          ))}
        </>
      )}
      <HotlineLink />
    </div>
  );
}
