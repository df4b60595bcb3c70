import type { WatchlistEntry, WatchlistInput } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { requireAccess, scopesWith } from '../access/requireAccess.ts';
import { conflict, forbidden, invalidInput } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import { auditEntry } from '../util/audit.ts';
import { cleanName, nameKey } from '../visitors/nameKey.ts';
import { preparePhoto } from '../visitors/visitPhoto.ts';
import type { WatchlistEntryRecord } from './ports.ts';

/** An entry must expire; half a school year at most, then whoever asked must ask again. */
export const WATCHLIST_MAX_DAYS = 180;

const view = (e: WatchlistEntryRecord): WatchlistEntry => ({
  id: e.id, schoolId: e.schoolId, status: e.status, fullName: e.fullName, idLast4: e.idLast4, reasonKind: e.reasonKind, reasonNote: e.reasonNote,
  source: e.source, requestedByName: e.requestedByName, approvedByName: e.approvedByName, approvedAt: e.approvedAt, expiresAt: e.expiresAt,
  hasFace: e.faceEmbeddingSealed !== null, createdAt: e.createdAt,
});

/**
 * A school admin or the ward police asks for a person to be watched at a school. The entry is not in force until a
 * second person approves it; it carries its reason, its source document and a required expiry. The photo, if any, is
 * sealed and its face embedding kept for matching at check-in and by the cameras.
 */
export async function requestWatchlistEntry(deps: Deps, actor: Actor, input: WatchlistInput) {
  await requireAccess(deps.repos.locator, actor, 'watchlist.manage', [{ kind: 'school', id: input.schoolId }]);
  const now = deps.clock.now();
  const expiresAt = new Date(Date.parse(`${input.expiresOn}T23:59:59+07:00`));
  if (Number.isNaN(expiresAt.getTime()) || expiresAt <= now) throw invalidInput('Ngày hết hạn phải ở tương lai / The expiry must be in the future', [{ path: 'expiresOn', message: 'past' }]);
  if (expiresAt.getTime() - now.getTime() > WATCHLIST_MAX_DAYS * 86_400_000) {
    throw invalidInput(`Thời hạn tối đa ${WATCHLIST_MAX_DAYS} ngày / At most ${WATCHLIST_MAX_DAYS} days`, [{ path: 'expiresOn', message: 'too_far' }]);
  }
  const photo = input.photo ? await preparePhoto(deps, input.photo) : null;
  const fullName = cleanName(input.fullName);
  const e: WatchlistEntryRecord = {
    id: deps.ids.next(), schoolId: input.schoolId, status: 'pending', fullName, nameKey: nameKey(fullName), idLast4: input.idLast4 ?? null,
    reasonKind: input.reasonKind, reasonNote: input.reasonNote ?? null, source: input.source, requestedBy: actor.userId, requestedByName: actor.displayName,
    approvedBy: null, approvedByName: null, approvedAt: null, expiresAt: expiresAt.toISOString(), photoType: photo?.type ?? null,
    photoSealed: photo?.dataSealed ?? null, faceModel: photo?.face?.model ?? null, faceEmbeddingSealed: photo?.face?.embeddingSealed ?? null,
    createdAt: now.toISOString(), updatedAt: now.toISOString(),
  };
  await deps.tx(async (r) => {
    await r.watchlist.insert(e);
    await r.audit.append(auditEntry(actor, now, 'watchlist.requested', { kind: 'watchlist', id: e.id, schoolId: e.schoolId },
      { reasonKind: e.reasonKind, source: e.source, expiresAt: e.expiresAt, photo: !!photo, face: !!photo?.face }));
  });
  return view(e);
}

async function entryInScope(deps: Deps, actor: Actor, id: string) {
  const e = await deps.repos.watchlist.get(id);
  if (!e) throw forbidden();
  await requireAccess(deps.repos.locator, actor, 'watchlist.manage', [{ kind: 'school', id: e.schoolId }]);
  return e;
}

/** The second person puts a pending entry in force. The requester cannot approve their own request. */
export async function approveWatchlistEntry(deps: Deps, actor: Actor, id: string) {
  const e = await entryInScope(deps, actor, id);
  if (e.status !== 'pending') throw conflict('Mục này không chờ phê duyệt / This entry is not pending');
  if (e.requestedBy === actor.userId) throw forbidden('Người đề nghị không tự phê duyệt được / The requester cannot approve their own entry');
  const now = deps.clock.now();
  const patch = { status: 'active' as const, approvedBy: actor.userId, approvedByName: actor.displayName, approvedAt: now.toISOString(), updatedAt: now.toISOString() };
  await deps.tx(async (r) => {
    await r.watchlist.update(e.id, patch);
    await r.audit.append(auditEntry(actor, now, 'watchlist.approved', { kind: 'watchlist', id: e.id, schoolId: e.schoolId }, { requestedBy: e.requestedBy }));
  });
  return view({ ...e, ...patch });
}

export async function revokeWatchlistEntry(deps: Deps, actor: Actor, id: string) {
  const e = await entryInScope(deps, actor, id);
  if (e.status === 'revoked') throw conflict('Mục này đã bị thu hồi / This entry is already revoked');
  const now = deps.clock.now();
  await deps.tx(async (r) => {
    await r.watchlist.update(e.id, { status: 'revoked', updatedAt: now.toISOString() });
    await r.audit.append(auditEntry(actor, now, 'watchlist.revoked', { kind: 'watchlist', id: e.id, schoolId: e.schoolId }, { previous: e.status }));
  });
  return view({ ...e, status: 'revoked', updatedAt: now.toISOString() });
}

/** Entries of every school the actor manages the watchlist for (a school, or all schools of a ward). */
export async function listWatchlist(deps: Deps, actor: Actor, schoolId?: string) {
  if (schoolId) {
    await requireAccess(deps.repos.locator, actor, 'watchlist.manage', [{ kind: 'school', id: schoolId }]);
    return (await deps.repos.watchlist.list([schoolId])).map(view);
  }
  const grants = scopesWith(actor, 'watchlist.manage');
  if (!grants.length) throw forbidden();
  const schools = await deps.repos.org.listSchools({
    schoolIds: grants.filter((g) => g.scopeKind === 'school').map((g) => g.scopeId), wardIds: grants.filter((g) => g.scopeKind === 'ward').map((g) => g.scopeId),
  });
  return (await deps.repos.watchlist.list(schools.map((s) => s.id))).map(view);
}
