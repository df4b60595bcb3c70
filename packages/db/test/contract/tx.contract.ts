import { buildGuardian, type OpenStore, seedTree } from '@truongan/testkit';
import { describe, expect, it } from 'vitest';
import { at, freshStore } from './fresh.ts';

export function txContract(open: OpenStore) {
  describe('transactions', () => {
    const s = freshStore(open);
    const entry = { at: at(0), actorId: 'user_admin', actorName: 'Cô Lan', action: 'roster.imported' as const, targetKind: 'school', targetId: 's', schoolId: null, detail: {} };

    it('commits everything a unit of work wrote and returns its result', async () => {
      const { store } = s();
      const g = buildGuardian();
      const result = await store.tx(async (r) => { await r.people.upsertGuardian(g); return (await r.audit.append(entry)).seq; });
      expect(result).toBe(1);
      expect(await store.repos.people.getGuardian(g.id)).toEqual(g);
    });

    it('rolls back every write, audit rows included, when the unit of work throws', async () => {
      const { store } = s();
      const { a } = await seedTree(store.repos);
      const g = buildGuardian();
      await expect(store.tx(async (r) => {
        await r.people.upsertGuardian(g);
        await r.people.upsertStudent({ ...a.student, fullName: 'Tên bị ghi đè' });
        await r.audit.append(entry);
        throw new Error('import failed half way');
      })).rejects.toThrow('import failed half way');
      expect(await store.repos.people.getGuardian(g.id)).toBeUndefined();
      expect(await store.repos.people.getStudent(a.student.id)).toEqual(a.student);
      expect(await store.repos.audit.verify()).toEqual({ ok: true, rows: 0, firstBadSeq: null, problem: null });
      expect((await store.repos.audit.append(entry)).seq).toBe(1);
    });

    it('rolls back when a statement fails inside the unit of work', async () => {
      const { store } = s();
      const g = buildGuardian();
      await expect(store.tx(async (r) => {
        await r.people.upsertGuardian(g);
        await r.people.linkGuardian({ guardianId: g.id, studentId: 'no_such_student', relationship: 'mother', isPrimary: true });
      })).rejects.toThrow();
      expect(await store.repos.people.getGuardian(g.id)).toBeUndefined();
    });
  });
}
