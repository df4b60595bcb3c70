import type { Visit } from '@truongan/contracts';
import type { VisitRecord } from './ports.ts';

/** What screens get of a visit: never the embedding, never the photo bytes (fetched separately, audited). */
export function visitView(v: VisitRecord, now: Date): Visit {
  return {
    id: v.id, schoolId: v.schoolId, status: v.status, fullName: v.fullName, idLast4: v.idLast4, purpose: v.purpose, hostUserId: v.hostUserId,
    hostName: v.hostName, expectedFrom: v.expectedFrom, expectedUntil: v.expectedUntil, checkedInAt: v.checkedInAt, validUntil: v.validUntil,
    checkedOutAt: v.checkedOutAt, hasPhoto: v.photoId !== null, faceKnown: v.faceEmbeddingSealed !== null,
    overstay: v.status === 'checked_in' && v.validUntil !== null && v.validUntil < now.toISOString(), heldByWatchlist: v.watchlistEntryId !== null,
    createdAt: v.createdAt,
  };
}

/** Start of the local (UTC+7) day containing `at`, as an ISO instant; the guard's "today" is Vietnam's today. */
export function localDayStart(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - 7 * 3600_000).toISOString();
}

/** A local (UTC+7) calendar date → the ISO instant its day starts. */
export const localDateStart = (date: string) => new Date(Date.parse(`${date}T00:00:00+07:00`)).toISOString();

/** HH:MM in Vietnam time, for alert texts. */
export const localTimeOf = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(11, 16);
