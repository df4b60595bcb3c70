import type { School } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess, scopesWith } from '../../access/requireAccess.ts';
import { forbidden } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';

/** The schools an actor can see: the whole province, a ward's schools, or their own school. */
export async function listSchools(deps: Deps, actor: Actor): Promise<School[]> {
  const grants = scopesWith(actor, 'school.read');
  if (grants.length === 0) {
    // Guardians and students see the schools of their own children only.
    if (actor.studentIds.length === 0) throw forbidden();
    const located = await deps.repos.locator.locate(actor.studentIds.map((id) => ({ kind: 'student' as const, id })));
    const schoolIds = [...new Set([...located.values()].map((l) => l.schoolId!).filter(Boolean))];
    return deps.repos.org.listSchools({ schoolIds });
  }
  const pick = (k: string) => grants.filter((g) => g.scopeKind === k).map((g) => g.scopeId);
  const classIds = pick('class');
  const classSchools = classIds.length
    ? [...(await deps.repos.locator.locate(classIds.map((id) => ({ kind: 'class' as const, id })))).values()].map((l) => l.schoolId!)
    : [];
  return deps.repos.org.listSchools({ provinceIds: pick('province'), wardIds: pick('ward'), schoolIds: [...pick('school'), ...classSchools] });
}

/** One school with its classes and day sessions. Teachers see only their own class in the list. */
export async function getSchoolStructure(deps: Deps, actor: Actor, schoolId: string) {
  await requireAccess(deps.repos.locator, actor, 'school.read', [{ kind: 'school', id: schoolId }]).catch(async (e) => {
    // A homeroom teacher's scope is a class; they may still see their school's name and sessions.
    const classGrants = scopesWith(actor, 'school.read').filter((g) => g.scopeKind === 'class');
    const located = await deps.repos.locator.locate(classGrants.map((g) => ({ kind: 'class' as const, id: g.scopeId })));
    if (![...located.values()].some((l) => l.schoolId === schoolId)) throw e;
  });
  const [school, classes, sessions] = await Promise.all([
    deps.repos.org.getSchool(schoolId), deps.repos.org.listClasses(schoolId), deps.repos.org.listDaySessions(schoolId),
  ]);
  const classScoped = scopesWith(actor, 'school.read').every((g) => g.scopeKind === 'class');
  const visibleClasses = classScoped ? classes.filter((c) => actor.grants.some((g) => g.scopeKind === 'class' && g.scopeId === c.id)) : classes;
  const counts = await Promise.all(visibleClasses.map(async (c) => (await deps.repos.people.listStudents({ schoolId, classIds: [c.id] })).length));
  return { school: school!, sessions, classes: visibleClasses.map((c, i) => ({ ...c, students: counts[i]! })) };
}
