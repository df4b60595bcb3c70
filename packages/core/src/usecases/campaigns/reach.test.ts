import { describe, expect, it } from 'vitest';
import { computeAreaReach, computeSchoolReach } from './reach.ts';

const schools = [
  { schoolId: 's1', schoolName: 'Trường B', wardId: 'w1', students: 200 },
  { schoolId: 's2', schoolName: 'Trường A', wardId: 'w1', students: 50 },
  { schoolId: 's3', schoolName: 'Trường C', wardId: 'w2', students: 10 },
];
const counts = {
  responses: [
    { schoolId: 's1', personKind: 'student' as const, acknowledged: 100, quizzed: 80, scoreSum: 180, totalSum: 240 },
    { schoolId: 's1', personKind: 'guardian' as const, acknowledged: 30, quizzed: 30, scoreSum: 90, totalSum: 90 },
    { schoolId: 's2', personKind: 'student' as const, acknowledged: 50, quizzed: 0, scoreSum: 0, totalSum: 0 },
  ],
  activities: [{ schoolId: 's1', activities: 3, participants: 400, requiredKeys: ['assembly'] }],
};

describe('campaign reach', () => {
  it('counts students and guardians apart and never mixes their scores', () => {
    const rows = computeSchoolReach(schools, counts, 2);
    const s1 = rows.find((r) => r.schoolId === 's1')!;
    expect(s1).toMatchObject({ studentsAcknowledged: 100, guardiansAcknowledged: 30, reachPct: 50, averageScorePct: 75, requiredDone: 1, completionPct: 50, participants: 400 });
    expect(rows.find((r) => r.schoolId === 's2')).toMatchObject({ reachPct: 100, averageScorePct: null, completionPct: 0 });
    expect(rows.map((r) => r.schoolName)).toEqual(['Trường A', 'Trường B', 'Trường C']);
  });

  it('weights wards by students, not by averaging school percentages', () => {
    const areas = computeAreaReach(computeSchoolReach(schools, counts, 2), new Map([['w1', 'Phường Ba Đình'], ['w2', 'Phường Ngọc Hà']]));
    const w1 = areas.find((a) => a.wardId === 'w1')!;
    // (100 + 50) / (200 + 50) = 60 %, where a mean of 50 % and 100 % would say 75 %.
    expect(w1).toMatchObject({ schools: 2, students: 250, studentsAcknowledged: 150, reachPct: 60, requiredDone: 1, requiredTotal: 4, completionPct: 25 });
    expect(areas.find((a) => a.wardId === 'w2')).toMatchObject({ reachPct: 0, activities: 0 });
  });

  it('without required activities a school is complete once it recorded any', () => {
    const rows = computeSchoolReach(schools, counts, 0);
    expect(rows.find((r) => r.schoolId === 's1')!.completionPct).toBe(100);
    expect(rows.find((r) => r.schoolId === 's2')!.completionPct).toBe(0);
  });
});
