import type { CameraRecord, GateRepo, PassageRecord } from '@truongan/core';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

const toCamera = (r: DB['cameras']): CameraRecord => ({
  id: r.id, schoolId: r.school_id, name: r.name, kind: r.kind as CameraRecord['kind'], role: r.role as CameraRecord['role'], url: r.url,
  username: r.username, passwordSealed: r.password_sealed, lane: r.lane ? JSON.parse(r.lane) : null, direction: r.direction ? JSON.parse(r.direction) : null,
  fps: r.fps, enabled: r.enabled === 1, createdAt: r.created_at,
});
const cameraRow = (c: Partial<CameraRecord>) => {
  const o: Partial<DB['cameras']> = {};
  if (c.name !== undefined) o.name = c.name;
  if (c.kind !== undefined) o.kind = c.kind;
  if (c.role !== undefined) o.role = c.role;
  if (c.url !== undefined) o.url = c.url;
  if (c.username !== undefined) o.username = c.username;
  if (c.passwordSealed !== undefined) o.password_sealed = c.passwordSealed;
  if (c.lane !== undefined) o.lane = c.lane ? JSON.stringify(c.lane) : null;
  if (c.direction !== undefined) o.direction = c.direction ? JSON.stringify(c.direction) : null;
  if (c.fps !== undefined) o.fps = c.fps;
  if (c.enabled !== undefined) o.enabled = c.enabled ? 1 : 0;
  return o;
};
const toPassage = (r: DB['passages']): PassageRecord => ({
  id: r.id, schoolId: r.school_id, cameraId: r.camera_id, trackId: r.track_id, decision: r.decision as PassageRecord['decision'], studentId: r.student_id,
  candidates: JSON.parse(r.candidates), score: r.score, margin: r.margin, votes: r.votes, frames: r.frames, quality: r.quality, liveness: r.liveness,
  direction: r.direction as PassageRecord['direction'], firstSeenAt: r.first_seen_at, decidedAt: r.decided_at, localDate: r.local_date,
  snapshotId: r.snapshot_id, contextSnapshotId: r.context_snapshot_id, confirmedBy: r.confirmed_by,
});

export function gateRepo(db: Kysely<DB>): GateRepo {
  return {
    async insertCamera(c) {
      await db.insertInto('cameras').values({ id: c.id, school_id: c.schoolId, created_at: c.createdAt, ...cameraRow(c) } as DB['cameras']).execute();
    },
    async updateCamera(id, patch) { const o = cameraRow(patch); if (Object.keys(o).length) await db.updateTable('cameras').set(o).where('id', '=', id).execute(); },
    async getCamera(id) { const r = await db.selectFrom('cameras').selectAll().where('id', '=', id).executeTakeFirst(); return r && toCamera(r); },
    async listCameras(f) {
      let q = db.selectFrom('cameras').selectAll().orderBy('name');
      if (f.schoolId) q = q.where('school_id', '=', f.schoolId);
      if (f.enabledOnly) q = q.where('enabled', '=', 1);
      return (await q.execute()).map(toCamera);
    },
    async deleteCamera(id) { await db.deleteFrom('cameras').where('id', '=', id).execute(); },
    async insertPassage(p) {
      const r = await db.insertInto('passages').values({
        id: p.id, school_id: p.schoolId, camera_id: p.cameraId, track_id: p.trackId, decision: p.decision, student_id: p.studentId,
        candidates: JSON.stringify(p.candidates), score: p.score, margin: p.margin, votes: p.votes, frames: p.frames, quality: p.quality, liveness: p.liveness,
        direction: p.direction, first_seen_at: p.firstSeenAt, decided_at: p.decidedAt, local_date: p.localDate, snapshot_id: p.snapshotId,
        context_snapshot_id: p.contextSnapshotId, confirmed_by: p.confirmedBy, created_at: new Date().toISOString(),
      }).onConflict((oc) => oc.columns(['camera_id', 'track_id']).doNothing()).executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async getPassage(id) { const r = await db.selectFrom('passages').selectAll().where('id', '=', id).executeTakeFirst(); return r && toPassage(r); },
    async passageBySnapshot(id) {
      const r = await db.selectFrom('passages').selectAll().where((eb) => eb.or([eb('snapshot_id', '=', id), eb('context_snapshot_id', '=', id)])).executeTakeFirst();
      return r && toPassage(r);
    },
    async updatePassage(id, p) {
      await db.updateTable('passages').set({ decision: p.decision, student_id: p.studentId, confirmed_by: p.confirmedBy }).where('id', '=', id).execute();
    },
    async listPassages(f) {
      let q = db.selectFrom('passages').selectAll().where('school_id', '=', f.schoolId).orderBy('decided_at', 'desc').limit(f.limit);
      if (f.localDate) q = q.where('local_date', '=', f.localDate);
      if (f.studentIds) q = q.where('student_id', 'in', f.studentIds.length ? f.studentIds : ['']);
      if (f.decisions) q = q.where('decision', 'in', f.decisions);
      if (f.sinceDecidedAt) q = q.where('decided_at', '>', f.sinceDecidedAt);
      return (await q.execute()).map(toPassage);
    },
    async insertCorrection(c) {
      await db.insertInto('attendance_corrections').values({ id: c.id, student_id: c.studentId, local_date: c.localDate, session_name: c.sessionName, status: c.status,
        reason: c.reason, corrected_by: c.correctedBy, at: c.at }).execute();
    },
    async corrections(studentIds, localDate) {
      if (!studentIds.length) return [];
      const rows = await db.selectFrom('attendance_corrections').selectAll().where('student_id', 'in', studentIds).where('local_date', '=', localDate).orderBy('at').execute();
      return rows.map((r) => ({ studentId: r.student_id, sessionName: r.session_name, status: r.status as any, at: r.at }));
    },
    async insertExcuse(e) {
      await db.insertInto('excused_absences').values({ id: e.id, student_id: e.studentId, from_date: e.fromDate, to_date: e.toDate, reason: e.reason, recorded_by: e.recordedBy, at: e.at }).execute();
    },
    async excusedOn(studentIds, localDate) {
      if (!studentIds.length) return [];
      const rows = await db.selectFrom('excused_absences').select('student_id').where('student_id', 'in', studentIds)
        .where('from_date', '<=', localDate).where('to_date', '>=', localDate).execute();
      return [...new Set(rows.map((r) => r.student_id))];
    },
  };
}
