import type { Grant, Me, RoleName } from '@truongan/contracts';

export type HomeKind = 'guard' | 'teacher' | 'school' | 'guardian' | 'area' | 'admin' | 'student';

const HOME: Record<RoleName, HomeKind> = {
  guard: 'guard', homeroom_teacher: 'teacher', school_admin: 'school', counsellor: 'school', guardian: 'guardian',
  student: 'student', ward_police: 'area', ward_officer: 'area', department_officer: 'area', system_admin: 'admin',
};

/** Most-privileged first, so a user with several grants lands on the widest home. */
const ORDER: RoleName[] = ['system_admin', 'department_officer', 'ward_officer', 'ward_police', 'school_admin', 'counsellor',
  'homeroom_teacher', 'guard', 'guardian', 'student'];

export function primaryGrant(me: Me): Grant | undefined {
  return [...me.grants].sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role))[0];
}

export function homeKindOf(me: Me): HomeKind | undefined {
  const g = primaryGrant(me);
  return g ? HOME[g.role] : undefined;
}

export const hasRole = (me: Me, ...roles: RoleName[]) => me.grants.some((g) => roles.includes(g.role));
