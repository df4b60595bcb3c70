import { DomainError, invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';
import { systemActor } from '../../access/actor.ts';
import { assertNotLocked, clearFailures, recordFailure } from './throttle.ts';

async function sessionUser(deps: Deps, sessionId: string) {
  const session = await deps.repos.users.getSession(sessionId);
  if (!session || new Date(session.expiresAt) <= deps.clock.now()) throw new DomainError('unauthenticated', 'Phiên đăng nhập đã hết hạn / Session expired');
  const user = await deps.repos.users.getUser(session.userId);
  if (!user || user.disabled) throw new DomainError('unauthenticated', 'Phiên đăng nhập không hợp lệ / Invalid session');
  return { session, user };
}

/** Second step of a staff sign-in: a TOTP code from the authenticator app. */
export async function verifyTotp(deps: Deps, input: { sessionId: string; code: string }): Promise<void> {
  const now = deps.clock.now();
  const { user } = await sessionUser(deps, input.sessionId);
  if (!user.totpEnabled || !user.totpSecretSealed) throw invalidInput('Chưa thiết lập xác thực hai lớp / Second factor not set up');
  const keys = [`totp:${user.id}`];
  await assertNotLocked(deps.repos, keys, now);
  if (!deps.totp.check(deps.secrets.openText(user.totpSecretSealed), input.code, now)) {
    await recordFailure(deps.repos, keys, now);
    throw new DomainError('unauthenticated', 'Mã xác thực không đúng / Wrong code');
  }
  await deps.tx(async (r) => {
    await clearFailures(r, keys);
    await r.users.updateSession(input.sessionId, { mfaPassed: true });
  });
}

/** First sign-in of a role that needs a second factor: create a secret to show as a QR code. */
export async function startTotpEnrolment(deps: Deps, input: { sessionId: string }): Promise<{ secret: string; otpauthUrl: string }> {
  const { user } = await sessionUser(deps, input.sessionId);
  if (user.totpEnabled) throw new DomainError('conflict', 'Đã thiết lập xác thực hai lớp / Second factor already set up');
  const secret = deps.totp.newSecret();
  await deps.repos.users.updateUser(user.id, { totpSecretSealed: deps.secrets.sealText(secret) });
  return { secret, otpauthUrl: deps.totp.otpauthUrl(secret, user.username ?? user.id) };
}

export async function confirmTotpEnrolment(deps: Deps, input: { sessionId: string; code: string }): Promise<void> {
  const now = deps.clock.now();
  const { user } = await sessionUser(deps, input.sessionId);
  if (user.totpEnabled || !user.totpSecretSealed) throw invalidInput('Hãy bắt đầu thiết lập lại / Start the set-up again');
  if (!deps.totp.check(deps.secrets.openText(user.totpSecretSealed), input.code, now)) {
    throw new DomainError('unauthenticated', 'Mã xác thực không đúng / Wrong code');
  }
  await deps.tx(async (r) => {
    await r.users.updateUser(user.id, { totpEnabled: true });
    await r.users.updateSession(input.sessionId, { mfaPassed: true });
    await r.audit.append(auditEntry({ ...systemActor('sign-in'), userId: user.id, displayName: user.displayName }, now, 'auth.totp_enrolled', { kind: 'user', id: user.id }));
  });
}
