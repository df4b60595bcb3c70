import type { PickupPersonRecord, PickupRecord, VisitorsRepo, VisitPhotoRecord, VisitRecord } from '@truongan/core';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Row types of migration 0007, kept beside their repositories (as preventionTables.ts does) rather than in schema.ts. */
export interface VisitorTables {
  visits: { id: string; school_id: string; status: string; full_name: string; name_key: string; id_last4: string | null; purpose: string;
    host_user_id: string | null; host_name: string | null; expected_from: string | null; expected_until: string | null; registered_by: string | null;
    checked_in_at: string | null; checked_in_by: string | null; valid_until: string | null; checked_out_at: string | null; checked_out_by: string | null;
    photo_id: string | null; face_model: string | null; face_embedding_sealed: Buffer | null; watchlist_entry_id: string | null;
    overstay_alerted_at: string | null; created_at: string; updated_at: string };
  visit_photos: { id: string; visit_id: string; school_id: string; type: string; size: number; data_sealed: Buffer; created_at: string };
  watchlist_entries: { id: string; school_id: string; status: string; full_name: string; name_key: string; id_last4: string | null; reason_kind: string;
    reason_note: string | null; source: string; requested_by: string; requested_by_name: string; approved_by: string | null; approved_by_name: string | null;
    approved_at: string | null; expires_at: string; photo_type: string | null; photo_sealed: Buffer | null; face_model: string | null;
    face_embedding_sealed: Buffer | null; created_at: string; updated_at: string };
  pickup_persons: { id: string; student_id: string; school_id: string; full_name: string; relationship: string; phone: string | null; photo_type: string | null;
    photo_sealed: Buffer | null; added_by: string; confirmed_by: string | null; confirmed_at: string | null; created_at: string };
  pickup_records: { id: string; school_id: string; student_id: string; pickup_person_id: string | null; collector_name: string; listed: number;
    recorded_by: string; at: string; alert_id: string | null };
}
export type VDB = DB & VisitorTables;
export const widenVisitors = (db: Kysely<DB>) => db as unknown as Kysely<VDB>;
export const buf = (u: Uint8Array | null) => (u ? Buffer.from(u) : null);
const bytes = (b: Buffer | null) => (b ? new Uint8Array(b) : null);

const toVisit = (r: VDB['visits']): VisitRecord => ({
  id: r.id, schoolId: r.school_id, status: r.status as VisitRecord['status'], fullName: r.full_name, nameKey: r.name_key, idLast4: r.id_last4, purpose: r.purpose,
  hostUserId: r.host_user_id, hostName: r.host_name, expectedFrom: r.expected_from, expectedUntil: r.expected_until, registeredBy: r.registered_by,
  checkedInAt: r.checked_in_at, checkedInBy: r.checked_in_by, validUntil: r.valid_until, checkedOutAt: r.checked_out_at, checkedOutBy: r.checked_out_by,
  photoId: r.photo_id, faceModel: r.face_model, faceEmbeddingSealed: bytes(r.face_embedding_sealed), watchlistEntryId: r.watchlist_entry_id,
  overstayAlertedAt: r.overstay_alerted_at, createdAt: r.created_at, updatedAt: r.updated_at,
});
const COLS: Record<string, keyof VDB['visits']> = {
  status: 'status', fullName: 'full_name', nameKey: 'name_key', idLast4: 'id_last4', purpose: 'purpose', hostUserId: 'host_user_id', hostName: 'host_name',
  expectedFrom: 'expected_from', expectedUntil: 'expected_until', registeredBy: 'registered_by', checkedInAt: 'checked_in_at', checkedInBy: 'checked_in_by',
  validUntil: 'valid_until', checkedOutAt: 'checked_out_at', checkedOutBy: 'checked_out_by', photoId: 'photo_id', faceModel: 'face_model',
  faceEmbeddingSealed: 'face_embedding_sealed', watchlistEntryId: 'watchlist_entry_id', overstayAlertedAt: 'overstay_alerted_at', updatedAt: 'updated_at',
};
const toPerson = (r: VDB['pickup_persons']): PickupPersonRecord => ({
  id: r.id, studentId: r.student_id, schoolId: r.school_id, fullName: r.full_name, relationship: r.relationship, phone: r.phone, photoType: r.photo_type,
  photoSealed: bytes(r.photo_sealed), addedBy: r.added_by, confirmedBy: r.confirmed_by, confirmedAt: r.confirmed_at, createdAt: r.created_at,
});
const toPickup = (r: VDB['pickup_records']): PickupRecord => ({
  id: r.id, schoolId: r.school_id, studentId: r.student_id, pickupPersonId: r.pickup_person_id, collectorName: r.collector_name, listed: Number(r.listed) === 1,
  recordedBy: r.recorded_by, at: r.at, alertId: r.alert_id,
});

