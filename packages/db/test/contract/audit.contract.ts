import { randomBytes } from 'node:crypto';
import type { AuditInput } from '@truongan/core';
import { chainHash, makeStore } from '@truongan/db';
import type { OpenStore } from '@truongan/testkit';
import { describe, expect, it } from 'vitest';
import { at, freshStore } from './fresh.ts';

const input = (n: number, o: Partial<AuditInput> = {}): AuditInput => ({
  at: at(n), actorId: 'user_lan', actorName: 'Cô Nguyễn Thị Lan', action: 'face.read', targetKind: 'student', targetId: `student_${n}`,
  schoolId: 'school_cva', detail: { reason: 'xác minh tại cổng', n }, ...o,
});

export function auditContract(open: OpenStore) {
  describe('audit log', () => {
    const s = freshStore(open);
    /** Five rows through the repository, the way the product writes them. */
    const fiveRows = async () => { for (let n = 1; n <= 5; n++) await s().store.tx((r) => r.audit.append(input(n))); };
    const raw = () => s().database.db;

    it('appends with increasing seq and lists newest first with filters', async () => {
      const { audit } = s().store.repos;
      const e1 = await audit.append(input(1));
      const e2 = await audit.append(input(2, { action: 'settings.changed', schoolId: 'school_nd', detail: { key: 'gate' } }));
      const e3 = await audit.append(input(3, { schoolId: null }));
      expect([e1.seq, e2.seq, e3.seq]).toEqual([1, 2, 3]);
      expect(e1).toMatchObject({ actorName: 'Cô Nguyễn Thị Lan', action: 'face.read', detail: { reason: 'xác minh tại cổng', n: 1 } });
      expect(new Set([e1.hash, e2.hash, e3.hash]).size).toBe(3);
      expect(await audit.list({ limit: 10 })).toEqual([e3, e2, e1]);
      expect(await audit.list({ limit: 2 })).toEqual([e3, e2]);
      expect(await audit.list({ limit: 10, beforeSeq: 3 })).toEqual([e2, e1]);
      expect(await audit.list({ limit: 10, schoolIds: ['school_cva'] })).toEqual([e1]);
      expect(await audit.list({ limit: 10, schoolIds: [] })).toEqual([]);
      expect(await audit.list({ limit: 10, action: 'settings.changed' })).toEqual([e2]);
    });

    it('verifies an empty log and an intact log', async () => {
      expect(await s().store.repos.audit.verify()).toEqual({ ok: true, rows: 0, firstBadSeq: null, problem: null });
      await fiveRows();
      expect(await s().store.repos.audit.verify()).toEqual({ ok: true, rows: 5, firstBadSeq: null, problem: null });
    });

    it('detects an altered field of a middle row', async () => {
      await fiveRows();
      await raw().updateTable('audit_log').set({ actor_name: 'Người khác' }).where('seq', '=', 3).execute();
      expect(await s().store.repos.audit.verify()).toMatchObject({ ok: false, firstBadSeq: 3, problem: expect.stringMatching(/altered/) });
    });

    it('detects altered detail, even with the row hash left as it was', async () => {
      await fiveRows();
      await raw().updateTable('audit_log').set({ detail: JSON.stringify({ reason: 'không có gì', n: 2 }) }).where('seq', '=', 2).execute();
      expect(await s().store.repos.audit.verify()).toMatchObject({ ok: false, firstBadSeq: 2 });
    });

    it('detects a deleted middle row', async () => {
      await fiveRows();
      await raw().deleteFrom('audit_log').where('seq', '=', 3).execute();
      expect(await s().store.repos.audit.verify()).toMatchObject({ ok: false, firstBadSeq: 3, problem: expect.stringMatching(/missing/) });
    });

    it('detects deleted last rows', async () => {
      await fiveRows();
      await raw().deleteFrom('audit_log').where('seq', '>=', 4).execute();
      expect(await s().store.repos.audit.verify()).toMatchObject({ ok: false, rows: 3, problem: expect.stringMatching(/removed/) });
      await raw().deleteFrom('audit_log').execute();
      expect(await s().store.repos.audit.verify()).toMatchObject({ ok: false, rows: 0 });
    });

    it('detects deleted last rows even when the head is pointed back at the new last row', async () => {
      await fiveRows();
      const third = await raw().selectFrom('audit_log').selectAll().where('seq', '=', 3).executeTakeFirstOrThrow();
      await raw().deleteFrom('audit_log').where('seq', '>=', 4).execute();
      await raw().updateTable('audit_head').set({ seq: 3, hash: third.hash }).where('id', '=', 1).execute();
      expect(await s().store.repos.audit.verify()).toMatchObject({ ok: false, firstBadSeq: 3, problem: expect.stringMatching(/removed/) });
    });

    it('detects a row inserted out of chain, even when the head is moved to it', async () => {
      await fiveRows();
      const last = await raw().selectFrom('audit_log').selectAll().where('seq', '=', 5).executeTakeFirstOrThrow();
      // Someone with database access but without the key: the chain links, the HMAC cannot be right.
      const forged = { ...last, seq: 6, actor_name: 'Kẻ giả mạo', prev_hash: last.hash };
      const hash = chainHash(new Uint8Array(randomBytes(32)), last.hash, forged);
      await raw().insertInto('audit_log').values({ ...forged, hash }).execute();
      await raw().updateTable('audit_head').set({ seq: 6, hash }).where('id', '=', 1).execute();
      expect(await s().store.repos.audit.verify()).toMatchObject({ ok: false, firstBadSeq: 6 });
    });

    it('detects a middle row replaced by one that does not follow its predecessor', async () => {
      await fiveRows();
      const row = await raw().selectFrom('audit_log').selectAll().where('seq', '=', 4).executeTakeFirstOrThrow();
      await raw().deleteFrom('audit_log').where('seq', '=', 3).execute();
      await raw().insertInto('audit_log').values({ ...row, seq: 3 }).execute();
      expect(await s().store.repos.audit.verify()).toMatchObject({ ok: false, firstBadSeq: 3 });
    });

    it('fails to verify under another key: the chain cannot be rebuilt without the key', async () => {
      await fiveRows();
      const impostor = makeStore(s().database, { auditKey: new Uint8Array(randomBytes(32)) });
      expect(await impostor.repos.audit.verify()).toMatchObject({ ok: false, firstBadSeq: 1 });
    });

    it('keeps the chain intact under concurrent appends from parallel transactions', async () => {
      const { store } = s();
      const writers = 8, each = 3;
      const seqs = (await Promise.all(Array.from({ length: writers }, (_, w) => store.tx(async (r) => {
        const got: number[] = [];
        for (let i = 0; i < each; i++) {
          got.push((await r.audit.append(input(w * 10 + i, { actorId: `writer_${w}` }))).seq);
          await new Promise((done) => setTimeout(done, 1)); // let the other transactions try to interleave
        }
        return got;
      })))).flat();
      expect(seqs.sort((x, y) => x - y)).toEqual(Array.from({ length: writers * each }, (_, i) => i + 1));
      expect(await store.repos.audit.verify()).toEqual({ ok: true, rows: writers * each, firstBadSeq: null, problem: null });
    });
  });
}
