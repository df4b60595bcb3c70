import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSchoolStructure } from '../../hooks/use-school-structure.ts';
import { useStudentSearch } from '../../hooks/use-student-search.ts';
import { useStudents } from '../../hooks/use-students.ts';
import { Button } from '../../components/ui/Button.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { TextField } from '../../components/ui/TextField.tsx';
import { StudentList } from '../../components/StudentList.tsx';
import { ClassSelect } from './ClassSelect.tsx';

const PAGE = 60;

/** The school's roster: filter by class, search by name/ID/phone, shown a page at a time. */
export function RosterView({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const [classId, setClassId] = useState('');
  const [term, setTerm] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const structure = useSchoolStructure(schoolId);
  const students = useStudents(schoolId, classId || undefined);
  const found = useStudentSearch(students.data, term);

  return (
    <div className="stack">
      <h1>{t('roster.title')}</h1>
      <div className="filters">
        <ClassSelect classes={structure.data?.classes ?? []} value={classId} onChange={(v) => { setClassId(v); setLimit(PAGE); }} />
        <TextField label={t('roster.search')} type="search" value={term} onChange={(e) => { setTerm(e.target.value); setLimit(PAGE); }} />
      </div>
      {students.loading && <Loading />}
      <ErrorMessage error={students.error} onRetry={students.reload} />
      {students.data && (
        <>
          <p className="muted" role="status">{t('roster.shown', { shown: Math.min(limit, found.length), total: found.length })}</p>
          {found.length === 0 ? <p>{t('roster.noResults')}</p> : <StudentList students={found.slice(0, limit)} label={t('roster.title')} />}
          {found.length > limit && <Button variant="secondary" onClick={() => setLimit((n) => n + PAGE)}>{t('roster.more')}</Button>}
        </>
      )}
    </div>
  );
}
