import type { Actor } from '../../access/actor.ts';
import type { Deps } from '../../ports/deps.ts';

export interface HelpLine { id: string; name: string; hotline: string | null }

/**
 * The school hotlines for a pupil or a guardian: the schools of the students the actor is (or cares for).
 * Hotlines are public (the public form lists them); only the link "this actor — these schools" is personal,
 * so the answer holds the actor's own schools and nothing else. Staff and strangers get an empty list.
 */
export async function helpLines(deps: Deps, actor: Actor): Promise<HelpLine[]> {
  const schoolIds = new Set<string>();
  for (const id of actor.studentIds) {
    const s = await deps.repos.people.getStudent(id);
    if (s) schoolIds.add(s.schoolId);
  }
  const out: HelpLine[] = [];
  for (const id of schoolIds) {
    const school = await deps.repos.org.getSchool(id);
    if (school) out.push({ id: school.id, name: school.name, hotline: school.hotline ?? null });
  }
  return out;
}
