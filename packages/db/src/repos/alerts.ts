import type { AlertRecord, AlertsRepo, ClipRecord, EscalationRecord } from '@truongan/core';
import type { CameraZone } from '@truongan/contracts';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Row types of migration 0008 (alerts part); kept beside the repository so this feature's tables live in its own files. */
export interface AlertTables {
  alerts: { id: string; school_id: string; kind: string; priority: string; status: string; summary_vi: string; summary_en: string; camera_id: string | null;
    snapshot_ids: string; clip_id: string | null; subject_type: string | null; subject_id: string | null; dedupe_key: string | null; raised_at: string;
    handled_by: string | null; handled_at: string | null; note: string | null; feedback: string | null; confirmed_by: string | null; confirmed_at: string | null };
  alert_escalations: { id: string; alert_id: string; school_id: string; ward_id: string; escalated_by: string; escalated_at: string; school_note: string | null;
    status: string; acknowledged_by: string | null; acknowledged_at: string | null; report: string | null; reported_at: string | null };
  alert_clips: { id: string; school_id: string; camera_id: string; type: string; bytes: number; data_sealed: Buffer; created_at: string; expires_at: string };
}
type ADB = DB & AlertTables;

const toAlert = (r: AlertTables['alerts']): AlertRecord => ({
  id: r.id, schoolId: r.school_id, kind: r.kind as AlertRecord['kind'], priority: r.priority as AlertRecord['priority'], status: r.status as AlertRecord['status'],
  summaryVi: r.summary_vi, summaryEn: r.summary_en, cameraId: r.camera_id, snapshotIds: JSON.parse(r.snapshot_ids), clipId: r.clip_id, subjectType: r.subject_type,
  subjectId: r.subject_id, dedupeKey: r.dedupe_key, raisedAt: r.raised_at, handledBy: r.handled_by, handledAt: r.handled_at, note: r.note,
  feedback: r.feedback as AlertRecord['feedback'], confirmedBy: r.confirmed_by, confirmedAt: r.confirmed_at,
});
const toEscalation = (r: AlertTables['alert_escalations']): EscalationRecord => ({
  id: r.id, alertId: r.alert_id, schoolId: r.school_id, wardId: r.ward_id, escalatedBy: r.escalated_by, escalatedAt: r.escalated_at, schoolNote: r.school_note,
  status: r.status as EscalationRecord['status'], acknowledgedBy: r.acknowledged_by, acknowledgedAt: r.acknowledged_at, report: r.report, reportedAt: r.reported_at,
});

const COLS: Record<string, string> = { status: 'status', priority: 'priority', summaryVi: 'summary_vi', summaryEn: 'summary_en', cameraId: 'camera_id',
  clipId: 'clip_id', subjectType: 'subject_type', subjectId: 'subject_id', dedupeKey: 'dedupe_key', handledBy: 'handled_by', handledAt: 'handled_at', note: 'note',
  feedback: 'feedback', confirmedBy: 'confirmed_by', confirmedAt: 'confirmed_at', acknowledgedBy: 'acknowledged_by', acknowledgedAt: 'acknowledged_at',
  report: 'report', reportedAt: 'reported_at' };
/** camelCase patch → snake_case columns; lists become JSON text. */
function columns(patch: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (k === 'snapshotIds') out.snapshot_ids = JSON.stringify(v);
    else if (COLS[k]) out[COLS[k]] = v;
  }
  return out;
}