/** Visits, their sealed check-in photos, and authorised pick-up lists and records. */
export function visitorsRepo(base: Kysely<DB>): VisitorsRepo {
  const db = widenVisitors(base);
  return {
    async insertVisit(v) {
      await db.insertInto('visits').values({ id: v.id, school_id: v.schoolId, status: v.status, full_name: v.fullName, name_key: v.nameKey, id_last4: v.idLast4,
        purpose: v.purpose, host_user_id: v.hostUserId, host_name: v.hostName, expected_from: v.expectedFrom, expected_until: v.expectedUntil,
        registered_by: v.registeredBy, checked_in_at: v.checkedInAt, checked_in_by: v.checkedInBy, valid_until: v.validUntil, checked_out_at: v.checkedOutAt,
        checked_out_by: v.checkedOutBy, photo_id: v.photoId, face_model: v.faceModel, face_embedding_sealed: buf(v.faceEmbeddingSealed),
        watchlist_entry_id: v.watchlistEntryId, overstay_alerted_at: v.overstayAlertedAt, created_at: v.createdAt, updated_at: v.updatedAt }).execute();
    },
    async updateVisit(id, patch) {
      const row: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(patch)) if (COLS[k]) row[COLS[k]!] = k === 'faceEmbeddingSealed' ? buf(v as Uint8Array | null) : v;
      if (Object.keys(row).length) await db.updateTable('visits').set(row).where('id', '=', id).execute();
    },
    async getVisit(id) {
      const r = await db.selectFrom('visits').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toVisit(r) : undefined;
    },
    async searchVisits(s) {
      let q = db.selectFrom('visits').selectAll().where('school_id', '=', s.schoolId);
      if (s.nameKey) q = q.where('name_key', 'like', `%${s.nameKey.replace(/[%_]/g, '')}%`);
      if (s.hostUserId) q = q.where('host_user_id', '=', s.hostUserId);
      if (s.statuses?.length) q = q.where('status', 'in', s.statuses);
      // COALESCE: a visit is placed in time by its check-in, or by its expected start while it is only pre-registered.
      if (s.from) q = q.where((eb) => eb.fn.coalesce('checked_in_at', 'expected_from', 'created_at'), '>=', s.from!);
      if (s.to) q = q.where((eb) => eb.fn.coalesce('checked_in_at', 'expected_from', 'created_at'), '<', s.to!);
      return (await q.orderBy('created_at', 'desc').orderBy('id').limit(s.limit).execute()).map(toVisit);
    },
    async overstaying(at) {
      return (await db.selectFrom('visits').selectAll().where('status', '=', 'checked_in').where('valid_until', '<', at)
        .where('overstay_alerted_at', 'is', null).execute()).map(toVisit);
    },
    async activeWithFaces(schoolId) {
      return (await db.selectFrom('visits').selectAll().where('school_id', '=', schoolId).where('status', '=', 'checked_in')
        .where('face_embedding_sealed', 'is not', null).execute()).map(toVisit);
    },
    async hostsOfSchool(schoolId) {
      const classIds = db.selectFrom('classes').select('id').where('school_id', '=', schoolId);
      const rows = await db.selectFrom('role_grants').innerJoin('users', 'users.id', 'role_grants.user_id').select(['users.id', 'users.display_name'])
        .where('users.disabled', '=', 0)
        .where((eb) => eb.or([
          eb.and([eb('role_grants.scope_kind', '=', 'school'), eb('role_grants.scope_id', '=', schoolId), eb('role_grants.role', 'in', ['school_admin', 'counsellor'])]),
          eb.and([eb('role_grants.scope_kind', '=', 'class'), eb('role_grants.scope_id', 'in', classIds), eb('role_grants.role', '=', 'homeroom_teacher')]),
        ])).orderBy('users.display_name').execute();
      const seen = new Set<string>();
      return rows.filter((r) => !seen.has(r.id) && seen.add(r.id)).map((r) => ({ id: r.id, name: r.display_name }));
    },
    async insertPhoto(p) {
      await db.insertInto('visit_photos').values({ id: p.id, visit_id: p.visitId, school_id: p.schoolId, type: p.type, size: p.size,
        data_sealed: Buffer.from(p.dataSealed), created_at: p.createdAt }).execute();
    },
    async getPhoto(id) {
      const r = await db.selectFrom('visit_photos').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? { id: r.id, visitId: r.visit_id, schoolId: r.school_id, type: r.type, size: Number(r.size), dataSealed: new Uint8Array(r.data_sealed),
        createdAt: r.created_at } satisfies VisitPhotoRecord : undefined;
    },
    async deletePhotosOfVisitsEndedBefore(before) {
      const ended = db.selectFrom('visits').select('id').where('checked_out_at', '<', before);
      const res = await db.deleteFrom('visit_photos').where('visit_id', 'in', ended).executeTakeFirst();
      const n = Number(res.numDeletedRows ?? 0);
      if (n) await db.updateTable('visits').set({ photo_id: null }).where('checked_out_at', '<', before).where('photo_id', 'is not', null).execute();
      return n;
    },

    async insertPickupPerson(p) {
      await db.insertInto('pickup_persons').values({ id: p.id, student_id: p.studentId, school_id: p.schoolId, full_name: p.fullName, relationship: p.relationship,
        phone: p.phone, photo_type: p.photoType, photo_sealed: buf(p.photoSealed), added_by: p.addedBy, confirmed_by: p.confirmedBy, confirmed_at: p.confirmedAt,
        created_at: p.createdAt }).execute();
    },
    async updatePickupPerson(id, patch) {
      await db.updateTable('pickup_persons').set({ confirmed_by: patch.confirmedBy, confirmed_at: patch.confirmedAt }).where('id', '=', id).execute();
    },
    async deletePickupPerson(id) { await db.deleteFrom('pickup_persons').where('id', '=', id).execute(); },
    async getPickupPerson(id) {
      const r = await db.selectFrom('pickup_persons').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toPerson(r) : undefined;
    },
    async pickupPersons(studentIds) {
      if (!studentIds.length) return [];
      return (await db.selectFrom('pickup_persons').selectAll().where('student_id', 'in', studentIds).orderBy('created_at').orderBy('id').execute()).map(toPerson);
    },
    async insertPickupRecord(r) {
      await db.insertInto('pickup_records').values({ id: r.id, school_id: r.schoolId, student_id: r.studentId, pickup_person_id: r.pickupPersonId,
        collector_name: r.collectorName, listed: r.listed ? 1 : 0, recorded_by: r.recordedBy, at: r.at, alert_id: r.alertId }).execute();
    },
    async pickupRecords(f) {
      let q = db.selectFrom('pickup_records').selectAll().where('school_id', '=', f.schoolId).where('at', '>=', f.since);
      if (f.studentIds) q = f.studentIds.length ? q.where('student_id', 'in', f.studentIds) : q.where('id', '=', '');
      return (await q.orderBy('at', 'desc').orderBy('id').execute()).map(toPickup);
    },
  };
}
