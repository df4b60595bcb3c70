import type { AreaReach, SchoolReach } from '@truongan/contracts';
import type { ReachCounts } from '../../ports/prevention.ts';

const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

export interface ReachSchool { schoolId: string; schoolName: string; wardId: string; students: number }

/**
 * Reach per school from raw counts. Reach = students who acknowledged / students of the school. Completion = required
 * activities done / required; a campaign without required activities is complete once the school has recorded any.
 */
export function computeSchoolReach(schools: ReachSchool[], counts: ReachCounts, requiredTotal: number): SchoolReach[] {
  return schools.map((s) => {
    const st = counts.responses.find((r) => r.schoolId === s.schoolId && r.personKind === 'student');
    const gd = counts.responses.find((r) => r.schoolId === s.schoolId && r.personKind === 'guardian');
    const act = counts.activities.find((a) => a.schoolId === s.schoolId);
    const requiredDone = act?.requiredKeys.length ?? 0;
    const studentsAcknowledged = st?.acknowledged ?? 0;
    return {
      ...s, studentsAcknowledged, studentsQuizzed: st?.quizzed ?? 0,
      averageScorePct: st && st.totalSum > 0 ? pct(st.scoreSum, st.totalSum) : null,
      guardiansAcknowledged: gd?.acknowledged ?? 0, activities: act?.activities ?? 0, participants: act?.participants ?? 0,
      requiredDone, requiredTotal, reachPct: pct(studentsAcknowledged, s.students),
      completionPct: requiredTotal > 0 ? pct(requiredDone, requiredTotal) : (act?.activities ? 100 : 0),
    };
  }).sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'vi'));
}

/** Sums per ward; percentages recomputed from the sums (not averaged), so a large school weighs as it should. */
export function computeAreaReach(rows: SchoolReach[], wardNames: Map<string, string>): AreaReach[] {
  const byWard = new Map<string, SchoolReach[]>();
  for (const r of rows) byWard.set(r.wardId, [...(byWard.get(r.wardId) ?? []), r]);
  return [...byWard].map(([wardId, list]) => {
    const sum = (k: keyof SchoolReach) => list.reduce((s, r) => s + (r[k] as number), 0);
    const students = sum('students'), studentsAcknowledged = sum('studentsAcknowledged'), requiredDone = sum('requiredDone'), requiredTotal = sum('requiredTotal');
    return {
      wardId, wardName: wardNames.get(wardId) ?? wardId, schools: list.length, students, studentsAcknowledged, studentsQuizzed: sum('studentsQuizzed'),
      guardiansAcknowledged: sum('guardiansAcknowledged'), activities: sum('activities'), participants: sum('participants'), requiredDone, requiredTotal,
      reachPct: pct(studentsAcknowledged, students),
      completionPct: requiredTotal > 0 ? pct(requiredDone, requiredTotal) : pct(list.filter((r) => r.activities > 0).length, list.length),
    };
  }).sort((a, b) => a.wardName.localeCompare(b.wardName, 'vi'));
}
