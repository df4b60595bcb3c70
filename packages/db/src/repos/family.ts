import type { BulletinRecord, ContactRecord, FamilyRepo, MessageRecord, ThreadRecord, ThreadStats } from '@truongan/core';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Row types of migration 0006 (family), kept beside the repository like prevention's. */
interface FamilyTables {
  family_threads: { id: string; school_id: string; class_id: string | null; student_id: string | null; audience_kind: string; audience_label: string;
    subject: string; created_by: string; created_by_name: string; created_at: string; last_at: string };
  family_members: { thread_id: string; guardian_id: string; student_id: string | null };
  family_messages: { id: string; thread_id: string; author_kind: string; author_id: string; author_name: string; guardian_id: string | null; body: string;
    verify_code: string | null; created_at: string };
  family_receipts: { message_id: string; guardian_id: string; read_at: string | null };
  family_contacts: { id: string; school_id: string; phone_key: string; phone: string; label: string; role: string; created_at: string };
  family_bulletins: { id: string; school_id: string; kind: string; title: string; body: string; published_by: string; published_at: string };
}
type F = FamilyTables;

const toThread = (r: F['family_threads']): ThreadRecord => ({ id: r.id, schoolId: r.school_id, classId: r.class_id, studentId: r.student_id,
  audienceKind: r.audience_kind as ThreadRecord['audienceKind'], audienceLabel: r.audience_label, subject: r.subject, createdBy: r.created_by,
  createdByName: r.created_by_name, createdAt: r.created_at, lastAt: r.last_at });
const toMessage = (r: F['family_messages']): MessageRecord => ({ id: r.id, threadId: r.thread_id, authorKind: r.author_kind as MessageRecord['authorKind'],
  authorId: r.author_id, authorName: r.author_name, guardianId: r.guardian_id, body: r.body, verifyCode: r.verify_code, createdAt: r.created_at });
const toContact = (r: F['family_contacts']): ContactRecord => ({ id: r.id, schoolId: r.school_id, phoneKey: r.phone_key, phone: r.phone, label: r.label,
  role: r.role, createdAt: r.created_at });
const toBulletin = (r: F['family_bulletins']): BulletinRecord => ({ id: r.id, schoolId: r.school_id, kind: r.kind, title: r.title, body: r.body,
  publishedBy: r.published_by, publishedAt: r.published_at });
/** PostgreSQL returns count() as a string. */
const n = (v: unknown) => Number(v ?? 0);

