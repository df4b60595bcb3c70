import type { CaseAgencyRecord, CaseEventRecord, CaseRecord, CasesRepo, CaseTaskRecord } from '@truongan/core';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

type Row = DB['cases'];
const JSON_COLS = new Set(['distribution', 'reporterVisibleTo']);
const snake = (k: string) => k.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
const camel = (k: string) => k.replace(/_([a-z])/g, (_, m: string) => m.toUpperCase());

/** Case fields map 1:1 to snake_case columns; the two audience lists are JSON text (portable across engines). */
function toRow(c: Partial<CaseRecord>): Partial<Row> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) if (v !== undefined) o[snake(k)] = JSON_COLS.has(k) ? JSON.stringify(v) : v;
  return o as Partial<Row>;
}
function fromRow(r: Row): CaseRecord {
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) { const ck = camel(k); o[ck] = JSON_COLS.has(ck) ? JSON.parse(v as string) : v; }
  return o as unknown as CaseRecord;
}
const toEvent = (r: DB['case_events']): CaseEventRecord => ({ id: r.id, caseId: r.case_id, at: r.at, actorId: r.actor_id, actorName: r.actor_name, kind: r.kind,
  audience: r.audience as CaseEventRecord['audience'], bodySealed: r.body_sealed, data: JSON.parse(r.data) });
const toTask = (r: DB['case_tasks']): CaseTaskRecord => ({ id: r.id, caseId: r.case_id, title: r.title, assigneeId: r.assignee_id, dueAt: r.due_at, doneAt: r.done_at,
  createdBy: r.created_by, createdAt: r.created_at });
const toAgency = (r: DB['case_agencies']): CaseAgencyRecord => ({ caseId: r.case_id, agency: r.agency as CaseAgencyRecord['agency'], wardId: r.ward_id,
  status: r.status as CaseAgencyRecord['status'], notifiedAt: r.notified_at, acknowledgedAt: r.acknowledged_at, closedAt: r.closed_at, updatedAt: r.updated_at });

