import type { StudentView } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { actorMay, requireAccess } from '../../access/requireAccess.ts';
import type { Deps } from '../../ports/deps.ts';

/** Students of a school or one class, filtered to what the actor may see (a teacher: their class). */
export async function listStudents(deps: Deps, actor: Actor, input: { schoolId: string; classId?: string }): Promise<StudentView[]> {
  const target = input.classId ? { kind: 'class' as const, id: input.classId } : { kind: 'school' as const, id: input.schoolId };
  const loc = (await requireAccess(deps.repos.locator, actor, 'student.read', [target])).get(`${target.kind}:${target.id}`)!;
  if (input.classId && loc.schoolId !== input.schoolId) return [];
  return deps.repos.people.listStudents({ schoolId: input.schoolId, classIds: input.classId ? [input.classId] : undefined });
}

/** One student with guardians. A guardian may read only their own children. */
export async function getStudent(deps: Deps, actor: Actor, studentId: string): Promise<StudentView> {
  const loc = (await requireAccess(deps.repos.locator, actor, 'student.read', [{ kind: 'student', id: studentId }])).get(`student:${studentId}`)!;
  const [view] = await deps.repos.people.listStudents({ schoolId: loc.schoolId!, studentIds: [studentId] });
  return view!;
}

/** A guardian's (or student's) own children, for the guardian app's home. */
export async function myChildren(deps: Deps, actor: Actor): Promise<StudentView[]> {
  if (actor.studentIds.length === 0) return [];
  const located = await deps.repos.locator.locate(actor.studentIds.map((id) => ({ kind: 'student' as const, id })));
  const out: StudentView[] = [];
  for (const [key, loc] of located) {
    if (!actorMay(actor, 'student.read', loc)) continue;
    const [v] = await deps.repos.people.listStudents({ schoolId: loc.schoolId!, studentIds: [key.slice('student:'.length)] });
    if (v) out.push(v);
  }
  return out;
}