export function familyRepo(base: Kysely<DB>): FamilyRepo {
  const db = base as unknown as Kysely<F>;
  return {
    async insertThread(t, members) {
      await db.insertInto('family_threads').values({ id: t.id, school_id: t.schoolId, class_id: t.classId, student_id: t.studentId, audience_kind: t.audienceKind,
        audience_label: t.audienceLabel, subject: t.subject, created_by: t.createdBy, created_by_name: t.createdByName, created_at: t.createdAt, last_at: t.lastAt }).execute();
      // A school has a few thousand families: insert in chunks to stay under the engines' parameter limits.
      for (let i = 0; i < members.length; i += 300) {
        await db.insertInto('family_members').values(members.slice(i, i + 300).map((m) => ({ thread_id: t.id, guardian_id: m.guardianId, student_id: m.studentId }))).execute();
      }
    },
    async getThread(id) {
      const r = await db.selectFrom('family_threads').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toThread(r);
    },
    async touchThread(id, lastAt) { await db.updateTable('family_threads').set({ last_at: lastAt }).where('id', '=', id).execute(); },
    async listThreads(f, limit) {
      if (!f.schoolIds.length && !f.classIds.length) return [];
      return (await db.selectFrom('family_threads').selectAll()
        .where((eb) => eb.or([
          ...(f.schoolIds.length ? [eb('school_id', 'in', f.schoolIds)] : []),
          ...(f.classIds.length ? [eb('class_id', 'in', f.classIds)] : []),
        ]))
        .orderBy('last_at', 'desc').orderBy('id').limit(limit).execute()).map(toThread);
    },
    async threadsOfGuardian(guardianId, limit) {
      const ids = db.selectFrom('family_members').select('thread_id').where('guardian_id', '=', guardianId);
      return (await db.selectFrom('family_threads').selectAll().where('id', 'in', ids).orderBy('last_at', 'desc').orderBy('id').limit(limit).execute()).map(toThread);
    },
    async members(threadId) {
      return (await db.selectFrom('family_members').selectAll().where('thread_id', '=', threadId).orderBy('guardian_id').execute())
        .map((m) => ({ guardianId: m.guardian_id, studentId: m.student_id }));
    },
    async isMember(threadId, guardianId) {
      return !!(await db.selectFrom('family_members').select('thread_id').where('thread_id', '=', threadId).where('guardian_id', '=', guardianId).executeTakeFirst());
    },
    async stats(threadIds, guardianId) {
      const out = new Map<string, ThreadStats>(threadIds.map((id) => [id, { members: 0, replies: 0, unread: 0 }]));
      if (!threadIds.length) return out;
      const members = await db.selectFrom('family_members').select(['thread_id', (eb) => eb.fn.countAll().as('c')]).where('thread_id', 'in', threadIds).groupBy('thread_id').execute();
      for (const m of members) out.get(m.thread_id)!.members = n(m.c);
      let rq = db.selectFrom('family_messages').select(['thread_id', (eb) => eb.fn.countAll().as('c')]).where('thread_id', 'in', threadIds).where('author_kind', '=', 'guardian');
      if (guardianId) rq = rq.where('guardian_id', '=', guardianId);
      for (const r of await rq.groupBy('thread_id').execute()) out.get(r.thread_id)!.replies = n(r.c);
      if (guardianId) {
        const unread = await db.selectFrom('family_receipts').innerJoin('family_messages', 'family_messages.id', 'family_receipts.message_id')
          .select(['family_messages.thread_id as thread_id', (eb) => eb.fn.countAll().as('c')])
          .where('family_messages.thread_id', 'in', threadIds).where('family_receipts.guardian_id', '=', guardianId).where('family_receipts.read_at', 'is', null)
          .groupBy('family_messages.thread_id').execute();
        for (const u of unread) out.get(u.thread_id)!.unread = n(u.c);
      }
      return out;
    },
    async insertMessage(m, recipients) {
      await db.insertInto('family_messages').values({ id: m.id, thread_id: m.threadId, author_kind: m.authorKind, author_id: m.authorId, author_name: m.authorName,
        guardian_id: m.guardianId, body: m.body, verify_code: m.verifyCode, created_at: m.createdAt }).execute();
      for (let i = 0; i < recipients.length; i += 300) {
        await db.insertInto('family_receipts').values(recipients.slice(i, i + 300).map((g) => ({ message_id: m.id, guardian_id: g, read_at: null }))).execute();
      }
    },
    async messages(threadId) {
      return (await db.selectFrom('family_messages').selectAll().where('thread_id', '=', threadId).orderBy('created_at').orderBy('id').execute()).map(toMessage);
    },
    async receipts(messageIds) {
      if (!messageIds.length) return [];
      return (await db.selectFrom('family_receipts').selectAll().where('message_id', 'in', messageIds).orderBy('guardian_id').execute())
        .map((r) => ({ messageId: r.message_id, guardianId: r.guardian_id, readAt: r.read_at }));
    },
    async markRead(threadId, guardianId, at) {
      const ids = db.selectFrom('family_messages').select('id').where('thread_id', '=', threadId);
      const r = await db.updateTable('family_receipts').set({ read_at: at })
        .where('guardian_id', '=', guardianId).where('read_at', 'is', null).where('message_id', 'in', ids).executeTakeFirst();
      return n(r.numUpdatedRows);
    },
    async ledger(guardianId, limit) {
      const rows = await db.selectFrom('family_receipts')
        .innerJoin('family_messages', 'family_messages.id', 'family_receipts.message_id')
        .innerJoin('family_threads', 'family_threads.id', 'family_messages.thread_id')
        .selectAll('family_messages').select(['family_threads.subject as subject', 'family_threads.school_id as school_id_', 'family_receipts.read_at as read_at'])
        .where('family_receipts.guardian_id', '=', guardianId).where('family_messages.author_kind', '=', 'staff')
        .orderBy('family_messages.created_at', 'desc').orderBy('family_messages.id').limit(limit).execute();
      return rows.map((r) => ({ ...toMessage(r), subject: r.subject, schoolId: r.school_id_, readAt: r.read_at }));
    },
    async messageByCode(code) {
      const r = await db.selectFrom('family_messages').innerJoin('family_threads', 'family_threads.id', 'family_messages.thread_id')
        .selectAll('family_messages').select('family_threads.school_id as school_id_').where('family_messages.verify_code', '=', code).executeTakeFirst();
      return r && { ...toMessage(r), schoolId: r.school_id_ };
    },
    async insertContact(c) {
      const dup = await db.selectFrom('family_contacts').select('id').where('school_id', '=', c.schoolId).where('phone_key', '=', c.phoneKey).executeTakeFirst();
      if (dup) return false;
      await db.insertInto('family_contacts').values({ id: c.id, school_id: c.schoolId, phone_key: c.phoneKey, phone: c.phone, label: c.label, role: c.role, created_at: c.createdAt }).execute();
      return true;
    },
    async deleteContact(schoolId, id) { await db.deleteFrom('family_contacts').where('school_id', '=', schoolId).where('id', '=', id).execute(); },
    async contacts(schoolId) {
      return (await db.selectFrom('family_contacts').selectAll().where('school_id', '=', schoolId).orderBy('role').orderBy('label').execute()).map(toContact);
    },
    async contactsByPhone(phoneKey) {
      return (await db.selectFrom('family_contacts').selectAll().where('phone_key', '=', phoneKey).orderBy('school_id').execute()).map(toContact);
    },
    async insertBulletin(b) {
      await db.insertInto('family_bulletins').values({ id: b.id, school_id: b.schoolId, kind: b.kind, title: b.title, body: b.body, published_by: b.publishedBy,
        published_at: b.publishedAt }).execute();
    },
    async deleteBulletin(schoolId, id) { await db.deleteFrom('family_bulletins').where('school_id', '=', schoolId).where('id', '=', id).execute(); },
    async bulletins(f, limit) {
      let q = db.selectFrom('family_bulletins').selectAll();
      if (f.schoolIds) { if (!f.schoolIds.length) return []; q = q.where('school_id', 'in', f.schoolIds); }
      return (await q.orderBy('published_at', 'desc').orderBy('id').limit(limit).execute()).map(toBulletin);
    },
  };
}
