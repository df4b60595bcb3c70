import type { Actor } from '../../access/actor.ts';
import { actorMay, requireAccess } from '../../access/requireAccess.ts';
import { forbidden, invalidInput, notFound } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';
import { vnDate } from '../../util/dates.ts';
import { consentInForce } from '../consent/consentStatus.ts';

/** The guard's console: today's passages at the school, newest first, with names for recognised students only. */
export async function gateFeed(deps: Deps, actor: Actor, input: { schoolId: string; limit?: number }) {
  await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'school', id: input.schoolId }]);
  const passages = await deps.repos.gate.listPassages({ schoolId: input.schoolId, localDate: vnDate(deps.clock.now()), limit: Math.min(input.limit ?? 50, 200) });
  const names = new Map<string, { fullName: string; className: string | null }>();
  // Candidates are named only where a person has to choose between them (siblings, close scores).
  const ids = [...new Set(passages.flatMap((p) => [p.studentId, ...(p.decision === 'needs_confirmation' ? p.candidates.map((c) => c.studentId) : [])]).filter((x): x is string => !!x))];
  if (ids.length) for (const s of await deps.repos.people.listStudents({ schoolId: input.schoolId, studentIds: ids })) names.set(s.id, { fullName: s.fullName, className: s.className });
  return passages.map((p) => ({
    ...p,
    candidates: p.decision === 'needs_confirmation' ? p.candidates.map((c) => ({ ...c, fullName: names.get(c.studentId)?.fullName ?? null, className: names.get(c.studentId)?.className ?? null })) : p.candidates,
    studentName: p.studentId ? names.get(p.studentId)?.fullName ?? null : null, className: p.studentId ? names.get(p.studentId)?.className ?? null : null,
  }));
}

/** A person settles a passage the machine would not decide (siblings, close scores): which student it was, or nobody known. */
export async function confirmPassage(deps: Deps, actor: Actor, input: { passageId: string; studentId: string | null }) {
  const p = await deps.repos.gate.getPassage(input.passageId);
  if (!p) throw notFound('passage');
  await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'school', id: p.schoolId }]);
  if (p.decision !== 'needs_confirmation') throw invalidInput('Lượt này không cần xác nhận / This passage needs no confirmation');
  if (input.studentId && !p.candidates.some((c) => c.studentId === input.studentId)) throw invalidInput('Chỉ chọn trong các ứng viên / Choose one of the candidates');
  const now = deps.clock.now();
  await deps.tx(async (r) => {
    await r.gate.updatePassage(p.id, { decision: input.studentId ? 'known' : 'unknown', studentId: input.studentId, confirmedBy: actor.userId });
    await r.audit.append(auditEntry(actor, now, 'passage.confirmed', { kind: 'passage', id: p.id, schoolId: p.schoolId }, { studentId: input.studentId }));
  });
  deps.live.publish(`school:${p.schoolId}:gate`, { passageId: p.id, decision: input.studentId ? 'known' : 'unknown', studentId: input.studentId, confirmed: true });
}

/**
 * A gate snapshot is a child's face: readable by the school's guards and principal, the student's homeroom
 * teacher, and guardians who consented to snapshot sharing. Every read is audited.
 */
export async function readSnapshot(deps: Deps, actor: Actor, snapshotId: string) {
  const snap = await deps.snapshots.get(snapshotId);
  if (!snap) throw forbidden();
  const passage = await deps.repos.gate.passageBySnapshot(snapshotId);
  const school = (await deps.repos.locator.locate([{ kind: 'school', id: snap.meta.schoolId }])).get(`school:${snap.meta.schoolId}`);
  let allowed = !!school && actorMay(actor, 'gate.operate', school);
  if (!allowed && passage?.studentId) {
    const loc = (await deps.repos.locator.locate([{ kind: 'student', id: passage.studentId }])).get(`student:${passage.studentId}`);
    allowed = !!loc && actorMay(actor, 'attendance.read', loc);
    // Guardians see the snapshot only while snapshot sharing is consented; teachers see it for attendance.
    if (allowed && actor.studentIds.includes(passage.studentId)) allowed = await consentInForce(deps, passage.studentId, 'snapshot_sharing');
  }
  if (!allowed) throw forbidden();
  await deps.tx((r) => r.audit.append(auditEntry(actor, deps.clock.now(), 'snapshot.read', { kind: 'snapshot', id: snapshotId, schoolId: snap.meta.schoolId }, { studentId: passage?.studentId ?? null })));
  return snap.jpeg;
}
