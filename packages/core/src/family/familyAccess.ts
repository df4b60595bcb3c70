import type { Actor, Target } from '../access/actor.ts';
import { requireAccess, scopesWith } from '../access/requireAccess.ts';
import { forbidden } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import type { ThreadRecord } from './familyRepo.ts';

/** The guardian record behind a signed-in parent, or undefined for staff. */
export async function guardianOf(deps: Deps, actor: Actor): Promise<{ id: string; fullName: string } | undefined> {
  if (actor.kind !== 'user') return undefined;
  const user = await deps.repos.users.getUser(actor.userId);
  if (!user?.guardianId) return undefined;
  const g = await deps.repos.people.getGuardian(user.guardianId);
  return g ? { id: g.id, fullName: g.fullName } : undefined;
}

export async function requireGuardian(deps: Deps, actor: Actor) {
  const g = await guardianOf(deps, actor);
  if (!g) throw forbidden('Chỉ dành cho phụ huynh / For guardians only');
  return g;
}

/** A thread sits at its class (guardian and class threads) or at its school (whole-school threads). */
export const threadTarget = (t: Pick<ThreadRecord, 'schoolId' | 'classId'>): Target =>
  (t.classId ? { kind: 'class', id: t.classId } : { kind: 'school', id: t.schoolId });

/**
 * Who may open a thread: staff with messages.send over its class or school (the principal sees every thread
 * of the school, a homeroom teacher those of the class), or a guardian who is a member. Anything else gets
 * the same `forbidden` as a thread that does not exist.
 */
export async function threadViewer(deps: Deps, actor: Actor, thread: ThreadRecord | undefined): Promise<{ staff: boolean; guardianId: string | null }> {
  if (!thread) throw forbidden();
  const g = await guardianOf(deps, actor);
  if (g) {
    if (await deps.repos.family.isMember(thread.id, g.id)) return { staff: false, guardianId: g.id };
    throw forbidden();
  }
  await requireAccess(deps.repos.locator, actor, 'messages.send', [threadTarget(thread)]);
  return { staff: true, guardianId: null };
}

/** The schools and classes where the actor may message families, for listing threads. */
export function messagingScopes(actor: Actor) {
  const grants = scopesWith(actor, 'messages.send');
  return { schoolIds: grants.filter((g) => g.scopeKind === 'school').map((g) => g.scopeId), classIds: grants.filter((g) => g.scopeKind === 'class').map((g) => g.scopeId) };
}

