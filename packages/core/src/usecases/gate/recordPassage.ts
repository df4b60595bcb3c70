import type { PassageEvent } from '@truongan/contracts';
import { invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { vnDate } from '../../util/dates.ts';
import { consentInForce } from '../consent/consentStatus.ts';

export const localTime = (iso: string) => new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(11, 16);

/**
 * Records one walk-through reported by the vision role. Idempotent on (camera, track): a redelivered event
 * changes nothing and notifies nobody twice. For a recognised student, the guardians' notifications are
 * written to the outbox in the same transaction (the dispatcher sends them), and screens are told live.
 */
export async function recordPassage(deps: Deps, p: PassageEvent): Promise<{ recorded: boolean }> {
  const camera = await deps.repos.gate.getCamera(p.cameraId);
  if (!camera || camera.schoolId !== p.schoolId) throw invalidInput('Camera không thuộc trường này / Camera does not belong to this school');
  const student = p.studentId ? await deps.repos.people.getStudent(p.studentId) : undefined;
  if (p.studentId && student?.schoolId !== p.schoolId) throw invalidInput('Học sinh không thuộc trường này / Student is not in this school');
  const localDate = vnDate(new Date(p.decidedAt));
  const known = p.decision === 'known' && student && p.direction !== 'unknown';
  const guardians = known ? await deps.repos.people.guardiansOf(student.id) : [];
  const withSnapshot = known ? await consentInForce(deps, student.id, 'snapshot_sharing') : false;
  const cls = student?.classId ? await deps.repos.org.getClass(student.classId) : undefined;
  const recorded = await deps.tx(async (r) => {
    if (!(await r.gate.insertPassage({ ...p, localDate, confirmedBy: null }))) return false;
    if (known) {
      const kind = p.direction === 'in' ? 'passage_entry' : 'passage_exit';
      const verb = p.direction === 'in' ? 'đã vào trường' : 'đã ra khỏi trường';
      for (const g of guardians) {
        await r.outbox.enqueue({
          id: deps.ids.next(), idempotencyKey: `${kind}:${p.id}:${g.id}`, channel: 'auto', recipient: g.id, template: kind,
          body: `Con ${student.fullName} lớp ${cls?.name ?? ''} ${verb} lúc ${localTime(p.decidedAt)} ngày ${localDate.split('-').reverse().join('/')}.`,
          data: { passageId: p.id, studentId: student.id, guardianId: g.id, at: p.decidedAt, snapshotId: withSnapshot ? p.snapshotId : null },
          status: 'pending', createdAt: deps.clock.now().toISOString(),
        });
      }
    }
    return true;
  });
  if (recorded) {
    const summary = { passageId: p.id, cameraId: p.cameraId, decision: p.decision, studentId: p.studentId, studentName: student?.fullName ?? null,
      className: cls?.name ?? null, direction: p.direction, at: p.decidedAt, score: p.score, snapshotId: p.snapshotId };
    deps.live.publish(`school:${p.schoolId}:gate`, summary);
    if (cls) deps.live.publish(`class:${cls.id}`, summary);
  }
  return { recorded };
}