export function casesRepo(db: Kysely<DB>): CasesRepo {
  return {
    async insertCase(c) { await db.insertInto('cases').values(toRow(c) as Row).execute(); },
    async updateCase(id, patch) { const o = toRow(patch); if (Object.keys(o).length) await db.updateTable('cases').set(o).where('id', '=', id).execute(); },
    async getCase(id) { const r = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst(); return r && fromRow(r); },
    async findByCode(code) { const r = await db.selectFrom('cases').selectAll().where('code', '=', code).executeTakeFirst(); return r && fromRow(r); },
    async listCases(f) {
      let q = db.selectFrom('cases').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(f.limit);
      q = q.where((eb) => eb.or([
        ...(f.schoolIds?.length ? [eb('school_id', 'in', f.schoolIds)] : []),
        ...(f.wardIds?.length ? [eb('ward_id', 'in', f.wardIds)] : []),
        ...(f.provinceIds?.length ? [eb('province_id', 'in', f.provinceIds)] : []),
      ]));
      if (f.status) q = q.where('status', '=', f.status);
      return (await q.execute()).map(fromRow);
    },
    async insertEvent(e) {
      await db.insertInto('case_events').values({ id: e.id, case_id: e.caseId, at: e.at, actor_id: e.actorId, actor_name: e.actorName, kind: e.kind,
        audience: e.audience, body_sealed: e.bodySealed, data: JSON.stringify(e.data) }).execute();
    },
    async listEvents(caseId) { return (await db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('at').orderBy('id').execute()).map(toEvent); },
    async insertTask(t) {
      await db.insertInto('case_tasks').values({ id: t.id, case_id: t.caseId, title: t.title, assignee_id: t.assigneeId, due_at: t.dueAt, done_at: t.doneAt,
        created_by: t.createdBy, created_at: t.createdAt }).execute();
    },
    async completeTask(id, caseId, at) {
      const r = await db.updateTable('case_tasks').set({ done_at: at }).where('id', '=', id).where('case_id', '=', caseId).where('done_at', 'is', null).executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async listTasks(caseId) { return (await db.selectFrom('case_tasks').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute()).map(toTask); },
    async upsertAgency(a) {
      const row = { case_id: a.caseId, agency: a.agency, ward_id: a.wardId, status: a.status, notified_at: a.notifiedAt, acknowledged_at: a.acknowledgedAt,
        closed_at: a.closedAt, updated_at: a.updatedAt };
      await db.insertInto('case_agencies').values(row).onConflict((oc) => oc.columns(['case_id', 'agency']).doUpdateSet({
        status: a.status, acknowledged_at: a.acknowledgedAt, closed_at: a.closedAt, updated_at: a.updatedAt })).execute();
    },
    async listAgencies(caseIds) {
      if (!caseIds.length) return [];
      return (await db.selectFrom('case_agencies').selectAll().where('case_id', 'in', caseIds).orderBy('agency').execute()).map(toAgency);
    },
    async insertAttachment(a) {
      await db.insertInto('case_attachments').values({ id: a.id, case_id: a.caseId, name: a.name, type: a.type, size: a.size, sha256: a.sha256,
        data_sealed: Buffer.from(a.dataSealed), created_by: a.createdBy, created_at: a.createdAt }).execute();
    },
    async listAttachments(caseId) {
      const rows = await db.selectFrom('case_attachments').select(['id', 'case_id', 'name', 'type', 'size', 'sha256', 'created_by', 'created_at'])
        .where('case_id', '=', caseId).orderBy('created_at').execute();
      return rows.map((r) => ({ id: r.id, caseId: r.case_id, name: r.name, type: r.type, size: r.size, sha256: r.sha256, createdBy: r.created_by, createdAt: r.created_at }));
    },
    async getAttachment(id) {
      const r = await db.selectFrom('case_attachments').selectAll().where('id', '=', id).executeTakeFirst();
      return r && { id: r.id, caseId: r.case_id, name: r.name, type: r.type, size: r.size, sha256: r.sha256, dataSealed: new Uint8Array(r.data_sealed), createdBy: r.created_by, createdAt: r.created_at };
    },
    async useChallenge(id, at) {
      const r = await db.insertInto('intake_challenges').values({ id, used_at: at }).onConflict((oc) => oc.column('id').doNothing()).executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async statsRows(f) {
      if (!f.schoolIds.length) return { rows: [], sql: '-- no schools in scope', params: [] };
      const q = db.selectFrom('cases').select(['id', 'school_id', 'category', 'status', 'created_at', 'first_response_at', 'closed_at'])
        .where('school_id', 'in', f.schoolIds).where('created_at', '>=', f.from).where('created_at', '<', f.to).orderBy('created_at');
      const compiled = q.compile();
      const rows = (await q.execute()).map((r) => ({ id: r.id, schoolId: r.school_id, category: r.category, status: r.status, createdAt: r.created_at,
        firstResponseAt: r.first_response_at, closedAt: r.closed_at }));
      return { rows, sql: compiled.sql, params: compiled.parameters as Array<string | number> };
    },
    async peopleWithRoles(scope, roles) {
      if (!roles.length) return [];
      const rows = await db.selectFrom('role_grants').innerJoin('users', 'users.id', 'role_grants.user_id')
        .select(['users.id', 'users.display_name', 'users.phone', 'role_grants.role'])
        .where('role_grants.scope_kind', '=', scope.kind).where('role_grants.scope_id', '=', scope.id).where('role_grants.role', 'in', roles)
        .where('users.disabled', '=', 0).orderBy('users.display_name').orderBy('users.id').execute();
      return rows.map((r) => ({ userId: r.id, displayName: r.display_name, role: r.role, phone: r.phone }));
    },
  };
}
