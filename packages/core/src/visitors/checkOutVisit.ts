import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/requireAccess.ts';
import { conflict, forbidden } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import { auditEntry } from '../util/audit.ts';
import { visitView } from './visitView.ts';

/**
 * The visitor leaves. The face embedding is deleted now: it existed only so the cameras would treat the visitor as
 * "known" during the visit; after check-out the same face is a stranger again.
 */
export async function checkOutVisit(deps: Deps, actor: Actor, visitId: string) {
  const visit = await deps.repos.visitors.getVisit(visitId);
  if (!visit) throw forbidden();
  await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'school', id: visit.schoolId }]);
  if (visit.status !== 'checked_in') throw conflict('Khách chưa vào hoặc đã ra / The visitor is not checked in');
  const now = deps.clock.now();
  const patch = { status: 'checked_out' as const, checkedOutAt: now.toISOString(), checkedOutBy: actor.userId, faceEmbeddingSealed: null, faceModel: null, updatedAt: now.toISOString() };
  await deps.tx(async (r) => {
    await r.visitors.updateVisit(visit.id, patch);
    await r.audit.append(auditEntry(actor, now, 'visit.checked_out', { kind: 'visit', id: visit.id, schoolId: visit.schoolId },
      { overstayed: !!visit.validUntil && visit.validUntil < now.toISOString() }));
  });
  deps.live.publish(`school:${visit.schoolId}:visitors`, { visitId: visit.id, status: 'checked_out' });
  return visitView({ ...visit, ...patch }, now);
}

/**
 * A person settles a check-in the watchlist held: admit (the match was wrong: the visit goes on) or refuse (the visitor
 * is turned away; the face embedding is deleted). Only school staff who manage the watchlist decide, never the guard alone.
 */
export async function settleHeldVisit(deps: Deps, actor: Actor, input: { visitId: string; admit: boolean; note?: string }) {
  const visit = await deps.repos.visitors.getVisit(input.visitId);
  if (!visit) throw forbidden();
  await requireAccess(deps.repos.locator, actor, 'watchlist.manage', [{ kind: 'school', id: visit.schoolId }]);
  if (visit.status !== 'held') throw conflict('Lượt khách này không bị giữ / This visit is not held');
  const now = deps.clock.now();
  const patch = input.admit
    ? { status: 'checked_in' as const, updatedAt: now.toISOString() }
    : { status: 'cancelled' as const, checkedOutAt: now.toISOString(), checkedOutBy: actor.userId, faceEmbeddingSealed: null, faceModel: null, updatedAt: now.toISOString() };
  await deps.tx(async (r) => {
    await r.visitors.updateVisit(visit.id, patch);
    await r.audit.append(auditEntry(actor, now, input.admit ? 'visit.checked_in' : 'visit.checked_out', { kind: 'visit', id: visit.id, schoolId: visit.schoolId },
      { settled: input.admit ? 'admitted_after_watchlist_hold' : 'refused_after_watchlist_hold', watchlistEntryId: visit.watchlistEntryId, note: input.note ?? null }));
  });
  deps.live.publish(`school:${visit.schoolId}:visitors`, { visitId: visit.id, status: patch.status });
  return visitView({ ...visit, ...patch }, now);
}
