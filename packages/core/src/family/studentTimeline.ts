import type { StudentTimeline, TimelineDay } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/requireAccess.ts';
import { invalidInput } from '../errors.ts';
import { attendanceStatus, localMinutes } from '../gate/attendanceRules.ts';
import type { Deps } from '../ports/deps.ts';
import { vnDate } from '../util/dates.ts';
import { consentInForce } from '../usecases/consent/consentStatus.ts';

const hhmm = (s: string) => { const [h, m] = s.split(':').map(Number) as [number, number]; return h * 60 + m; };
const DAY_MS = 86_400_000;
const MAX_DAYS = 31;
/** Arrivals up to two hours before a session count for it, as on the class board. */
const EARLY_WINDOW_MIN = 120;

/**
 * A child's days, newest first: each entry and exit (with the gate snapshot when the caller may see it) and the
 * attendance mark of every session, computed from the same rules as the teacher's board. Guardians of the
 * child and staff with attendance.read over the child only; pictures only while snapshot sharing is consented.
 */
export async function studentTimeline(deps: Deps, actor: Actor, input: { studentId: string; from?: string; to?: string }): Promise<StudentTimeline> {
  await requireAccess(deps.repos.locator, actor, 'attendance.read', [{ kind: 'student', id: input.studentId }]);
  const now = deps.clock.now();
  const to = input.to ?? vnDate(now);
  const from = input.from ?? vnDate(new Date(Date.parse(`${to}T00:00:00Z`) - 6 * DAY_MS));
  const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
  if (span < 0 || span >= MAX_DAYS) throw invalidInput(`Khoảng ngày từ 1 đến ${MAX_DAYS} ngày / The range must be 1 to ${MAX_DAYS} days`);
  const student = (await deps.repos.people.getStudent(input.studentId))!;
  const cls = student.classId ? await deps.repos.org.getClass(student.classId) : undefined;
  // A guardian sees pictures only under consent; school staff see them for attendance (readSnapshot enforces the same).
  const isFamily = actor.studentIds.includes(student.id);
  const shared = isFamily ? await consentInForce(deps, student.id, 'snapshot_sharing') : true;
  const sinceIso = new Date(Date.parse(`${from}T00:00:00Z`) - 7 * 3_600_000).toISOString();
  const passages = (await deps.repos.gate.listPassages({ schoolId: student.schoolId, studentIds: [student.id], decisions: ['known'], limit: 2_000, sinceDecidedAt: sinceIso }))
    .filter((p) => p.localDate >= from && p.localDate <= to).sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
  const sessions = [...await deps.repos.org.listDaySessions(student.schoolId)].sort((a, b) => hhmm(a.startsAt) - hhmm(b.startsAt));
  const days: TimelineDay[] = [];
  for (let d = Date.parse(`${to}T00:00:00Z`); d >= Date.parse(`${from}T00:00:00Z`); d -= DAY_MS) {
    const date = new Date(d).toISOString().slice(0, 10);
    const weekday = new Date(d).getUTCDay();
    const mine = passages.filter((p) => p.localDate === date);
    const [corrections, excused] = await Promise.all([deps.repos.gate.corrections([student.id], date), deps.repos.gate.excusedOn([student.id], date)]);
    const asOf = date === vnDate(now) ? now : new Date(`${date}T16:59:00Z`);
    // "Absent" needs evidence that the gate was recording that day: weekends, holidays and days before the school
    // started using the system carry no marks unless the child passed, or a teacher corrected or excused them.
    const schoolDay = weekday !== 0 && weekday !== 6;
    const gateRan = mine.length > 0 || (schoolDay && (await deps.repos.gate.listPassages({ schoolId: student.schoolId, localDate: date, limit: 1 })).length > 0);
    const marks = (gateRan || corrections.length || excused.length) ? sessions
      .filter((s) => date < vnDate(now) || localMinutes(now) >= hhmm(s.startsAt))
      .map((s) => {
        const inS = mine.filter((p) => { const m = localMinutes(new Date(p.decidedAt)); return m >= hhmm(s.startsAt) - EARLY_WINDOW_MIN && m <= hhmm(s.endsAt); });
        const entry = inS.find((p) => p.direction === 'in');
        const exit = entry ? [...inS].reverse().find((p) => p.direction === 'out' && p.decidedAt > entry.decidedAt) : undefined;
        const corrected = [...corrections].reverse().find((c) => c.sessionName === s.name)?.status ?? null;
        const st = attendanceStatus(s, { entryAt: entry ? new Date(entry.decidedAt) : null, exitAt: exit ? new Date(exit.decidedAt) : null, excused: excused.includes(student.id), corrected }, asOf);
        return { name: s.name, status: st.status, lateMinutes: st.lateMinutes };
      }) : [];
    if (!marks.length && !mine.length) continue;
    days.push({ date, sessions: marks, passages: mine.map((p) => ({ id: p.id, direction: p.direction, at: p.decidedAt, snapshotId: shared ? p.snapshotId : null })) });
  }
  return { studentId: student.id, fullName: student.fullName, className: cls?.name ?? null, snapshotsShared: shared, days };
}
