import type { AttemptRecord, DispatchPatch, DispatchRow, NotifyRepo } from '@truongan/core';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Dialect } from '../database.ts';
import type { DB } from '../schema.ts';

type Row = Selectable<DB['outbox']>;
const DUE = ['pending', 'awaiting', 'held'];

const toRow = (r: Row): DispatchRow => ({
  id: r.id, idempotencyKey: r.idempotency_key, channel: r.channel as DispatchRow['channel'], recipient: r.recipient, template: r.template, body: r.body,
  data: JSON.parse(r.data), status: r.status as DispatchRow['status'], createdAt: r.created_at, attempts: Number(r.attempts),
  chain: r.chain ? JSON.parse(r.chain) : null, chainPos: Number(r.chain_pos), tryNo: Number(r.try_no), nextAttemptAt: r.next_attempt_at,
  leaseOwner: r.lease_owner, leaseUntil: r.lease_until, handedAt: r.handed_at, deadReason: r.dead_reason, lastError: r.last_error,
});
const toAttempt = (a: Selectable<DB['delivery_attempts']>): AttemptRecord => ({
  id: a.id, outboxId: a.outbox_id, channel: a.channel as AttemptRecord['channel'], chainPos: Number(a.chain_pos), tryNo: Number(a.try_no),
  status: a.status as AttemptRecord['status'], providerId: a.provider_id, detail: a.detail, startedAt: a.started_at, finishedAt: a.finished_at,
});
function toColumns(p: DispatchPatch) {
  const c: Record<string, unknown> = {};
  if (p.status !== undefined) c.status = p.status;
  if (p.attempts !== undefined) c.attempts = p.attempts;
  if (p.chain !== undefined) c.chain = p.chain === null ? null : JSON.stringify(p.chain);
  if (p.chainPos !== undefined) c.chain_pos = p.chainPos;
  if (p.tryNo !== undefined) c.try_no = p.tryNo;
  if (p.nextAttemptAt !== undefined) c.next_attempt_at = p.nextAttemptAt;
  if (p.handedAt !== undefined) c.handed_at = p.handedAt;
  if (p.deadReason !== undefined) c.dead_reason = p.deadReason;
  if (p.lastError !== undefined) c.last_error = p.lastError;
  return c;
}

/**
 * The claim is one UPDATE … WHERE id IN (SELECT … LIMIT n) RETURNING: atomic on SQLite (one writer) and, with
 * FOR UPDATE SKIP LOCKED on PostgreSQL, several workers take disjoint batches without waiting on each other.
 * The lease condition is repeated in the outer WHERE because PostgreSQL re-checks only that one after a lock wait.
 */
