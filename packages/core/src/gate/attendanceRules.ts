import type { AttendanceStatus, DaySession } from '@truongan/contracts';
import { VN_OFFSET_MINUTES } from '../util/dates.ts';

/** Minutes since local (Vietnam) midnight. */
export const localMinutes = (at: Date) => {
  const m = (at.getTime() / 60_000 + VN_OFFSET_MINUTES) % 1440;
  return m < 0 ? m + 1440 : m;
};
const hhmm = (s: string) => { const [h, m] = s.split(':').map(Number) as [number, number]; return h * 60 + m; };

/** The session a moment belongs to: the one running, or the next one to start, else the last of the day. */
export function sessionAt(sessions: DaySession[], at: Date): DaySession | null {
  if (sessions.length === 0) return null;
  const m = localMinutes(at);
  const sorted = [...sessions].sort((a, b) => hhmm(a.startsAt) - hhmm(b.startsAt));
  return sorted.find((s) => m < hhmm(s.endsAt)) ?? sorted[sorted.length - 1]!;
}

export interface DayFacts { entryAt: Date | null; exitAt: Date | null; excused: boolean; corrected: AttendanceStatus | null }

/**
 * A student's status for one session, computed from facts rather than stored, so a late camera event or
 * a teacher's correction changes it consistently. Late at start + lateAfter (default +1 min, as schools with
 * face terminals do), absent at start + absentAfter (+15 min) without an entry.
 */
export function attendanceStatus(session: DaySession, facts: DayFacts, now: Date): { status: AttendanceStatus; lateMinutes: number | null } {
  if (facts.corrected) return { status: facts.corrected, lateMinutes: null };
  const start = hhmm(session.startsAt);
  if (facts.entryAt) {
    const lateBy = localMinutes(facts.entryAt) - start;
    const late = lateBy >= session.lateAfterMinutes ? Math.floor(lateBy) : null;
    if (facts.exitAt && facts.exitAt > facts.entryAt) return { status: 'left', lateMinutes: late };
    return { status: late !== null ? 'late' : 'present', lateMinutes: late };
  }
  if (facts.excused) return { status: 'excused', lateMinutes: null };
  return { status: localMinutes(now) >= start + session.absentAfterMinutes ? 'absent' : 'not_yet', lateMinutes: null };
}
