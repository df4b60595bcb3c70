import type { Host, VisitLogQuery } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/requireAccess.ts';
import { forbidden, invalidInput, notFound } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import { auditEntry } from '../util/audit.ts';
import { nameKey } from './nameKey.ts';
import { requireSchoolAccess } from './schoolAccess.ts';
import { localDateStart, localDayStart, visitView } from './visitView.ts';

/** The guard's desk: who is expected today, who is inside (and who overstays), who was held; newest first. */
export async function visitorsToday(deps: Deps, actor: Actor, schoolId: string) {
  await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'school', id: schoolId }]);
  const now = deps.clock.now();
  const from = localDayStart(now);
  const today = await deps.repos.visitors.searchVisits({ schoolId, from, to: new Date(Date.parse(from) + 86_400_000).toISOString(), limit: 500 });
  // Anyone still inside from an earlier day belongs on today's desk too.
  const inside = await deps.repos.visitors.searchVisits({ schoolId, statuses: ['checked_in', 'held'], limit: 200 });
  const seen = new Set(today.map((v) => v.id));
  return [...today, ...inside.filter((v) => !seen.has(v.id))].map((v) => visitView(v, now));
}

/** The visitor log, searchable by name (typed with or without diacritics), local date range and host. */
export async function searchVisitLog(deps: Deps, actor: Actor, schoolId: string, q: VisitLogQuery, opts: { export?: boolean } = {}) {
  await requireAccess(deps.repos.locator, actor, 'visit.read', [{ kind: 'school', id: schoolId }]);
  if (q.from && q.to && q.to < q.from) throw invalidInput('Khoảng ngày không hợp lệ / Invalid date range');
  const now = deps.clock.now();
  const rows = await deps.repos.visitors.searchVisits({
    schoolId, nameKey: q.q ? nameKey(q.q) : undefined, hostUserId: q.hostUserId, limit: opts.export ? 10_000 : 300,
    from: q.from ? localDateStart(q.from) : undefined, to: q.to ? new Date(Date.parse(localDateStart(q.to)) + 86_400_000).toISOString() : undefined,
  });
  if (opts.export) {
    await deps.tx((r) => r.audit.append(auditEntry(actor, now, 'export.created', { kind: 'school', id: schoolId, schoolId }, { what: 'visitor_log', rows: rows.length, query: q })));
  }
  return rows.map((v) => visitView(v, now));
}

/** One visit, for its badge (guard) or its host. */
export async function getVisit(deps: Deps, actor: Actor, visitId: string) {
  const v = await deps.repos.visitors.getVisit(visitId);
  if (!v) throw forbidden();
  if (v.hostUserId !== actor.userId) await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'school', id: v.schoolId }]);
  const school = await deps.repos.org.getSchool(v.schoolId);
  return { visit: visitView(v, deps.clock.now()), schoolName: school?.name ?? '' };
}

/** The check-in photo, for the guard comparing a face at check-out; every read is audited (it is a person's face). */
export async function readVisitPhoto(deps: Deps, actor: Actor, visitId: string) {
  const v = await deps.repos.visitors.getVisit(visitId);
  if (!v) throw forbidden();
  await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'school', id: v.schoolId }]);
  const p = v.photoId ? await deps.repos.visitors.getPhoto(v.photoId) : undefined;
  if (!p) throw notFound('ảnh / photo');
  await deps.tx((r) => r.audit.append(auditEntry(actor, deps.clock.now(), 'visit.photo_read', { kind: 'visit', id: v.id, schoolId: v.schoolId })));
  return { type: p.type, data: deps.secrets.open(p.dataSealed) };
}

/** Staff who may host a visit, for the guard's host picker. */
export async function visitHosts(deps: Deps, actor: Actor, schoolId: string): Promise<Host[]> {
  await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'school', id: schoolId }]);
  return deps.repos.visitors.hostsOfSchool(schoolId);
}

/** The host's in-app notice board: visits they host from today on, with their state (arrived, inside, left). */
export async function myHostedVisits(deps: Deps, actor: Actor, schoolId: string) {
  await requireSchoolAccess(deps, actor, 'visit.register', schoolId);
  const now = deps.clock.now();
  const rows = await deps.repos.visitors.searchVisits({ schoolId, hostUserId: actor.userId, from: localDayStart(now), limit: 100 });
  return rows.map((v) => visitView(v, now));
}