export function notifyRepo(db: Kysely<DB>, dialect: Dialect): NotifyRepo {
  const skipLocked = dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const free = (now: string) => sql`(lease_until is null or lease_until < ${now})`;
  return {
    async claimDue(owner, now, leaseUntil, limit) {
      const { rows } = await sql<Row>`update outbox set lease_owner = ${owner}, lease_until = ${leaseUntil}
        where id in (select id from outbox where status in ('pending', 'awaiting', 'held') and next_attempt_at <= ${now} and ${free(now)}
                     order by next_attempt_at limit ${limit} ${skipLocked})
          and ${free(now)} returning *`.execute(db);
      return rows.map(toRow);
    },
    async claimOne(id, owner, now, leaseUntil) {
      const { rows } = await sql<Row>`update outbox set lease_owner = ${owner}, lease_until = ${leaseUntil}
        where id = ${id} and status in ('pending', 'awaiting', 'held') and next_attempt_at <= ${now} and ${free(now)} returning *`.execute(db);
      return rows[0] ? toRow(rows[0]) : undefined;
    },
    async release(id, owner, patch) {
      const r = await db.updateTable('outbox').set({ ...toColumns(patch), lease_owner: null, lease_until: null } as any)
        .where('id', '=', id).where('lease_owner', '=', owner).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async renew(id, owner, now, leaseUntil) {
      const r = await db.updateTable('outbox').set({ lease_until: leaseUntil }).where('id', '=', id).where('lease_owner', '=', owner)
        .where('lease_until', '>', now).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async get(id) {
      const r = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toRow(r) : undefined;
    },
    async insertAttempt(a) {
      await db.insertInto('delivery_attempts').values({ id: a.id, outbox_id: a.outboxId, channel: a.channel, chain_pos: a.chainPos, try_no: a.tryNo,
        status: a.status, provider_id: a.providerId, detail: a.detail, started_at: a.startedAt, finished_at: a.finishedAt }).execute();
    },
    async insertAttemptIfOwner(a, owner, now) {
      const r = await sql`insert into delivery_attempts (id, outbox_id, channel, chain_pos, try_no, status, provider_id, detail, started_at, finished_at)
        select ${a.id}, ${a.outboxId}, ${a.channel}, ${a.chainPos}, ${a.tryNo}, ${a.status}, ${a.providerId}, ${a.detail}, ${a.startedAt}, ${a.finishedAt}
        where exists (select 1 from outbox where id = ${a.outboxId} and lease_owner = ${owner} and lease_until > ${now})`.execute(db);
      return Number(r.numAffectedRows ?? 0) === 1;
    },
    async finishAttempt(id, p) {
      await db.updateTable('delivery_attempts').set({ status: p.status, provider_id: p.providerId, detail: p.detail, finished_at: p.finishedAt }).where('id', '=', id).execute();
    },
    async attemptsOf(ids) {
      if (!ids.length) return [];
      return (await db.selectFrom('delivery_attempts').selectAll().where('outbox_id', 'in', ids).orderBy('started_at').orderBy('chain_pos').orderBy('try_no').execute()).map(toAttempt);
    },
    async findAttempt(by) {
      let q = db.selectFrom('delivery_attempts').selectAll();
      if (by.id) q = q.where('id', '=', by.id);
      else if (by.providerId) q = q.where('provider_id', '=', by.providerId);
      else return undefined;
      if (by.channel) q = q.where('channel', '=', by.channel);
      const r = await q.executeTakeFirst();
      return r ? toAttempt(r) : undefined;
    },
    async settleAwaiting(id, chainPos, patch) {
      const r = await db.updateTable('outbox').set(toColumns(patch) as any).where('id', '=', id).where('chain_pos', '=', chainPos)
        .where('status', '=', 'awaiting').executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async listDead(limit) {
      return (await db.selectFrom('outbox').selectAll().where('status', '=', 'dead').orderBy('created_at', 'desc').limit(limit).execute()).map(toRow);
    },
    async revive(id, now) {
      const r = await db.updateTable('outbox').set({ status: 'pending', chain: null, chain_pos: 0, try_no: 0, next_attempt_at: now, dead_reason: null, lease_owner: null, lease_until: null })
        .where('id', '=', id).where('status', '=', 'dead').executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async dueIds(now, limit) {
      return (await db.selectFrom('outbox').select('id').where('status', 'in', DUE).where('next_attempt_at', '<=', now)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)])).orderBy('next_attempt_at').limit(limit).execute()).map((r) => r.id);
    },
    async heldForDigest(guardianId, until) {
      return (await db.selectFrom('outbox').selectAll().where('recipient', '=', guardianId).where('status', '=', 'held')
        .where('next_attempt_at', '<=', until).orderBy('created_at').execute()).map(toRow);
    },
    async putPushSubscription(s) {
      await db.insertInto('push_subscriptions').values({ id: s.id, guardian_id: s.guardianId, endpoint: s.endpoint, p256dh: s.p256dh, auth: s.auth, created_at: s.createdAt })
        .onConflict((oc) => oc.column('endpoint').doUpdateSet({ guardian_id: s.guardianId, p256dh: s.p256dh, auth: s.auth })).execute();
    },
    async pushSubscriptions(guardianId) {
      return (await db.selectFrom('push_subscriptions').selectAll().where('guardian_id', '=', guardianId).execute())
        .map((r) => ({ id: r.id, guardianId: r.guardian_id, endpoint: r.endpoint, p256dh: r.p256dh, auth: r.auth, createdAt: r.created_at }));
    },
    async deletePushSubscription(endpoint) { await db.deleteFrom('push_subscriptions').where('endpoint', '=', endpoint).execute(); },
  };
}
