import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSchoolStructure } from '../../hooks/use-school-structure.ts';
import { formatNumber } from '../../lib/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { SchoolFacts } from '../../components/SchoolFacts.tsx';
import { SessionList } from '../../components/SessionList.tsx';
import { ClassTable } from './ClassTable.tsx';

/** The principal's home: the school's structure with links to its roster, consent, audit and settings. */
export function SchoolHome({ schoolId, canAdmin }: { schoolId: string; canAdmin: boolean }) {
  const { t, i18n } = useTranslation();
  const { data, error, loading, reload } = useSchoolStructure(schoolId);
  if (loading) return <Loading />;
  if (!data) return <ErrorMessage error={error} onRetry={reload} />;
  const total = data.classes.reduce((n, c) => n + c.students, 0);
  const base = `/schools/${schoolId}`;
  // The counsellor holds neither consent.read nor attendance.read: no links that would only answer 403.
  const links = [['roster', 'nav.roster'], ...(canAdmin ? [['consent', 'nav.consent'], ['gate', 'nav.gate'], ['cameras', 'nav.cameras'], ['enrolment', 'nav.enrolment'], ['import', 'nav.import'], ['audit', 'nav.audit'], ['settings', 'nav.settings']] : [])];
  return (
    <div className="stack">
      <h1>{data.school.name}</h1>
      <p className="lead">{t('school.totalStudents', { count: total, classes: data.classes.length, formatted: formatNumber(total, i18n.language) })}</p>
      <div className="tiles">
        {links.map(([to, label]) => <Link key={to} className="tile" to={`${base}/${to}`}>{t(label!)}</Link>)}
      </div>
      <Card title={t('school.structure')}>
        <SchoolFacts school={data.school} />
        <SessionList sessions={data.sessions} />
      </Card>
      <Card title={t('school.classes')}>
        <ClassTable classes={data.classes} linkBoards={canAdmin} />
      </Card>
    </div>
  );
}
