import type { Actor } from '../../access/actor.ts';
import type { Deps } from '../../ports/deps.ts';
import type { AuthSessionRecord, UserRecord } from '../../ports/repositories.ts';
import { sessionIdOf } from './sessions.ts';

export interface LoadedSession { actor: Actor; session: AuthSessionRecord; user: UserRecord }

/** Resolves a session cookie into an actor; undefined when the token is unknown, expired or the user disabled. */
export async function loadActor(deps: Deps, token: string): Promise<LoadedSession | undefined> {
  const session = await deps.repos.users.getSession(sessionIdOf(deps, token));
  if (!session || new Date(session.expiresAt) <= deps.clock.now()) return undefined;
  const user = await deps.repos.users.getUser(session.userId);
  if (!user || user.disabled) return undefined;
  const grants = await deps.repos.users.grantsOf(user.id);
  let studentIds: string[] = [];
  if (user.guardianId) studentIds = await deps.repos.people.studentIdsOfGuardian(user.guardianId);
  else if (user.studentId) studentIds = [user.studentId];
  return { session, user, actor: { kind: 'user', userId: user.id, displayName: user.displayName, grants, studentIds, mfa: session.mfaPassed } };
}

export async function signOut(deps: Deps, token: string): Promise<void> {
  await deps.repos.users.deleteSession(sessionIdOf(deps, token));
}
