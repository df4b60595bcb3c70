import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Grant } from '@truongan/contracts';
import { useConsentOverview } from '../../hooks/use-consent-overview.ts';
import { useSchools } from '../../hooks/use-schools.ts';
import { useStudents } from '../../hooks/use-students.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { ConsentSummary } from '../../components/ConsentSummary.tsx';
import { StudentList } from '../../components/StudentList.tsx';
import { AssentForm } from './AssentForm.tsx';

/** A homeroom teacher's own class: consent summary, students with guardians and consent, the children's own answers. */
export function TeacherHome({ grant }: { grant: Grant }) {
  const { t } = useTranslation();
  const schools = useSchools();
  const schoolId = schools.data?.[0]?.id;
  const classId = grant.scopeId;
  const students = useStudents(schoolId, classId);
  const consent = useConsentOverview(schoolId, classId);
  const byStudent = useMemo(() => new Map((consent.data?.rows ?? []).map((r) => [r.studentId, r])), [consent.data]);
  const className = students.data?.[0]?.className ?? grant.scopeName?.split(' – ')[0] ?? '';

  return (
    <div className="stack">
      <h1>{t('teacher.title', { name: className })}</h1>
      {grant.scopeName && <p className="lead">{grant.scopeName}</p>}
      <ErrorMessage error={schools.error} onRetry={schools.reload} />
      <div className="tiles">
        <Link className="tile tile-primary" to={`/classes/${encodeURIComponent(classId)}/board`}>{t('board.open')}</Link>
      </div>
      <Card title={t('teacher.consentSummary')}>
        {consent.loading && !consent.data && <Loading />}
        <ErrorMessage error={consent.error} onRetry={consent.reload} />
        {consent.data && <ConsentSummary summary={consent.data.summary} />}
      </Card>
      {consent.data && (
        <Card title={t('teacher.recordAssent')}>
          <AssentForm rows={consent.data.rows} onSaved={consent.reload} />
        </Card>
      )}
      <section className="stack" aria-labelledby="students-heading">
        <h2 id="students-heading">{t('teacher.students', { count: students.data?.length ?? 0 })}</h2>
        {students.loading && <Loading />}
        <ErrorMessage error={students.error} onRetry={students.reload} />
        {students.data && <StudentList students={students.data} label={t('roster.title')} consent={byStudent} />}
      </section>
    </div>
  );
}
