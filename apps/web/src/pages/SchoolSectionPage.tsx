import { useParams } from 'react-router-dom';
import { AuditView } from '../views/admin/AuditView.tsx';
import { CamerasView } from '../views/school/CamerasView.tsx';
import { EnrolmentView } from '../views/school/EnrolmentView.tsx';
import { GateView } from '../views/school/GateView.tsx';
import { ConsentOverviewView } from '../views/school/ConsentOverviewView.tsx';
import { RosterImportView } from '../views/school/RosterImportView.tsx';
import { RosterView } from '../views/school/RosterView.tsx';
import { SettingsView } from '../views/school/SettingsView.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

export type Section = 'roster' | 'consent' | 'import' | 'audit' | 'settings' | 'cameras' | 'enrolment' | 'gate';

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
    case 'cameras': return <CamerasView schoolId={schoolId} />;
    case 'enrolment': return <EnrolmentView schoolId={schoolId} />;
    case 'gate': return <GateView schoolId={schoolId} />;
  }
}

