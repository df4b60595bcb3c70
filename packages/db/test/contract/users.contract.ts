import type { UserRecord } from '@truongan/core';
import { buildGuardian, type OpenStore, uniqueId } from '@truongan/testkit';
import { describe, expect, it } from 'vitest';
import { at, freshStore } from './fresh.ts';

const staff = (o: Partial<UserRecord> = {}): UserRecord => ({
  id: uniqueId('user'), kind: 'staff', displayName: 'Cô Nguyễn Thị Lan', username: uniqueId('lan'), phone: null,
  passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', totpSecretSealed: null, totpEnabled: false,
  guardianId: null, studentId: null, locale: 'vi', disabled: false, createdAt: at(0), ...o,
});

export function usersContract(open: OpenStore) {
  describe('users', () => {
    const s = freshStore(open);

    it('round-trips users and finds them by username, phone and guardian', async () => {
      const { users, people } = s().store.repos;
      const g = buildGuardian();
      await people.upsertGuardian(g);
      const teacher = staff({ totpSecretSealed: 'sealed:abc', totpEnabled: true, locale: 'en' });
      const parent = staff({ kind: 'guardian', displayName: g.fullName, username: null, passwordHash: null, phone: g.phone, guardianId: g.id, disabled: true });
      await users.insertUser(teacher);
      await users.insertUser(parent);
      expect(await users.getUser(teacher.id)).toEqual(teacher);
      expect(await users.findByUsername(teacher.username!)).toEqual(teacher);
      expect(await users.findByPhone(g.phone!)).toEqual(parent);
      expect(await users.findByGuardianId(g.id)).toEqual(parent);
      expect(await users.getUser('no_such_user')).toBeUndefined();
      expect(await users.findByUsername(teacher.username!.toUpperCase())).toBeUndefined();
      expect(await users.findByPhone('84900000001')).toBeUndefined();
    });

    it('refuses a second user with the same username', async () => {
      const { users } = s().store.repos;
      const first = staff();
      await users.insertUser(first);
      await expect(users.insertUser(staff({ username: first.username }))).rejects.toThrow();
    });

    it('updates only the fields in the patch', async () => {
      const { users } = s().store.repos;
      const u = staff();
      await users.insertUser(u);
      const patch = { displayName: 'Thầy Phạm Quốc Hưng', passwordHash: '$argon2id$new', totpSecretSealed: 'sealed:xyz', totpEnabled: true,
        locale: 'en' as const, disabled: true, phone: '84987654321', username: 'hung.pham' };
      await users.updateUser(u.id, patch);
      expect(await users.getUser(u.id)).toEqual({ ...u, ...patch });
      await users.updateUser(u.id, { totpSecretSealed: null, totpEnabled: false });
      expect(await users.getUser(u.id)).toEqual({ ...u, ...patch, totpSecretSealed: null, totpEnabled: false });
      await users.updateUser(u.id, {});
      expect((await users.getUser(u.id))?.displayName).toBe('Thầy Phạm Quốc Hưng');
    });

    it('grants roles idempotently, per user', async () => {
      const { users } = s().store.repos;
      const u = staff(), other = staff();
      await users.insertUser(u);
      await users.insertUser(other);
      const g1 = { role: 'homeroom_teacher' as const, scopeKind: 'class' as const, scopeId: 'class_10a1' };
      const g2 = { role: 'guard' as const, scopeKind: 'school' as const, scopeId: 'school_cva' };
      await users.grantRole(u.id, g1);
      await users.grantRole(u.id, g1);
      await users.grantRole(u.id, g2);
      await users.grantRole(other.id, { role: 'ward_police', scopeKind: 'ward', scopeId: 'ward_pdp' });
      expect((await users.grantsOf(u.id)).sort((a, b) => a.role.localeCompare(b.role))).toEqual([g2, g1]);
      expect(await users.grantsOf('no_such_user')).toEqual([]);
    });

    it('keeps sign-in sessions: insert, read, extend, pass MFA, delete', async () => {
      const { users } = s().store.repos;
      const u = staff();
      await users.insertUser(u);
      const session = { id: uniqueId('sess'), userId: u.id, createdAt: at(0), expiresAt: at(3600), mfaPassed: false, csrfToken: 'csrf-1' };
      await users.insertSession(session);
      expect(await users.getSession(session.id)).toEqual(session);
      // Passing the second factor rotates the CSRF token along with the MFA flag.
      await users.updateSession(session.id, { mfaPassed: true, expiresAt: at(7200), csrfToken: 'csrf-2' });
      expect(await users.getSession(session.id)).toEqual({ ...session, mfaPassed: true, expiresAt: at(7200), csrfToken: 'csrf-2' });
      await users.deleteSession(session.id);
      expect(await users.getSession(session.id)).toBeUndefined();
    });

    it('keeps one-time codes: the latest per phone, counts in a window, attempts and consumption', async () => {
      const { users } = s().store.repos;
      const phone = '84912000111';
      const otp = (n: number) => ({ id: uniqueId('otp'), phone, codeHash: `hash${n}`, expiresAt: at(n + 300), attempts: 0, consumedAt: null, createdAt: at(n) });
      const first = otp(0), second = otp(60), third = otp(120);
      for (const o of [second, first, third]) await users.insertOtp(o);
      await users.insertOtp({ ...otp(500), phone: '84912000222' });
      expect(await users.latestOtp(phone)).toEqual(third);
      expect(await users.countOtpsSince(phone, at(60))).toBe(2);
      expect(await users.countOtpsSince(phone, at(1000))).toBe(0);
      await users.updateOtp(third.id, { attempts: 2 });
      await users.updateOtp(third.id, { consumedAt: at(130) });
      expect(await users.latestOtp(phone)).toEqual({ ...third, attempts: 2, consumedAt: at(130) });
      expect(await users.latestOtp('84900000000')).toBeUndefined();
    });

    it('keeps sign-in throttles: put replaces, clear removes', async () => {
      const { users } = s().store.repos;
      const key = 'login:lan.nguyen';
      expect(await users.getThrottle(key)).toBeUndefined();
      await users.putThrottle({ key, failures: 1, lockedUntil: null, updatedAt: at(0) });
      await users.putThrottle({ key, failures: 5, lockedUntil: at(900), updatedAt: at(10) });
      expect(await users.getThrottle(key)).toEqual({ key, failures: 5, lockedUntil: at(900), updatedAt: at(10) });
      await users.clearThrottle(key);
      expect(await users.getThrottle(key)).toBeUndefined();
    });
  });
}
