import { useTranslation } from 'react-i18next';
import type { School } from '@truongan/contracts';
import { formatToday } from '../../lib/format.ts';
import { useSchools } from '../../hooks/use-schools.ts';
import { useSchoolStructure } from '../../hooks/use-school-structure.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Notice } from '../../components/ui/Notice.tsx';
import { SchoolFacts } from '../../components/SchoolFacts.tsx';
import { SessionList } from '../../components/SessionList.tsx';

function GateSchool({ school }: { school: School }) {
  const { t } = useTranslation();
  const structure = useSchoolStructure(school.id);
  return (
    <Card title={school.name}>
      <SchoolFacts school={school} />
      <h3>{t('guard.sessions')}</h3>
      {structure.loading && <Loading />}
      <ErrorMessage error={structure.error} onRetry={structure.reload} />
      {structure.data && <SessionList sessions={structure.data.sessions} />}
    </Card>
  );
}

/** The gate console. Live recognitions arrive with the gate cameras; until then it says so, with no invented data. */
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
      <Notice>{t('guard.camerasNote')}</Notice>
      <p className="muted small">{t('guard.privacyNote')}</p>
    </div>
  );
}
