import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditInput, AuditRepo } from '@truongan/core';
import type { AuditEntry, AuditVerifyResult } from '@truongan/contracts';
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.ts';
import type { DB } from '../schema.ts';

type Row = DB['audit_log'];

/**
 * Each row's hash is an HMAC (key in the data folder) over the previous hash and the row's fields, so
 * editing, inserting or deleting any row breaks the chain, and someone with database access but without
 * the key cannot rebuild it. audit_head points at the newest row, so cutting off the tail is detected too.
 */
export function chainHash(key: Uint8Array, prevHash: string, r: Omit<Row, 'hash' | 'prev_hash'>): string {
  const canonical = JSON.stringify([r.seq, r.at, r.actor_id, r.actor_name, r.action, r.target_kind, r.target_id, r.school_id, r.detail]);
  return createHmac('sha256', key).update(prevHash).update('|').update(canonical).digest('hex');
}

/** The head is sealed as well, so nobody without the key can point it back at an earlier row after cutting off the tail. */
export const headMac = (key: Uint8Array, seq: number, hash: string) => createHmac('sha256', key).update(`head|${seq}|${hash}`).digest('hex');

const toEntry = (r: Row): AuditEntry => ({ seq: r.seq, at: r.at, actorId: r.actor_id, actorName: r.actor_name, action: r.action as AuditEntry['action'],
  targetKind: r.target_kind, targetId: r.target_id, schoolId: r.school_id, detail: JSON.parse(r.detail), hash: r.hash });

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function auditRepo(db: Kysely<DB>, dialect: Dialect, key: Uint8Array): AuditRepo {
  return {
    async append(e: AuditInput) {
      // Callers run inside a transaction; on PostgreSQL the row lock serialises concurrent appends,
      // on SQLite the single writer already does.
      let q = db.selectFrom('audit_head').selectAll().where('id', '=', 1);
      if (dialect === 'postgres') q = q.forUpdate();
      const head = await q.executeTakeFirstOrThrow();
      const base = { seq: Number(head.seq) + 1, at: e.at, actor_id: e.actorId, actor_name: e.actorName, action: e.action,
        target_kind: e.targetKind, target_id: e.targetId, school_id: e.schoolId, detail: JSON.stringify(e.detail) };
      const hash = chainHash(key, head.hash, base);
      const row: Row = { ...base, prev_hash: head.hash, hash };
      await db.insertInto('audit_log').values(row).execute();
      await db.updateTable('audit_head').set({ seq: row.seq, hash, mac: headMac(key, row.seq, hash) }).where('id', '=', 1).execute();
      return toEntry(row);
    },
    async list(f) {
      let q = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(f.limit);
      if (f.schoolIds) q = q.where('school_id', 'in', f.schoolIds.length ? f.schoolIds : ['']);
      if (f.beforeSeq) q = q.where('seq', '<', f.beforeSeq);
      if (f.action) q = q.where('action', '=', f.action);
      return (await q.execute()).map(toEntry);
    },
    async verify(): Promise<AuditVerifyResult> {
      let prev = 'genesis';
      let expectedSeq = 1;
      let rows = 0;
      const bad = (seq: number | null, problem: string): AuditVerifyResult => ({ ok: false, rows, firstBadSeq: seq, problem });
      for (;;) {
        const batch = await db.selectFrom('audit_log').selectAll().where('seq', '>=', expectedSeq).orderBy('seq').limit(2000).execute();
        if (batch.length === 0) break;
        for (const r of batch) {
          const seq = Number(r.seq);
          if (seq !== expectedSeq) return bad(expectedSeq, `row ${expectedSeq} is missing (next row is ${seq})`);
          if (!same(r.prev_hash, prev)) return bad(seq, `row ${seq} does not follow row ${seq - 1}`);
          const { hash: _h, prev_hash: _p, ...fields } = r;
          if (!same(chainHash(key, prev, { ...fields, seq }), r.hash)) return bad(seq, `row ${seq} was altered`);
          prev = r.hash;
          expectedSeq++;
          rows++;
        }
      }
      const head = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
      if (!head || Number(head.seq) !== expectedSeq - 1 || head.hash !== prev) {
        return bad(expectedSeq, `the log ends at row ${expectedSeq - 1} but the head says ${head?.seq ?? 'nothing'}: rows were removed from the end`);
      }
      if (head.seq > 0 && !same(head.mac, headMac(key, Number(head.seq), head.hash))) {
        return bad(Number(head.seq), `the head was moved to row ${head.seq} without the key: rows were removed from the end`);
      }
      return { ok: true, rows, firstBadSeq: null, problem: null };
    },
  };
}
