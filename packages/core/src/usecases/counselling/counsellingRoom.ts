import type { CounsellingNote, CounsellingRequestView } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess, scopesWith } from '../../access/requireAccess.ts';
import { forbidden, invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import type { CounsellingRequestRecord } from '../../ports/prevention.ts';
import { auditEntry } from '../../util/audit.ts';

/** Loads a request after checking the permission on its school; unknown and out-of-scope look the same. */
export async function loadRequest(deps: Deps, actor: Actor, permission: 'counselling.read' | 'counselling.manage', requestId: string) {
  const req = await deps.repos.prevention.getRequest(requestId);
  if (!req) throw forbidden();
  await requireAccess(deps.repos.locator, actor, permission, [{ kind: 'school', id: req.schoolId }]);
  return req;
}

async function toView(deps: Deps, reqs: CounsellingRequestRecord[]): Promise<CounsellingRequestView[]> {
  const sessions = await deps.repos.prevention.listSessions(reqs.map((r) => r.id));
  return Promise.all(reqs.map(async (r) => ({
    id: r.id, schoolId: r.schoolId, source: r.source, studentId: r.studentId,
    studentName: r.studentId ? (await deps.repos.people.getStudent(r.studentId))?.fullName ?? null : null,
    topic: r.topic, message: deps.secrets.openText(r.messageSealed), status: r.status, caseId: r.caseId, createdAt: r.createdAt,
    sessions: sessions.filter((s) => s.requestId === r.id).map((s) => ({ id: s.id, scheduledAt: s.scheduledAt, place: s.place, status: s.status })),
  })));
}

/** The counsellor's queue. The students' own words are confidential too, so listing them is an audited read. */
export async function listCounsellingRequests(deps: Deps, actor: Actor): Promise<CounsellingRequestView[]> {
  const schoolIds = scopesWith(actor, 'counselling.read').filter((g) => g.scopeKind === 'school').map((g) => g.scopeId);
  if (!schoolIds.length) throw forbidden();
  await requireAccess(deps.repos.locator, actor, 'counselling.read', schoolIds.map((id) => ({ kind: 'school' as const, id })));
  const reqs = await deps.repos.prevention.listRequests(schoolIds, 200);
  await deps.tx((r) => r.audit.append(auditEntry(actor, deps.clock.now(), 'counselling.read', { kind: 'counselling_queue', schoolId: schoolIds[0] ?? null },
    { requests: reqs.length, schools: schoolIds })));
  return toView(deps, reqs);
}

export async function scheduleSession(deps: Deps, actor: Actor, requestId: string, input: { scheduledAt: string; place: string }) {
  const req = await loadRequest(deps, actor, 'counselling.manage', requestId);
  if (req.status === 'closed') throw invalidInput('Yêu cầu đã đóng / The request is closed');
  const now = deps.clock.now();
  const id = deps.ids.next();
  await deps.tx(async (r) => {
    await r.prevention.insertSession({ id, requestId, schoolId: req.schoolId, scheduledAt: new Date(input.scheduledAt).toISOString(), place: input.place,
      counsellorId: actor.userId, status: 'scheduled', createdAt: now.toISOString() });
    await r.prevention.updateRequest(requestId, { status: 'scheduled', updatedAt: now.toISOString() });
    await r.audit.append(auditEntry(actor, now, 'counselling.scheduled', { kind: 'counselling_request', id: requestId, schoolId: req.schoolId }, { sessionId: id }));
  });
  return { id, scheduledAt: new Date(input.scheduledAt).toISOString(), place: input.place, status: 'scheduled' };
}

/** Notes are sealed at rest; the audit row says a note was written and its group, never what it says. */
export async function writeNote(deps: Deps, actor: Actor, requestId: string, input: { sessionId?: string; contentGroup: CounsellingNote['contentGroup']; risk: CounsellingNote['risk']; body: string }) {
  const req = await loadRequest(deps, actor, 'counselling.manage', requestId);
  if (input.sessionId && !(await deps.repos.prevention.listSessions([requestId])).some((s) => s.id === input.sessionId)) {
    throw invalidInput('Buổi tư vấn không thuộc yêu cầu này / Session of another request', [{ path: 'sessionId', message: 'unknown' }]);
  }
  const now = deps.clock.now();
  const id = deps.ids.next();
  await deps.tx(async (r) => {
    await r.prevention.insertNote({ id, requestId, sessionId: input.sessionId ?? null, schoolId: req.schoolId, contentGroup: input.contentGroup, risk: input.risk,
      bodySealed: deps.secrets.sealText(input.body), writtenBy: actor.userId, createdAt: now.toISOString() });
    await r.audit.append(auditEntry(actor, now, 'counselling.note_written', { kind: 'counselling_request', id: requestId, schoolId: req.schoolId },
      { noteId: id, contentGroup: input.contentGroup, risk: input.risk }));
  });
  return { id };
}

/** Counsellors only (counselling.read); each read leaves an audit row, written before the notes are returned. */
export async function readNotes(deps: Deps, actor: Actor, requestId: string): Promise<{ request: CounsellingRequestView; notes: CounsellingNote[] }> {
  const req = await loadRequest(deps, actor, 'counselling.read', requestId);
  const notes = await deps.repos.prevention.listNotes(requestId);
  await deps.tx((r) => r.audit.append(auditEntry(actor, deps.clock.now(), 'counselling.read', { kind: 'counselling_request', id: requestId, schoolId: req.schoolId },
    { notes: notes.length })));
  const authors = new Map<string, string>();
  for (const id of new Set(notes.map((x) => x.writtenBy))) authors.set(id, (await deps.repos.users.getUser(id))?.displayName ?? id);
  return {
    request: (await toView(deps, [req]))[0]!,
    notes: notes.map((x) => ({ id: x.id, sessionId: x.sessionId, contentGroup: x.contentGroup, risk: x.risk, body: deps.secrets.openText(x.bodySealed),
      writtenBy: authors.get(x.writtenBy)!, createdAt: x.createdAt })),
  };
}
