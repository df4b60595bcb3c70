import type { AuthSessionRecord, OtpRecord, RoleGrant, UserRecord, UserRepo } from '@truongan/core';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

const toUser = (r: DB['users']): UserRecord => ({
  id: r.id, kind: r.kind as UserRecord['kind'], displayName: r.display_name, username: r.username, phone: r.phone, passwordHash: r.password_hash,
  totpSecretSealed: r.totp_secret_sealed, totpEnabled: r.totp_enabled === 1, guardianId: r.guardian_id, studentId: r.student_id,
  locale: r.locale as UserRecord['locale'], disabled: r.disabled === 1, createdAt: r.created_at,
});
const userPatch = (p: Partial<UserRecord>) => {
  const o: Partial<DB['users']> = {};
  if (p.displayName !== undefined) o.display_name = p.displayName;
  if (p.passwordHash !== undefined) o.password_hash = p.passwordHash;
  if (p.totpSecretSealed !== undefined) o.totp_secret_sealed = p.totpSecretSealed;
  if (p.totpEnabled !== undefined) o.totp_enabled = p.totpEnabled ? 1 : 0;
  if (p.locale !== undefined) o.locale = p.locale;
  if (p.disabled !== undefined) o.disabled = p.disabled ? 1 : 0;
  if (p.phone !== undefined) o.phone = p.phone;
  // The rest of the record is patchable too, as the port promises; silently ignoring a field loses an update.
  if (p.username !== undefined) o.username = p.username;
  if (p.kind !== undefined) o.kind = p.kind;
  if (p.guardianId !== undefined) o.guardian_id = p.guardianId;
  if (p.studentId !== undefined) o.student_id = p.studentId;
  if (p.createdAt !== undefined) o.created_at = p.createdAt;
  return o;
};
const toSession = (r: DB['auth_sessions']): AuthSessionRecord => ({ id: r.id, userId: r.user_id, createdAt: r.created_at, expiresAt: r.expires_at, mfaPassed: r.mfa_passed === 1, csrfToken: r.csrf_token });
const toOtp = (r: DB['otp_codes']): OtpRecord => ({ id: r.id, phone: r.phone, codeHash: r.code_hash, expiresAt: r.expires_at, attempts: r.attempts, consumedAt: r.consumed_at, createdAt: r.created_at });

export function usersRepo(db: Kysely<DB>): UserRepo {
  const one = async (col: 'id' | 'username' | 'phone' | 'guardian_id', v: string) => {
    const r = await db.selectFrom('users').selectAll().where(col, '=', v).executeTakeFirst();
    return r && toUser(r);
  };
  return {
    async insertUser(u) {
      await db.insertInto('users').values({ id: u.id, kind: u.kind, display_name: u.displayName, username: u.username, phone: u.phone,
        password_hash: u.passwordHash, totp_secret_sealed: u.totpSecretSealed, totp_enabled: u.totpEnabled ? 1 : 0, guardian_id: u.guardianId,
        student_id: u.studentId, locale: u.locale, disabled: u.disabled ? 1 : 0, created_at: u.createdAt }).execute();
    },
    async updateUser(id, patch) { const p = userPatch(patch); if (Object.keys(p).length) await db.updateTable('users').set(p).where('id', '=', id).execute(); },
    getUser: (id) => one('id', id),
    findByUsername: (u) => one('username', u),
    findByPhone: (p) => one('phone', p),
    findByGuardianId: (g) => one('guardian_id', g),
    async grantRole(userId, g: RoleGrant) {
      await db.insertInto('role_grants').values({ user_id: userId, role: g.role, scope_kind: g.scopeKind, scope_id: g.scopeId })
        .onConflict((oc) => oc.columns(['user_id', 'role', 'scope_id']).doNothing()).execute();
    },
    async grantsOf(userId) {
      const rows = await db.selectFrom('role_grants').selectAll().where('user_id', '=', userId).execute();
      return rows.map((r) => ({ role: r.role as RoleGrant['role'], scopeKind: r.scope_kind as RoleGrant['scopeKind'], scopeId: r.scope_id }));
    },
    async insertSession(s) {
      await db.insertInto('auth_sessions').values({ id: s.id, user_id: s.userId, created_at: s.createdAt, expires_at: s.expiresAt, mfa_passed: s.mfaPassed ? 1 : 0, csrf_token: s.csrfToken }).execute();
    },
    async getSession(id) { const r = await db.selectFrom('auth_sessions').selectAll().where('id', '=', id).executeTakeFirst(); return r && toSession(r); },
    async updateSession(id, p) {
      const o: Partial<DB['auth_sessions']> = {};
      if (p.mfaPassed !== undefined) o.mfa_passed = p.mfaPassed ? 1 : 0;
      if (p.expiresAt !== undefined) o.expires_at = p.expiresAt;
      if (p.csrfToken !== undefined) o.csrf_token = p.csrfToken;
      if (Object.keys(o).length) await db.updateTable('auth_sessions').set(o).where('id', '=', id).execute();
    },
    async deleteSession(id) { await db.deleteFrom('auth_sessions').where('id', '=', id).execute(); },
    async insertOtp(o) {
      await db.insertInto('otp_codes').values({ id: o.id, phone: o.phone, code_hash: o.codeHash, expires_at: o.expiresAt, attempts: o.attempts, consumed_at: o.consumedAt, created_at: o.createdAt }).execute();
    },
    async latestOtp(phone) {
      const r = await db.selectFrom('otp_codes').selectAll().where('phone', '=', phone).orderBy('created_at', 'desc').executeTakeFirst();
      return r && toOtp(r);
    },
    async countOtpsSince(phone, since) {
      const r = await db.selectFrom('otp_codes').select((eb) => eb.fn.countAll<number>().as('n')).where('phone', '=', phone).where('created_at', '>=', since).executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async updateOtp(id, p) {
      const o: Partial<DB['otp_codes']> = {};
      if (p.attempts !== undefined) o.attempts = p.attempts;
      if (p.consumedAt !== undefined) o.consumed_at = p.consumedAt;
      await db.updateTable('otp_codes').set(o).where('id', '=', id).execute();
    },
    async getThrottle(key) {
      const r = await db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
      return r && { key: r.key, failures: r.failures, lockedUntil: r.locked_until, updatedAt: r.updated_at };
    },
    async putThrottle(t) {
      const row = { failures: t.failures, locked_until: t.lockedUntil, updated_at: t.updatedAt };
      await db.insertInto('login_throttle').values({ key: t.key, ...row }).onConflict((oc) => oc.column('key').doUpdateSet(row)).execute();
    },
    async clearThrottle(key) { await db.deleteFrom('login_throttle').where('key', '=', key).execute(); },
    async deleteExpired(now) {
      const s = await db.deleteFrom('auth_sessions').where('expires_at', '<=', now).executeTakeFirst();
      const o = await db.deleteFrom('otp_codes').where('expires_at', '<=', now).executeTakeFirst();
      return { sessions: Number(s.numDeletedRows), otps: Number(o.numDeletedRows) };
    },
  };
}
