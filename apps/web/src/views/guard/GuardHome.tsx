import { useTranslation } from 'react-i18next';
import type { School } from '@truongan/contracts';
import { formatToday } from '../../lib/format.ts';
import { useSchools } from '../../hooks/use-schools.ts';
import { useSchoolStructure } from '../../hooks/use-school-structure.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { SchoolFacts } from '../../components/SchoolFacts.tsx';
import { SessionList } from '../../components/SessionList.tsx';
import { GateConsole } from './GateConsole.tsx';

function GateSchool({ school }: { school: School }) {
  const { t } = useTranslation();
  const structure = useSchoolStructure(school.id);
  return (
    <>
      <h2 className="school-title">{school.name}</h2>
      <GateConsole schoolId={school.id} />
      <Card title={t('guard.sessions')} level={3}>
        <SchoolFacts school={school} />
        {structure.loading && <Loading />}
        <ErrorMessage error={structure.error} onRetry={structure.reload} />
        {structure.data && <SessionList sessions={structure.data.sessions} />}
      </Card>
    </>
  );
}

/** The guard's home is the gate console: cameras, live recognitions, strangers and suspected spoofs. */
export function GuardHome() {
  const { t, i18n } = useTranslation();
  const schools = useSchools();
  return (
    <div className="stack">
      <h1>{t('guard.title')}</h1>
      <p className="lead">{t('guard.today')}: <time>{formatToday(i18n.language)}</time></p>
      {schools.loading && <Loading />}
      <ErrorMessage error={schools.error} onRetry={schools.reload} />
      {schools.data?.map((s) => <GateSchool key={s.id} school={s} />)}
      <p className="muted small">{t('guard.privacyNote')}</p>
    </div>
  );
}
