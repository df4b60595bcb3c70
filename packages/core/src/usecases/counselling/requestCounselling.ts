import type { CounsellingSource } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import { forbidden } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import type { CounsellingRequestRecord } from '../../ports/prevention.ts';
import { auditEntry } from '../../util/audit.ts';

/** Who an anonymous request is, in the audit log: nobody. The chain still shows that a request was made, and when. */
const ANONYMOUS: Actor = { kind: 'user', userId: 'anonymous', displayName: 'Học sinh ẩn danh / anonymous student', grants: [], studentIds: [], mfa: false };
export const handleDigest = (deps: Deps, handle: string) => deps.secrets.digest(`counselling-handle:${handle}`);

async function fileRequest(deps: Deps, auditAs: Actor, rec: Omit<CounsellingRequestRecord, 'id' | 'status' | 'caseId' | 'createdAt' | 'updatedAt'>) {
  const now = deps.clock.now();
  const at = now.toISOString();
  const full: CounsellingRequestRecord = { ...rec, id: deps.ids.next(), status: 'requested', caseId: null, createdAt: at, updatedAt: at };
  await deps.tx(async (r) => {
    await r.prevention.insertRequest(full);
    await r.audit.append(auditEntry(auditAs, now, 'counselling.requested', { kind: 'counselling_request', id: full.id, schoolId: full.schoolId }, { source: full.source }));
  });
  return full.id;
}

/**
 * A student asks for counselling from their app. Anonymous requests keep no identity at all: no student id, no user
 * id, an anonymous audit actor; the student holds a random reply handle (only its digest is stored) to see the answer.
 */
export async function requestCounselling(deps: Deps, actor: Actor, input: { studentId: string; anonymous: boolean; topic?: CounsellingRequestRecord['topic']; message: string }) {
  if (!actor.grants.some((g) => g.role === 'student')) throw forbidden();
  const loc = (await requireAccess(deps.repos.locator, actor, 'counselling.request', [{ kind: 'student', id: input.studentId }])).get(`student:${input.studentId}`)!;
  const replyHandle = input.anonymous ? deps.secrets.randomToken(12) : null;
  const requestId = await fileRequest(deps, input.anonymous ? ANONYMOUS : actor, {
    schoolId: loc.schoolId!, wardId: loc.wardId, provinceId: loc.provinceId, source: input.anonymous ? 'student_anonymous' : 'student',
    studentId: input.anonymous ? null : input.studentId, requestedBy: input.anonymous ? null : actor.userId,
    replyHandleDigest: replyHandle ? handleDigest(deps, replyHandle) : null, topic: input.topic ?? null, messageSealed: deps.secrets.sealText(input.message),
  });
  return { requestId, replyHandle };
}

/** A guardian (own child) or a teacher (own class, or the school's staff) refers a student to the counsellor. */
export async function referStudent(deps: Deps, actor: Actor, input: { studentId: string; topic?: CounsellingRequestRecord['topic']; message: string }) {
  if (actor.grants.some((g) => g.role === 'student')) throw forbidden();
  const loc = (await requireAccess(deps.repos.locator, actor, 'counselling.request', [{ kind: 'student', id: input.studentId }])).get(`student:${input.studentId}`)!;
  const source: CounsellingSource = actor.grants.some((g) => g.role === 'guardian') ? 'guardian_referral' : 'teacher_referral';
  const requestId = await fileRequest(deps, actor, {
    schoolId: loc.schoolId!, wardId: loc.wardId, provinceId: loc.provinceId, source, studentId: input.studentId, requestedBy: actor.userId,
    replyHandleDigest: null, topic: input.topic ?? null, messageSealed: deps.secrets.sealText(input.message),
  });
  return { requestId, replyHandle: null };
}

/** The anonymous student checks their request with the handle: status and session times only. */
export async function anonymousRequestStatus(deps: Deps, actor: Actor, handle: string) {
  if (!actor.grants.some((g) => g.role === 'student')) throw forbidden();
  const req = await deps.repos.prevention.findRequestByHandle(handleDigest(deps, handle));
  if (!req) throw forbidden();
  const sessions = await deps.repos.prevention.listSessions([req.id]);
  return { status: req.status, sessions: sessions.map((s) => ({ scheduledAt: s.scheduledAt, place: s.place, status: s.status })) };
}
