import type { AttendanceStatus } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import { invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';

/** A teacher corrects a student's status for a session (camera missed them, card used, ...). Audited with the reason. */
export async function correctAttendance(deps: Deps, actor: Actor, input: { studentId: string; date: string; sessionName: 'morning' | 'afternoon'; status: AttendanceStatus; reason: string }) {
  const loc = await requireAccess(deps.repos.locator, actor, 'attendance.correct', [{ kind: 'student', id: input.studentId }]);
  if (input.status === 'not_yet') throw invalidInput('Không thể sửa thành "chưa đến" / Cannot correct to "not yet"');
  const now = deps.clock.now();
  await deps.tx(async (r) => {
    await r.gate.insertCorrection({ id: deps.ids.next(), studentId: input.studentId, localDate: input.date, sessionName: input.sessionName, status: input.status,
      reason: input.reason, correctedBy: actor.userId, at: now.toISOString() });
    await r.audit.append(auditEntry(actor, now, 'attendance.corrected', { kind: 'student', id: input.studentId, schoolId: loc.get(`student:${input.studentId}`)!.schoolId },
      { date: input.date, session: input.sessionName, status: input.status, reason: input.reason }));
  });
}

/** The family told the school in advance: the student is excused for these days and is not marked absent. */
export async function excuseAbsence(deps: Deps, actor: Actor, input: { studentId: string; fromDate: string; toDate: string; reason: string }) {
  await requireAccess(deps.repos.locator, actor, 'attendance.correct', [{ kind: 'student', id: input.studentId }]);
  if (input.toDate < input.fromDate) throw invalidInput('Ngày kết thúc trước ngày bắt đầu / End date before start date');
  await deps.repos.gate.insertExcuse({ id: deps.ids.next(), ...input, recordedBy: actor.userId, at: deps.clock.now().toISOString() });
}
