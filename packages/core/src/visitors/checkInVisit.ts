import type { CheckInResult, VisitCheckIn } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/requireAccess.ts';
import { conflict, forbidden, invalidInput } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import { auditEntry } from '../util/audit.ts';
import { matchWatchlist } from '../watchlist/matchWatchlist.ts';
import { parseCccdQr } from './cccd.ts';
import { cleanName, nameKey } from './nameKey.ts';
import type { VisitRecord } from './ports.ts';
import { watchlistLookup } from './premisesPorts.ts';
import { preparePhoto } from './visitPhoto.ts';
import { visitView } from './visitView.ts';

export const DEFAULT_VISIT_MINUTES = 120;

/**
 * The guard checks a visitor in: identity from the CCCD QR (only the name and the last 4 digits survive this function)
 * or typed by hand, a photo, the purpose and the host. A watchlist match holds the check-in and raises a high-priority
 * alert: a person decides, the system never lets in or turns away on its own.
 */
export async function checkInVisit(deps: Deps, actor: Actor, input: { schoolId: string; checkIn: VisitCheckIn }): Promise<CheckInResult> {
  await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'school', id: input.schoolId }]);
  const ci = input.checkIn;
  const now = deps.clock.now();
  const card = ci.qr ? parseCccdQr(ci.qr, now.toISOString().slice(0, 10)) : null;
  const visit = ci.visitId ? await deps.repos.visitors.getVisit(ci.visitId) : undefined;
  if (ci.visitId && (!visit || visit.schoolId !== input.schoolId)) throw forbidden();
  if (visit && visit.status !== 'expected') throw conflict('Lượt khách này đã được xử lý / This visit was already handled');
  const fullName = cleanName(card?.fullName ?? ci.fullName ?? visit?.fullName ?? '');
  if (!fullName) throw invalidInput('Cần quét CCCD hoặc nhập họ tên / Scan the ID card or type the name', [{ path: 'fullName', message: 'required' }]);
  const purpose = ci.purpose ?? visit?.purpose;
  if (!purpose) throw invalidInput('Cần ghi mục đích đến trường / The purpose of the visit is required', [{ path: 'purpose', message: 'required' }]);
  let host = visit?.hostUserId ? { id: visit.hostUserId, name: visit.hostName ?? '' } : null;
  if (ci.hostUserId) {
    host = (await deps.repos.visitors.hostsOfSchool(input.schoolId)).find((h) => h.id === ci.hostUserId) ?? null;
    if (!host) throw invalidInput('Người tiếp khách không thuộc trường / The host is not staff of this school', [{ path: 'hostUserId', message: 'unknown' }]);
  }
  const photo = ci.photo ? await preparePhoto(deps, ci.photo) : null;
  const idLast4 = card?.idLast4 ?? ci.idLast4 ?? null;

  const entries = await (deps.premises?.watchlist ?? watchlistLookup(deps)).activeEntries(input.schoolId, now.toISOString());
  const hit = matchWatchlist({ fullName, idLast4, model: photo?.face?.model ?? null, embedding: photo?.face?.embedding ?? null }, entries);

  const minutes = ci.minutes ?? (visit?.expectedUntil && Date.parse(visit.expectedUntil) > now.getTime()
    ? Math.ceil((Date.parse(visit.expectedUntil) - now.getTime()) / 60_000) : DEFAULT_VISIT_MINUTES);
  const photoId = photo ? deps.ids.next() : null;
  const base: VisitRecord = visit ?? {
    id: deps.ids.next(), schoolId: input.schoolId, status: 'expected', fullName, nameKey: nameKey(fullName), idLast4: null, purpose,
    hostUserId: null, hostName: null, expectedFrom: null, expectedUntil: null, registeredBy: null, checkedInAt: null, checkedInBy: null, validUntil: null,
    checkedOutAt: null, checkedOutBy: null, photoId: null, faceModel: null, faceEmbeddingSealed: null, watchlistEntryId: null, overstayAlertedAt: null,
    createdAt: now.toISOString(), updatedAt: now.toISOString(),
  };
  const next: VisitRecord = {
    ...base, status: hit ? 'held' : 'checked_in', fullName, nameKey: nameKey(fullName), idLast4, purpose, hostUserId: host?.id ?? null, hostName: host?.name ?? null,
    checkedInAt: now.toISOString(), checkedInBy: actor.userId, validUntil: new Date(now.getTime() + minutes * 60_000).toISOString(),
    photoId, faceModel: photo?.face?.model ?? null, faceEmbeddingSealed: photo?.face?.embeddingSealed ?? null, watchlistEntryId: hit?.entry.id ?? null,
    updatedAt: now.toISOString(),
  };
  await deps.tx(async (r) => {
    if (visit) await r.visitors.updateVisit(next.id, next); else await r.visitors.insertVisit(next);
    if (photo && photoId) {
      await r.visitors.insertPhoto({ id: photoId, visitId: next.id, schoolId: next.schoolId, type: photo.type, size: photo.size, dataSealed: photo.dataSealed, createdAt: next.updatedAt });
    }
    await r.audit.append(auditEntry(actor, now, hit ? 'visit.held' : 'visit.checked_in', { kind: 'visit', id: next.id, schoolId: next.schoolId },
      { by: card ? 'cccd_qr' : 'typed', photo: !!photo, face: !!photo?.face, ...(hit ? { watchlistEntryId: hit.entry.id, match: hit.by } : {}) }));
  });
  let alertId: string | null = null;
  if (hit) {
    const raised = await deps.premises?.alerts?.raise({
      schoolId: next.schoolId, kind: 'visitor_watchlist', priority: 'high', subject: { type: 'visit', id: next.id }, dedupeKey: `visitor_watchlist:${next.id}`,
      summaryVi: `Khách "${fullName}" trùng danh sách theo dõi (${hit.by === 'face' ? 'khuôn mặt' : 'họ tên'}): giữ lại, cần người xác nhận`,
      summaryEn: `Visitor "${fullName}" matches the watchlist (${hit.by}): held, a person must confirm`,
    });
    alertId = raised?.id ?? null;
  }
  deps.live.publish(`school:${next.schoolId}:visitors`, { visitId: next.id, status: next.status });
  // The host's in-app notice: their screen listens here and lists their visitors (GET /api/me/visits).
  if (next.hostUserId && !hit) deps.live.publish(`user:${next.hostUserId}:visits`, { visitId: next.id, fullName, at: next.checkedInAt });
  return { visit: visitView(next, now), outcome: hit ? 'held' : 'checked_in', faceChecked: !!photo && !!deps.faceEngine, faceFound: !!photo?.face, alertId };
}
