import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { ClassBoard } from '@truongan/contracts';
import { Badge } from '../../components/ui/Badge.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useConsentOverview } from '../../hooks/use-consent-overview.ts';
import { useSchools } from '../../hooks/use-schools.ts';

/** A class's pupils without a face template, each with a button to capture them at the gate camera. */
export function CaptureClassPage() {
  const { t } = useTranslation();
  const { classId = '' } = useParams();
  // The board carries each pupil's faceEnrolled flag, the same source as the enrolment screen.
  const board = useApi<ClassBoard>(`/api/classes/${encodeURIComponent(classId)}/board`);
  const schools = useSchools();
  const consent = useConsentOverview(schools.data?.[0]?.id, classId);
  const inForce = new Map((consent.data?.rows ?? []).map((r) => [r.studentId, r.purposes.face_recognition.inForce]));
  if (board.loading && !board.data) return <Loading />;
  if (!board.data) return <ErrorMessage error={board.error} onRetry={board.reload} />;
  const rows = board.data.rows;
  const missing = rows.filter((r) => !r.faceEnrolled);
  return (
    <div className="stack capture-page">
      <h1>{t('capture.classTitle', { name: board.data.className })}</h1>
      <p className="lead" data-testid="capture-coverage">{t('capture.coverage', { enrolled: rows.length - missing.length, total: rows.length })}</p>
      {missing.length === 0 && <Notice tone="ok">{t('capture.allDone')}</Notice>}
      {missing.length > 0 && (
        <section className="stack-tight" aria-labelledby="capture-missing">
          <h2 id="capture-missing">{t('capture.missingList')}</h2>
          <ul className="cards capture-list">
            {missing.map((r) => {
              const blocked = consent.data !== undefined && !inForce.get(r.studentId);
              return (
                <li key={r.studentId} className="row-between">
                  <span className="stack-tight">
                    <strong className="student-name">{r.fullName}</strong>
                    {blocked && <span className="small muted">{t('capture.noConsentHint')}</span>}
                  </span>
                  {blocked
                    ? <Badge tone="warn">{t('capture.noConsent')}</Badge>
                    : <Link className="btn btn-primary" aria-label={t('capture.captureFor', { name: r.fullName })}
                        to={`/classes/${encodeURIComponent(classId)}/capture/${encodeURIComponent(r.studentId)}`}>{t('capture.captureButton')}</Link>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
