import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ClassBoard } from '@truongan/contracts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { useApi } from '../../hooks/use-api.ts';
import { useMe } from '../../hooks/use-me.ts';

/** Homeroom teacher's home: how many pupils still lack a face photo, one tap to capture them at the gate. */
export function TeacherCapturePanel() {
  const { t } = useTranslation();
  const { me } = useMe();
  const classId = me?.grants.find((g) => g.role === 'homeroom_teacher')?.scopeId;
  const board = useApi<ClassBoard>(classId ? `/api/classes/${encodeURIComponent(classId)}/board` : null);
  if (!classId) return null;
  const missing = board.data?.rows.filter((r) => !r.faceEnrolled).length;
  return (
    <Card title={t('capture.title')}>
      <p className="small">{t('capture.panelHelp')}</p>
      {missing !== undefined && <p><strong>{t('capture.panelMissing', { count: missing })}</strong></p>}
      <ErrorMessage error={board.error} onRetry={board.reload} />
      <div className="actions"><Link className="btn btn-primary" to={`/classes/${encodeURIComponent(classId)}/capture`}>{t('capture.open')}</Link></div>
    </Card>
  );
}

interface CoverageRow { classId: string | null; className: string | null; students: number; enrolled: number }

/** Principal's home: enrolment coverage per class, each class with pupils missing a face photo linking to its capture list. */
export function SchoolCapturePanel() {
  const { t } = useTranslation();
  const { me } = useMe();
  const schoolId = me?.grants.find((g) => g.role === 'school_admin')?.scopeId;
  const coverage = useApi<CoverageRow[]>(schoolId ? `/api/schools/${encodeURIComponent(schoolId)}/enrolment` : null);
  if (!schoolId) return null;
  const open = (coverage.data ?? []).filter((r) => r.classId && r.enrolled < r.students);
  return (
    <Card title={t('capture.title')}>
      <p className="small">{t('capture.panelHelp')}</p>
      <ErrorMessage error={coverage.error} onRetry={coverage.reload} />
      {open.length > 0 && (
        <ul className="capture-classes" aria-label={t('capture.pickClass')}>
          {open.map((r) => (
            <li key={r.classId}>
              <Link to={`/classes/${encodeURIComponent(r.classId!)}/capture`}>{r.className}</Link>
              <span className="muted small"> · {t('capture.panelMissing', { count: r.students - r.enrolled })}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
