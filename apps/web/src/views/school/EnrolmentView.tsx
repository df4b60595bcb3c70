import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnrolment } from '../../hooks/use-enrolment.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { ClassEnrolment } from './ClassEnrolment.tsx';
import { EnrolmentCoverage } from './EnrolmentCoverage.tsx';

/** Face enrolment: coverage per class, then one class's students with a photo upload each. */
export function EnrolmentView({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const coverage = useEnrolment(schoolId);
  const [classId, setClassId] = useState('');
  return (
    <div className="stack">
      <h1>{t('enrol.title')}</h1>
      <Notice>{t('enrol.help')}</Notice>
      <Card title={t('enrol.coverage')}>
        {coverage.loading && !coverage.data && <Loading />}
        {!coverage.data && <ErrorMessage error={coverage.error} onRetry={coverage.reload} />}
        {coverage.data && <EnrolmentCoverage rows={coverage.data} selected={classId} onSelect={setClassId} />}
      </Card>
      {classId ? <ClassEnrolment key={classId} schoolId={schoolId} classId={classId} onChanged={coverage.reload} /> : <p className="muted">{t('enrol.chooseClass')}</p>}
    </div>
  );
}
