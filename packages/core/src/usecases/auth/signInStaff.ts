import { DomainError } from '../../errors.ts';
import { roleNeedsSecondFactor } from '../../access/permissions.ts';
import { systemActor } from '../../access/actor.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';
import { assertNotLocked, clearFailures, recordFailure } from './throttle.ts';
import { issueSession, type IssuedSession } from './sessions.ts';

export interface SignInResult { session: IssuedSession; next: 'done' | 'totp' | 'totp_enrol'; userId: string }

// Verifying against a real hash when the user does not exist keeps the timing the same, so
// response time does not reveal which user names exist.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$ZmFrZWhhc2hmYWtlaGFzaGZha2VoYXNoZmFrZWhhc2g';

export async function signInStaff(deps: Deps, input: { username: string; password: string; ip: string }): Promise<SignInResult> {
  const now = deps.clock.now();
  const username = input.username.trim().toLowerCase();
  const keys = [`user:${username}`, `ip:${input.ip}`];
  await assertNotLocked(deps.repos, keys, now);
  const user = await deps.repos.users.findByUsername(username);
  const ok = user?.passwordHash && !user.disabled
    ? await deps.passwords.verify(user.passwordHash, input.password)
    : (await deps.passwords.verify(DUMMY_HASH, input.password).catch(() => false), false);
  if (!user || !ok) {
    await deps.tx(async (r) => {
      await recordFailure(r, keys, now);
      await r.audit.append(auditEntry(systemActor('sign-in'), now, 'auth.sign_in_failed', { kind: 'user', id: user?.id }, { username, ip: input.ip }));
    });
    throw new DomainError('unauthenticated', 'Sai tên đăng nhập hoặc mật khẩu / Wrong user name or password');
  }
  const grants = await deps.repos.users.grantsOf(user.id);
  const needsMfa = grants.some((g) => roleNeedsSecondFactor(g.role));
  return deps.tx(async (r) => {
    await clearFailures(r, keys);
    const session = await issueSession(deps, r, user.id, !needsMfa);
    await r.audit.append(auditEntry({ ...systemActor('sign-in'), userId: user.id, displayName: user.displayName }, now, 'auth.sign_in',
      { kind: 'user', id: user.id }, { ip: input.ip, method: 'password', mfaPending: needsMfa }));
    return { session, userId: user.id, next: !needsMfa ? 'done' : user.totpEnabled ? 'totp' : 'totp_enrol' };
  });
}
