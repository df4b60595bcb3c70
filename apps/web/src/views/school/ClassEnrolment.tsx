import { useTranslation } from 'react-i18next';
import type { ClassBoard } from '@truongan/contracts';
import { useApi } from '../../hooks/use-api.ts';
import { useConsentOverview } from '../../hooks/use-consent-overview.ts';
import { Badge } from '../../components/ui/Badge.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { FacePhotoUpload } from '../../components/FacePhotoUpload.tsx';

/** The students of one class with their enrolment state (from the class board) and a photo upload each. */
export function ClassEnrolment({ schoolId, classId, onChanged }: { schoolId: string; classId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  // The board carries each student's faceEnrolled flag; no live stream is needed here.
  const { data: board, error, loading, reload } = useApi<ClassBoard>(`/api/classes/${encodeURIComponent(classId)}/board`);
  // Consent decides whether a photo may be sent at all; the server checks again on upload.
  const consent = useConsentOverview(schoolId, classId);
  const faceConsent = new Map((consent.data?.rows ?? []).map((r) => [r.studentId, r.purposes.face_recognition]));
  if (loading && !board) return <Loading />;
  if (!board) return <ErrorMessage error={error} onRetry={reload} />;
  return (
    <section className="stack-tight" aria-labelledby="enrol-class">
      <h2 id="enrol-class">{t('enrol.students', { name: board.className })}</h2>
      <ul className="cards grid-2" aria-label={t('enrol.students', { name: board.className })}>
        {board.rows.map((r) => {
          const c = faceConsent.get(r.studentId);
          const noConsent = consent.data !== undefined && !c?.inForce;
          const hint = c?.guardian === 'granted' ? t('enrol.noAssentHint') : t('enrol.noConsentHint');
          return (
            <li key={r.studentId} data-consent={consent.data === undefined ? 'unknown' : noConsent ? 'missing' : 'ok'}>
              <div className="row-between">
                <strong className="student-name">{r.fullName}</strong>
                <span className="actions">
                  {noConsent && <Badge tone="warn">{t('enrol.noConsent')}</Badge>}
                  <Badge tone={r.faceEnrolled ? 'ok' : 'neutral'}>{r.faceEnrolled ? t('enrol.enrolled') : t('enrol.notEnrolled')}</Badge>
                </span>
              </div>
              {noConsent && <p className="small muted">{hint}</p>}
              <FacePhotoUpload studentId={r.studentId} label={`${t('enrol.upload')}: ${r.fullName}`} disabled={noConsent}
                onEnrolled={() => { reload(); onChanged(); }} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
