import { useParams } from 'react-router-dom';
import { AuditView } from '../views/admin/AuditView.tsx';
import { ConsentOverviewView } from '../views/school/ConsentOverviewView.tsx';
import { RosterImportView } from '../views/school/RosterImportView.tsx';
import { RosterView } from '../views/school/RosterView.tsx';
import { SettingsView } from '../views/school/SettingsView.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

type Section = 'roster' | 'consent' | 'import' | 'audit' | 'settings';

/** `/schools/:schoolId/<section>`: the principal's school screens. */
export function SchoolSectionPage({ section }: { section: Section }) {
  const { schoolId } = useParams();
  if (!schoolId) return <NotFoundPage />;
  switch (section) {
    case 'roster': return <RosterView schoolId={schoolId} />;
    case 'consent': return <ConsentOverviewView schoolId={schoolId} />;
    case 'import': return <RosterImportView schoolId={schoolId} />;
    case 'audit': return <AuditView schoolId={schoolId} />;
    case 'settings': return <SettingsView schoolId={schoolId} />;
  }
}
