import type { AttendanceStatus, BoardRow, ClassBoard } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import type { Deps } from '../../ports/deps.ts';
import { attendanceStatus, localMinutes, sessionAt } from '../../gate/attendanceRules.ts';
import { vnDate } from '../../util/dates.ts';

const hhmm = (s: string) => { const [h, m] = s.split(':').map(Number) as [number, number]; return h * 60 + m; };
/** Arrivals up to two hours before a session belong to it (early drop-off, breakfast at school). */
const EARLY_WINDOW_MIN = 120;

/** The homeroom teacher's live board: who is present, late, absent or has left, with times and snapshots. */
export async function classBoard(deps: Deps, actor: Actor, input: { classId: string; date?: string }): Promise<ClassBoard> {
  await requireAccess(deps.repos.locator, actor, 'attendance.read', [{ kind: 'class', id: input.classId }]);
  const cls = (await deps.repos.org.getClass(input.classId))!;
  const now = deps.clock.now();
  const date = input.date ?? vnDate(now);
  const students = await deps.repos.people.listStudents({ schoolId: cls.schoolId, classIds: [cls.id] });
  const ids = students.map((s) => s.id);
  const sessions = await deps.repos.org.listDaySessions(cls.schoolId);
  const asOf = date === vnDate(now) ? now : new Date(`${date}T16:59:00Z`); // a past day is read as of its end
  const session = sessionAt(sessions, asOf);
  const [passages, corrections, excused, enrolled] = await Promise.all([
    deps.repos.gate.listPassages({ schoolId: cls.schoolId, localDate: date, studentIds: ids, decisions: ['known'], limit: 10_000 }),
    deps.repos.gate.corrections(ids, date), deps.repos.gate.excusedOn(ids, date), deps.repos.faces.enrolledAmong(ids),
  ]);
  const inWindow = (iso: string) => {
    if (!session) return true;
    const m = localMinutes(new Date(iso));
    return m >= hhmm(session.startsAt) - EARLY_WINDOW_MIN && m <= hhmm(session.endsAt);
  };
  const rows: BoardRow[] = students.map((s) => {
    const mine = passages.filter((p) => p.studentId === s.id && inWindow(p.decidedAt)).sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
    const entry = mine.find((p) => p.direction === 'in');
    const exit = entry ? [...mine].reverse().find((p) => p.direction === 'out' && p.decidedAt > entry.decidedAt) : undefined;
    const correction = [...corrections].reverse().find((c) => c.studentId === s.id && (!session || c.sessionName === session.name));
    const facts = { entryAt: entry ? new Date(entry.decidedAt) : null, exitAt: exit ? new Date(exit.decidedAt) : null, excused: excused.includes(s.id), corrected: correction?.status ?? null };
    const st = session ? attendanceStatus(session, facts, asOf) : { status: (entry ? 'present' : 'not_yet') as AttendanceStatus, lateMinutes: null };
    return { studentId: s.id, fullName: s.fullName, status: st.status, lateMinutes: st.lateMinutes, entryAt: entry?.decidedAt ?? null, exitAt: exit?.decidedAt ?? null,
      snapshotId: entry?.snapshotId ?? exit?.snapshotId ?? null, corrected: !!correction, faceEnrolled: enrolled.includes(s.id) };
  });
  const counts = Object.fromEntries((['not_yet', 'present', 'late', 'absent', 'excused', 'left'] as const).map((k) => [k, rows.filter((r) => r.status === k).length])) as ClassBoard['counts'];
  return {
    classId: cls.id, className: cls.name, date, counts, rows,
    session: session ? { name: session.name, startsAt: session.startsAt, lateAfterMinutes: session.lateAfterMinutes, absentAfterMinutes: session.absentAfterMinutes } : null,
  };
}
