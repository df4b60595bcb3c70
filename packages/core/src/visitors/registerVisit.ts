import type { VisitRegistration } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { invalidInput } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import { auditEntry } from '../util/audit.ts';
import { cleanName, nameKey } from './nameKey.ts';
import type { VisitRecord } from './ports.ts';
import { requireSchoolAccess } from './schoolAccess.ts';
import { visitView } from './visitView.ts';

/** A staff member announces a visitor they host; the guard then finds the name in "expected today" at the gate. */
export async function registerVisit(deps: Deps, actor: Actor, input: { schoolId: string; visit: VisitRegistration }) {
  await requireSchoolAccess(deps, actor, 'visit.register', input.schoolId);
  const { expectedFrom, expectedUntil } = input.visit;
  if (Date.parse(expectedUntil) <= Date.parse(expectedFrom)) throw invalidInput('Giờ kết thúc phải sau giờ bắt đầu / The end must be after the start');
  if (Date.parse(expectedUntil) - Date.parse(expectedFrom) > 12 * 3600_000) throw invalidInput('Một lượt khách tối đa 12 giờ / A visit lasts at most 12 hours');
  const now = deps.clock.now();
  const fullName = cleanName(input.visit.fullName);
  const v: VisitRecord = {
    id: deps.ids.next(), schoolId: input.schoolId, status: 'expected', fullName, nameKey: nameKey(fullName), idLast4: null, purpose: input.visit.purpose,
    hostUserId: actor.userId, hostName: actor.displayName, expectedFrom: new Date(expectedFrom).toISOString(), expectedUntil: new Date(expectedUntil).toISOString(),
    registeredBy: actor.userId, checkedInAt: null, checkedInBy: null, validUntil: null, checkedOutAt: null, checkedOutBy: null, photoId: null, faceModel: null,
    faceEmbeddingSealed: null, watchlistEntryId: null, overstayAlertedAt: null, createdAt: now.toISOString(), updatedAt: now.toISOString(),
  };
  await deps.tx(async (r) => {
    await r.visitors.insertVisit(v);
    await r.audit.append(auditEntry(actor, now, 'visit.registered', { kind: 'visit', id: v.id, schoolId: v.schoolId }, { expectedFrom: v.expectedFrom }));
  });
  deps.live.publish(`school:${v.schoolId}:visitors`, { visitId: v.id, status: v.status });
  return visitView(v, now);
}