export function alertsRepo(base: Kysely<DB>): AlertsRepo {
  const db = base as unknown as Kysely<ADB>;
  return {
    async insertAlert(a) {
      await db.insertInto('alerts').values({ id: a.id, school_id: a.schoolId, kind: a.kind, priority: a.priority, status: a.status, summary_vi: a.summaryVi,
        summary_en: a.summaryEn, camera_id: a.cameraId, snapshot_ids: JSON.stringify(a.snapshotIds), clip_id: a.clipId, subject_type: a.subjectType,
        subject_id: a.subjectId, dedupe_key: a.dedupeKey, raised_at: a.raisedAt, handled_by: a.handledBy, handled_at: a.handledAt, note: a.note,
        feedback: a.feedback, confirmed_by: a.confirmedBy, confirmed_at: a.confirmedAt }).execute();
    },
    async getAlert(id) {
      const r = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toAlert(r);
    },
    async findOpenByDedupe(schoolId, dedupeKey) {
      const r = await db.selectFrom('alerts').selectAll().where('school_id', '=', schoolId).where('dedupe_key', '=', dedupeKey)
        .where('status', 'in', ['open', 'acknowledged']).orderBy('raised_at', 'desc').executeTakeFirst();
      return r && toAlert(r);
    },
    async listAlerts(f) {
      if (!f.schoolIds.length) return [];
      let q = db.selectFrom('alerts').selectAll().where('school_id', 'in', f.schoolIds);
      if (f.statuses?.length) q = q.where('status', 'in', f.statuses);
      return (await q.orderBy('raised_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute()).map(toAlert);
    },
    async updateAlert(id, patch) {
      const set = columns(patch);
      if (Object.keys(set).length) await db.updateTable('alerts').set(set).where('id', '=', id).execute();
    },
    async insertEscalation(e) {
      await db.insertInto('alert_escalations').values({ id: e.id, alert_id: e.alertId, school_id: e.schoolId, ward_id: e.wardId, escalated_by: e.escalatedBy,
        escalated_at: e.escalatedAt, school_note: e.schoolNote, status: e.status, acknowledged_by: e.acknowledgedBy, acknowledged_at: e.acknowledgedAt,
        report: e.report, reported_at: e.reportedAt }).execute();
    },
    async escalationOf(alertId) {
      const r = await db.selectFrom('alert_escalations').selectAll().where('alert_id', '=', alertId).executeTakeFirst();
      return r && toEscalation(r);
    },
    async escalationsOf(alertIds) {
      if (!alertIds.length) return [];
      return (await db.selectFrom('alert_escalations').selectAll().where('alert_id', 'in', alertIds).execute()).map(toEscalation);
    },
    async getEscalation(id) {
      const r = await db.selectFrom('alert_escalations').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toEscalation(r);
    },
    async listEscalations(f) {
      if (!f.wardIds.length) return [];
      return (await db.selectFrom('alert_escalations').selectAll().where('ward_id', 'in', f.wardIds).orderBy('escalated_at', 'desc').limit(f.limit).execute()).map(toEscalation);
    },
    async updateEscalation(id, patch) {
      const set = columns(patch);
      if (Object.keys(set).length) await db.updateTable('alert_escalations').set(set).where('id', '=', id).execute();
    },
    async insertClip(c: ClipRecord) {
      await db.insertInto('alert_clips').values({ id: c.id, school_id: c.schoolId, camera_id: c.cameraId, type: c.type, bytes: c.bytes,
        data_sealed: Buffer.from(c.dataSealed), created_at: c.createdAt, expires_at: c.expiresAt }).execute();
    },
    async getClip(id) {
      const r = await db.selectFrom('alert_clips').selectAll().where('id', '=', id).executeTakeFirst();
      return r && { id: r.id, schoolId: r.school_id, cameraId: r.camera_id, type: r.type, bytes: Number(r.bytes), dataSealed: new Uint8Array(r.data_sealed),
        createdAt: r.created_at, expiresAt: r.expires_at };
    },
    async deleteExpiredClips(now) {
      const res = await db.deleteFrom('alert_clips').where('expires_at', '<', now).executeTakeFirst();
      return Number(res.numDeletedRows ?? 0);
    },
    async wardPolice(wardId) {
      const rows = await db.selectFrom('role_grants').innerJoin('users', 'users.id', 'role_grants.user_id').select(['users.id', 'users.display_name', 'users.phone'])
        .where('role_grants.role', '=', 'ward_police').where('role_grants.scope_id', '=', wardId).where('users.disabled', '=', 0).orderBy('users.id').execute();
      return rows.map((r) => ({ userId: r.id, displayName: r.display_name, phone: r.phone }));
    },
    async cameraZones(cameraIds) {
      const out = new Map<string, CameraZone | null>();
      if (!cameraIds.length) return out;
      const zdb = db as unknown as Kysely<{ cameras: { id: string; zone: string | null } }>;
      for (const r of await zdb.selectFrom('cameras').select(['id', 'zone']).where('id', 'in', cameraIds).execute()) out.set(r.id, r.zone as CameraZone | null);
      return out;
    },
    async setCameraZone(cameraId, zone) {
      const zdb = db as unknown as Kysely<{ cameras: { id: string; zone: string | null } }>;
      await zdb.updateTable('cameras').set({ zone }).where('id', '=', cameraId).execute();
    },
  };
}
