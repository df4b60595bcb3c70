import { useMe } from '../hooks/use-me.ts';
import type { Me } from '@truongan/contracts';
import { FEATURES } from '../features/registry.ts';
import { hasRole, homeKindOf, primaryGrant, type HomeKind } from '../lib/roles.ts';
import { AdminHome } from '../views/admin/AdminHome.tsx';
import { AreaHome } from '../views/area/AreaHome.tsx';
import { ChildrenView } from '../views/guardian/ChildrenView.tsx';
import { GuardHome } from '../views/guard/GuardHome.tsx';
import { SchoolHome } from '../views/school/SchoolHome.tsx';
import { StudentHome } from '../views/StudentHome.tsx';
import { TeacherHome } from '../views/teacher/TeacherHome.tsx';

/** `/`: the home of the user's widest role. */
export function HomePage() {
  const { me } = useMe();
  if (!me) return null;
  const kind = homeKindOf(me);
  return (
    <>
      <RoleHome kind={kind} me={me} />
      {kind && FEATURES.map((f) => {
        const Panel = f.homePanels?.[kind];
        return Panel ? <Panel key={f.name} /> : null;
      })}
    </>
  );
}

function RoleHome({ kind, me }: { kind: HomeKind | undefined; me: Me }) {
  const grant = primaryGrant(me);
  switch (kind) {
    case 'guard': return <GuardHome />;
    case 'teacher': return grant ? <TeacherHome grant={grant} /> : null;
    case 'school': return grant ? <SchoolHome schoolId={grant.scopeId} canAdmin={hasRole(me, 'school_admin')} /> : null;
    case 'guardian': return <ChildrenView />;
    case 'area': return <AreaHome />;
    case 'admin': return <AdminHome />;
    default: return <StudentHome />;
  }
}
