import type { CounsellingNoteRecord, CounsellingRequestRecord, CounsellingSessionRecord, PreventionRepo } from '@truongan/core';
import type { Kysely } from 'kysely';
import type { PDB } from './preventionTables.ts';

type CounsellingPart = Pick<PreventionRepo, 'insertRequest' | 'updateRequest' | 'getRequest' | 'findRequestByHandle' | 'listRequests' | 'insertSession'
  | 'listSessions' | 'insertNote' | 'listNotes' | 'counsellingCounts'>;

const toRequest = (r: PDB['counselling_requests']): CounsellingRequestRecord => ({ id: r.id, schoolId: r.school_id, wardId: r.ward_id, provinceId: r.province_id,
  source: r.source as CounsellingRequestRecord['source'], studentId: r.student_id, requestedBy: r.requested_by, replyHandleDigest: r.reply_handle_digest,
  topic: r.topic as CounsellingRequestRecord['topic'], messageSealed: r.message_sealed, status: r.status as CounsellingRequestRecord['status'],
  caseId: r.case_id, createdAt: r.created_at, updatedAt: r.updated_at });
const toSession = (r: PDB['counselling_sessions']): CounsellingSessionRecord => ({ id: r.id, requestId: r.request_id, schoolId: r.school_id, scheduledAt: r.scheduled_at,
  place: r.place, counsellorId: r.counsellor_id, status: r.status as CounsellingSessionRecord['status'], createdAt: r.created_at });
const toNote = (r: PDB['counselling_notes']): CounsellingNoteRecord => ({ id: r.id, requestId: r.request_id, sessionId: r.session_id, schoolId: r.school_id,
  contentGroup: r.content_group as CounsellingNoteRecord['contentGroup'], risk: r.risk as CounsellingNoteRecord['risk'], bodySealed: r.body_sealed,
  writtenBy: r.written_by, createdAt: r.created_at });
const n = (v: unknown) => Number(v ?? 0);

/** Counselling rows. Message and note bodies arrive sealed by core; this file never sees them in clear. */
export function counsellingPart(db: Kysely<PDB>): CounsellingPart {
  return {
    async insertRequest(r) {
      await db.insertInto('counselling_requests').values({ id: r.id, school_id: r.schoolId, ward_id: r.wardId, province_id: r.provinceId, source: r.source,
        student_id: r.studentId, requested_by: r.requestedBy, reply_handle_digest: r.replyHandleDigest, topic: r.topic, message_sealed: r.messageSealed,
        status: r.status, case_id: r.caseId, created_at: r.createdAt, updated_at: r.updatedAt }).execute();
    },
    async updateRequest(id, p) {
      const set: Partial<PDB['counselling_requests']> = {};
      if (p.status) set.status = p.status;
      if (p.caseId !== undefined) set.case_id = p.caseId;
      if (p.updatedAt) set.updated_at = p.updatedAt;
      if (Object.keys(set).length) await db.updateTable('counselling_requests').set(set).where('id', '=', id).execute();
    },
    async getRequest(id) { const r = await db.selectFrom('counselling_requests').selectAll().where('id', '=', id).executeTakeFirst(); return r && toRequest(r); },
    async findRequestByHandle(digest) {
      const r = await db.selectFrom('counselling_requests').selectAll().where('reply_handle_digest', '=', digest).executeTakeFirst();
      return r && toRequest(r);
    },
    async listRequests(schoolIds, limit) {
      if (!schoolIds.length) return [];
      return (await db.selectFrom('counselling_requests').selectAll().where('school_id', 'in', schoolIds).orderBy('created_at', 'desc').orderBy('id').limit(limit).execute()).map(toRequest);
    },
    async insertSession(s) {
      await db.insertInto('counselling_sessions').values({ id: s.id, request_id: s.requestId, school_id: s.schoolId, scheduled_at: s.scheduledAt, place: s.place,
        counsellor_id: s.counsellorId, status: s.status, created_at: s.createdAt }).execute();
    },
    async listSessions(requestIds) {
      if (!requestIds.length) return [];
      return (await db.selectFrom('counselling_sessions').selectAll().where('request_id', 'in', requestIds).orderBy('scheduled_at').orderBy('id').execute()).map(toSession);
    },
    async insertNote(x) {
      await db.insertInto('counselling_notes').values({ id: x.id, request_id: x.requestId, session_id: x.sessionId, school_id: x.schoolId, content_group: x.contentGroup,
        risk: x.risk, body_sealed: x.bodySealed, written_by: x.writtenBy, created_at: x.createdAt }).execute();
    },
    async listNotes(requestId) {
      return (await db.selectFrom('counselling_notes').selectAll().where('request_id', '=', requestId).orderBy('created_at').orderBy('id').execute()).map(toNote);
    },
    async counsellingCounts(schoolId, from, to) {
      // Bounds are dates; times are ISO text, so "< next day" covers the whole last day on both engines.
      const end = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString();
      const start = `${from}T00:00:00.000Z`;
      const requests = await db.selectFrom('counselling_requests').where('school_id', '=', schoolId).where('created_at', '>=', start).where('created_at', '<', end)
        .select((eb) => ['source', 'status', eb.fn.countAll<string>().as('n'), eb.fn.count<string>('case_id').as('cases')]).groupBy(['source', 'status']).execute();
      const sessions = await db.selectFrom('counselling_sessions').where('school_id', '=', schoolId).where('scheduled_at', '>=', start).where('scheduled_at', '<', end)
        .select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst();
      const notes = await db.selectFrom('counselling_notes').where('school_id', '=', schoolId).where('created_at', '>=', start).where('created_at', '<', end)
        .select((eb) => ['content_group', eb.fn.countAll<string>().as('n')]).groupBy('content_group').execute();
      return {
        requests: requests.map((r) => ({ source: r.source, status: r.status, n: n(r.n) })), sessions: n(sessions?.n),
        notesByGroup: notes.map((r) => ({ group: r.content_group, n: n(r.n) })), casesOpened: requests.reduce((s, r) => s + n(r.cases), 0),
      };
    },
  };
}
