import { systemActor } from '../access/actor.ts';
import type { Deps } from '../ports/deps.ts';
import { auditEntry } from '../util/audit.ts';
import { localTimeOf } from './visitView.ts';

/** Check-in photos are kept 30 days after the visit ends (the visitor log keeps name and times longer). */
export const VISIT_PHOTO_DAYS = 30;

/**
 * Run by the jobs role every minute: raises `visitor_overstay` once per visit whose badge expired while the visitor is
 * still inside (the visit row remembers it was alerted, and the dedupe key guards against a race between two job
 * processes), and deletes old check-in photos.
 */
export async function sweepVisits(deps: Deps): Promise<{ overstayAlerts: number; photosDeleted: number }> {
  const now = deps.clock.now();
  let overstayAlerts = 0;
  for (const v of await deps.repos.visitors.overstaying(now.toISOString())) {
    // Raise, then mark: if raising fails the visit stays unmarked and the next sweep tries again.
    const raised = await deps.premises?.alerts?.raise({
      schoolId: v.schoolId, kind: 'visitor_overstay', priority: 'normal', subject: { type: 'visit', id: v.id }, dedupeKey: `visitor_overstay:${v.id}`,
      summaryVi: `Khách "${v.fullName}" quá giờ (hết hạn lúc ${localTimeOf(v.validUntil!)}), chưa ra khỏi trường`,
      summaryEn: `Visitor "${v.fullName}" overstayed (badge expired at ${localTimeOf(v.validUntil!)}) and has not checked out`,
    });
    await deps.repos.visitors.updateVisit(v.id, { overstayAlertedAt: now.toISOString() });
    if (raised?.created) overstayAlerts++;
  }
  const photosDeleted = await deps.repos.visitors.deletePhotosOfVisitsEndedBefore(new Date(now.getTime() - VISIT_PHOTO_DAYS * 86_400_000).toISOString());
  if (photosDeleted) await deps.tx((r) => r.audit.append(auditEntry(systemActor('retention'), now, 'retention.ran', {}, { visitPhotos: photosDeleted })));
  return { overstayAlerts, photosDeleted };
}
