import { describe, expect, it } from 'vitest';
import type { Actor, Location } from './actor.ts';
import { requireAccess, type LocatorPort } from './requireAccess.ts';
import { ROLE_PERMISSIONS, roleNeedsSecondFactor } from './permissions.ts';

const tree: Record<string, Location> = {
  'school:a': { provinceId: 'hn', wardId: 'bd', schoolId: 'a' },
  'school:b': { provinceId: 'hn', wardId: 'nh', schoolId: 'b' },
  'class:a1': { provinceId: 'hn', wardId: 'bd', schoolId: 'a', classId: 'a1' },
  'student:x': { provinceId: 'hn', wardId: 'bd', schoolId: 'a', classId: 'a1', studentId: 'x' },
  'student:y': { provinceId: 'hn', wardId: 'bd', schoolId: 'a', classId: 'a2', studentId: 'y' },
};
const locator: LocatorPort = { locate: async (ts) => new Map(ts.filter((t) => tree[`${t.kind}:${t.id}`]).map((t) => [`${t.kind}:${t.id}`, tree[`${t.kind}:${t.id}`]!])) };
const actor = (role: any, scopeKind: any, scopeId: string, over: Partial<Actor> = {}): Actor => ({ kind: 'user', userId: 'u', displayName: 'u', grants: [{ role, scopeKind, scopeId }], studentIds: [], mfa: true, ...over });

describe('requireAccess', () => {
  it('a class scope covers its students and nothing next to it', async () => {
    const t = actor('homeroom_teacher', 'class', 'a1');
    await expect(requireAccess(locator, t, 'student.read', [{ kind: 'student', id: 'x' }])).resolves.toBeDefined();
    await expect(requireAccess(locator, t, 'student.read', [{ kind: 'student', id: 'y' }])).rejects.toMatchObject({ code: 'forbidden' });
    await expect(requireAccess(locator, t, 'student.read', [{ kind: 'school', id: 'a' }])).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('a ward scope covers its schools, not the next ward', async () => {
    const p = actor('ward_police', 'ward', 'bd');
    await expect(requireAccess(locator, p, 'school.read', [{ kind: 'school', id: 'a' }])).resolves.toBeDefined();
    await expect(requireAccess(locator, p, 'school.read', [{ kind: 'school', id: 'b' }])).rejects.toMatchObject({ code: 'forbidden' });
    // Police see schools, never the roster.
    await expect(requireAccess(locator, p, 'student.read', [{ kind: 'student', id: 'x' }])).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('a guardian reaches exactly their own children', async () => {
    const g = actor('guardian', 'self', 'u', { studentIds: ['x'] });
    await expect(requireAccess(locator, g, 'student.read', [{ kind: 'student', id: 'x' }])).resolves.toBeDefined();
    await expect(requireAccess(locator, g, 'student.read', [{ kind: 'student', id: 'y' }])).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('an unknown id is answered exactly like a forbidden one', async () => {
    const admin = actor('school_admin', 'school', 'a');
    await expect(requireAccess(locator, admin, 'student.read', [{ kind: 'student', id: 'nope' }])).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('one forbidden target in a batch refuses the whole batch', async () => {
    const t = actor('homeroom_teacher', 'class', 'a1');
    await expect(requireAccess(locator, t, 'student.read', [{ kind: 'student', id: 'x' }, { kind: 'student', id: 'y' }])).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('sensitive permissions need a passed second factor', async () => {
    const admin = actor('school_admin', 'school', 'a', { mfa: false });
    await expect(requireAccess(locator, admin, 'audit.read', [{ kind: 'school', id: 'a' }])).rejects.toMatchObject({ code: 'mfa_required' });
    await expect(requireAccess(locator, admin, 'student.read', [{ kind: 'school', id: 'a' }])).resolves.toBeDefined();
  });

  it('roles that can read faces, cases, counselling or the audit log must use a second factor', () => {
    expect(roleNeedsSecondFactor('school_admin')).toBe(true);
    expect(roleNeedsSecondFactor('counsellor')).toBe(true);
    expect(roleNeedsSecondFactor('ward_police')).toBe(true);
    expect(roleNeedsSecondFactor('guard')).toBe(false);
    expect(ROLE_PERMISSIONS.guard).not.toContain('student.read');
  });
});
