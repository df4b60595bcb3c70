import type { RosterRow, StudentView } from '@truongan/contracts';
import { describe, expect, it } from 'vitest';
import { type PlanInput, planRoster } from './planRoster.ts';

const buildRow = (o: Partial<RosterRow> = {}): RosterRow => ({ line: 2, fullName: 'Nguyễn Thị Lan', birthDate: '2010-09-05', sex: 'F', className: '10A1',
  personalId: '001310123456', learnerId: 'HS001', guardians: [{ fullName: 'Nguyễn Văn Hùng', phone: '84912345678', relationship: 'father' }], ...o });
const buildStored = (o: Partial<StudentView> = {}): StudentView => ({ id: 's1', schoolId: 'sch', classId: 'c10A1', fullName: 'Nguyễn Thị Lan',
  birthDate: '2010-09-05', sex: 'F', personalId: '001310123456', learnerId: 'HS001', status: 'active', className: '10A1',
  guardians: [{ id: 'g1', fullName: 'Nguyễn Văn Hùng', phone: '84912345678', email: null, relationship: 'father', isPrimary: true }], ...o });
let n = 0;
const plan = (o: Partial<PlanInput>) => planRoster({ schoolId: 'sch', rows: [buildRow()], existing: [], guardiansByPhone: new Map(),
  classIds: new Map([['10A1', 'c10A1'], ['10A2', 'c10A2']]), newId: () => `new${++n}`, ...o });

describe('planRoster', () => {
  it('reports a stored student with the same data and links as unchanged', () => {
    expect(plan({ existing: [buildStored()] }).students.map((s) => s.change)).toEqual(['unchanged']);
  });

  it('matches by personal ID, then learner ID, then name + birth date, and updates instead of creating', () => {
    expect(plan({ existing: [buildStored({ learnerId: null })], rows: [buildRow({ className: '10A2' })] }).students[0]).toMatchObject({ change: 'update', student: { id: 's1', classId: 'c10A2' } });
    expect(plan({ existing: [buildStored({ personalId: null })] }).students[0]).toMatchObject({ change: 'update', student: { id: 's1', personalId: '001310123456' } });
    expect(plan({ existing: [buildStored({ personalId: null, learnerId: null })], rows: [buildRow({ personalId: null, learnerId: null })] }).students[0])
      .toMatchObject({ change: 'unchanged', student: { id: 's1' } });
  });

  it('never lets a name match override a different personal ID (two children, same name and birthday)', () => {
    const p = plan({ existing: [buildStored({ personalId: '001310999999', learnerId: null })], rows: [buildRow({ learnerId: null })] });
    expect(p.students[0]).toMatchObject({ change: 'create' });
    expect(p.students[0]!.student.id).not.toBe('s1');
  });

  it('keeps identifiers the file leaves blank', () => {
    const p = plan({ existing: [buildStored()], rows: [buildRow({ personalId: null, learnerId: null })] });
    expect(p.students[0]).toMatchObject({ change: 'unchanged', student: { personalId: '001310123456', learnerId: 'HS001' } });
  });

  it('reports two rows landing on one stored student instead of merging them', () => {
    const p = plan({ existing: [buildStored()], rows: [buildRow(), buildRow({ line: 3, personalId: null, learnerId: 'HS001', fullName: 'Lê Lan' })] });
    expect(p.problems).toMatchObject([{ line: 3, reason: 'duplicate_id' }]);
  });

  it('reuses a guardian found by phone anywhere in the database and creates each new phone once (siblings)', () => {
    const known = { id: 'gX', fullName: 'Nguyễn Văn Hùng', phone: '84912345678', email: null };
    const reused = plan({ guardiansByPhone: new Map([['84912345678', known]]) });
    expect(reused.newGuardians).toEqual([]);
    expect(reused.students[0]!.links).toEqual([{ guardianId: 'gX', relationship: 'father', isPrimary: true }]);
    const siblings = plan({ rows: [buildRow(), buildRow({ line: 3, fullName: 'Nguyễn Văn Nam', sex: 'M', personalId: null, learnerId: 'HS002' })] });
    expect(siblings.newGuardians).toHaveLength(1);
    expect(siblings.students[1]!.links[0]!.guardianId).toBe(siblings.newGuardians[0]!.id);
  });

  it('makes the first guardian with a phone the primary contact, and sees a changed primary as an update', () => {
    const row = buildRow({ guardians: [{ fullName: 'Trần Thị Mai', phone: null, relationship: 'mother' }, { fullName: 'Nguyễn Văn Hùng', phone: '84912345678', relationship: 'father' }] });
    const p = plan({ rows: [row] });
    expect(p.students[0]!.links.map((l) => l.isPrimary)).toEqual([false, true]);
    const stored = buildStored({ guardians: [{ id: 'g1', fullName: 'Nguyễn Văn Hùng', phone: '84912345678', email: null, relationship: 'father', isPrimary: false }] });
    expect(plan({ existing: [stored], guardiansByPhone: new Map([['84912345678', stored.guardians[0]!]]) }).students[0]!.change).toBe('update');
  });
});
