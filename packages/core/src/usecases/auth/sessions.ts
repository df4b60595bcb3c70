import type { Deps } from '../../ports/deps.ts';
import type { Repos } from '../../ports/repositories.ts';

export interface IssuedSession { token: string; sessionId: string; csrfToken: string; expiresAt: string }

/** The cookie holds a random token; the database only its keyed digest, so a leaked table cannot be replayed. */
export async function issueSession(deps: Deps, repos: Repos, userId: string, mfaPassed: boolean): Promise<IssuedSession> {
  const token = deps.secrets.randomToken(32);
  const sessionId = deps.secrets.digest(`session:${token}`);
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.settings.sessionHours * 3_600_000).toISOString();
  const csrfToken = deps.secrets.randomToken(24);
  await repos.users.insertSession({ id: sessionId, userId, createdAt: now.toISOString(), expiresAt, mfaPassed, csrfToken });
  return { token, sessionId, csrfToken, expiresAt };
}

export const sessionIdOf = (deps: Deps, token: string) => deps.secrets.digest(`session:${token}`);
