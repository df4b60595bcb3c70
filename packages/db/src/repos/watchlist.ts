import type { WatchlistEntryRecord, WatchlistRepo } from '@truongan/core';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';
import { buf, type VDB, widenVisitors } from './visitors.ts';

const bytes = (b: Buffer | null) => (b ? new Uint8Array(b) : null);
const toEntry = (r: VDB['watchlist_entries']): WatchlistEntryRecord => ({
  id: r.id, schoolId: r.school_id, status: r.status as WatchlistEntryRecord['status'], fullName: r.full_name, nameKey: r.name_key, idLast4: r.id_last4,
  reasonKind: r.reason_kind as WatchlistEntryRecord['reasonKind'], reasonNote: r.reason_note, source: r.source, requestedBy: r.requested_by,
  requestedByName: r.requested_by_name, approvedBy: r.approved_by, approvedByName: r.approved_by_name, approvedAt: r.approved_at, expiresAt: r.expires_at,
  photoType: r.photo_type, photoSealed: bytes(r.photo_sealed), faceModel: r.face_model, faceEmbeddingSealed: bytes(r.face_embedding_sealed),
  createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Watchlist entries; expired ones are deleted outright (row, sealed photo and embedding), not flagged. */
export function watchlistRepo(base: Kysely<DB>): WatchlistRepo {
  const db = widenVisitors(base);
  return {
    async insert(e) {
      await db.insertInto('watchlist_entries').values({ id: e.id, school_id: e.schoolId, status: e.status, full_name: e.fullName, name_key: e.nameKey,
        id_last4: e.idLast4, reason_kind: e.reasonKind, reason_note: e.reasonNote, source: e.source, requested_by: e.requestedBy,
        requested_by_name: e.requestedByName, approved_by: e.approvedBy, approved_by_name: e.approvedByName, approved_at: e.approvedAt, expires_at: e.expiresAt,
        photo_type: e.photoType, photo_sealed: buf(e.photoSealed), face_model: e.faceModel, face_embedding_sealed: buf(e.faceEmbeddingSealed),
        created_at: e.createdAt, updated_at: e.updatedAt }).execute();
    },
    async update(id, p) {
      const row: Partial<VDB['watchlist_entries']> = {};
      if (p.status !== undefined) row.status = p.status;
      if (p.approvedBy !== undefined) row.approved_by = p.approvedBy;
      if (p.approvedByName !== undefined) row.approved_by_name = p.approvedByName;
      if (p.approvedAt !== undefined) row.approved_at = p.approvedAt;
      if (p.updatedAt !== undefined) row.updated_at = p.updatedAt;
      await db.updateTable('watchlist_entries').set(row).where('id', '=', id).execute();
    },
    async get(id) {
      const r = await db.selectFrom('watchlist_entries').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toEntry(r) : undefined;
    },
    async list(schoolIds) {
      if (!schoolIds.length) return [];
      return (await db.selectFrom('watchlist_entries').selectAll().where('school_id', 'in', schoolIds).orderBy('created_at', 'desc').orderBy('id').execute()).map(toEntry);
    },
    async active(schoolId, at) {
      return (await db.selectFrom('watchlist_entries').selectAll().where('school_id', '=', schoolId).where('status', '=', 'active')
        .where('expires_at', '>', at).execute()).map(toEntry);
    },
    async deleteExpired(at) {
      const gone = await db.selectFrom('watchlist_entries').select(['id', 'school_id']).where('expires_at', '<=', at).execute();
      if (gone.length) await db.deleteFrom('watchlist_entries').where('id', 'in', gone.map((g) => g.id)).execute();
      return gone.map((g) => ({ id: g.id, schoolId: g.school_id }));
    },
  };
}
