import { DomainError, invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';
import { systemActor } from '../../access/actor.ts';
import { normalisePhone } from '../../util/phone.ts';
import { assertNotLocked, clearFailures, recordFailure } from './throttle.ts';
import { issueSession, type IssuedSession } from './sessions.ts';

export const OTP_TTL_MS = 5 * 60_000;
export const OTP_MAX_ATTEMPTS = 5;
export const OTP_MAX_PER_HOUR = 5;

const badPhone = () => invalidInput('Số điện thoại không hợp lệ / Invalid phone number', [{ path: 'phone', message: 'expected 0xxxxxxxxx' }]);

/**
 * Sends a sign-in code to a guardian's phone through the notification channels. The answer is the same
 * whether the number is registered or not, so the form cannot be used to find out who is a parent here.
 */
export async function requestGuardianOtp(deps: Deps, input: { phone: string; ip: string }): Promise<void> {
  const phone = normalisePhone(input.phone);
  if (!phone) throw badPhone();
  const now = deps.clock.now();
  await assertNotLocked(deps.repos, [`ip:${input.ip}`], now);
  const guardian = await deps.repos.people.findGuardianByPhone(phone);
  if (!guardian) return;
  const sentLastHour = await deps.repos.users.countOtpsSince(phone, new Date(now.getTime() - 3_600_000).toISOString());
  if (sentLastHour >= OTP_MAX_PER_HOUR) {
    throw new DomainError('rate_limited', 'Đã gửi quá nhiều mã, hãy thử lại sau / Too many codes sent, try later', { retryAfterSeconds: 3600 });
  }
  const code = deps.secrets.randomDigits(6);
  await deps.tx(async (r) => {
    const id = deps.ids.next();
    await r.users.insertOtp({ id, phone, codeHash: deps.secrets.digest(`otp:${phone}:${code}`), expiresAt: new Date(now.getTime() + OTP_TTL_MS).toISOString(), attempts: 0, consumedAt: null, createdAt: now.toISOString() });
    await r.outbox.enqueue({
      id: deps.ids.next(), idempotencyKey: `otp:${id}`, channel: deps.settings.demoOutbox ? 'dev' : 'sms', recipient: phone, template: 'guardian_otp',
      body: `Trường An: mã đăng nhập của bạn là ${code}, hiệu lực 5 phút. Không đưa mã này cho bất kỳ ai, kể cả người xưng là giáo viên hay công an.`,
      data: { code }, status: 'pending', createdAt: now.toISOString(),
    });
    await r.audit.append(auditEntry(systemActor('sign-in'), now, 'auth.otp_sent', { kind: 'guardian', id: guardian.id }, { phoneLast4: phone.slice(-4) }));
  });
}

export async function verifyGuardianOtp(deps: Deps, input: { phone: string; code: string; ip: string }): Promise<{ session: IssuedSession; userId: string }> {
  const phone = normalisePhone(input.phone);
  if (!phone) throw badPhone();
  const now = deps.clock.now();
  const keys = [`otp:${phone}`, `ip:${input.ip}`];
  await assertNotLocked(deps.repos, keys, now);
  const otp = await deps.repos.users.latestOtp(phone);
  const wrong = new DomainError('unauthenticated', 'Mã không đúng hoặc đã hết hạn / Wrong or expired code');
  if (!otp || otp.consumedAt || new Date(otp.expiresAt) <= now || otp.attempts >= OTP_MAX_ATTEMPTS) {
    await recordFailure(deps.repos, keys, now);
    throw wrong;
  }
  if (otp.codeHash !== deps.secrets.digest(`otp:${phone}:${input.code}`)) {
    await deps.repos.users.updateOtp(otp.id, { attempts: otp.attempts + 1 });
    await recordFailure(deps.repos, keys, now);
    throw wrong;
  }
  const guardian = await deps.repos.people.findGuardianByPhone(phone);
  if (!guardian) throw wrong;
  return deps.tx(async (r) => {
    await r.users.updateOtp(otp.id, { consumedAt: now.toISOString() });
    await clearFailures(r, keys);
    let user = await r.users.findByGuardianId(guardian.id);
    if (!user) {
      user = { id: deps.ids.next(), kind: 'guardian', displayName: guardian.fullName, username: null, phone, passwordHash: null,
        totpSecretSealed: null, totpEnabled: false, guardianId: guardian.id, studentId: null, locale: 'vi', disabled: false, createdAt: now.toISOString() };
      await r.users.insertUser(user);
      await r.users.grantRole(user.id, { role: 'guardian', scopeKind: 'self', scopeId: user.id });
    }
    // A phone-delivered one-time code is a possession factor: the session counts as second-factor verified.
    const session = await issueSession(deps, r, user.id, true);
    await r.audit.append(auditEntry({ ...systemActor('sign-in'), userId: user.id, displayName: user.displayName }, now, 'auth.sign_in', { kind: 'user', id: user.id }, { ip: input.ip, method: 'phone_otp' }));
    return { session, userId: user.id };
  });
}
