import { describe, expect, it } from 'vitest';
import type { RawCell, RawRoster, RosterField } from './rawRoster.ts';
import { validateRoster } from './validateRoster.ts';

const COLUMNS = { fullName: 'Họ và tên', birthDate: 'Ngày sinh', sex: 'Giới tính', className: 'Lớp', personalId: 'Mã định danh', learnerId: 'Mã HS',
  fatherName: 'Họ tên cha', fatherPhone: 'SĐT cha', motherName: 'Họ tên mẹ', motherPhone: 'SĐT mẹ' } as const;
const good = { fullName: 'Nguyễn Thị Lan', birthDate: '05/09/2010', sex: 'Nữ', className: '10A1', personalId: '001310123456', learnerId: 'HS001',
  fatherName: 'Nguyễn Văn Hùng', fatherPhone: '0912345678', motherName: 'Trần Thị Mai', motherPhone: '0987654321' };
/** A roster with the given rows (overrides of a good row), lines numbered from 2 as under a header on line 1. */
const roster = (...rows: Array<Partial<Record<RosterField, RawCell>>>): RawRoster => ({
  headerLine: 1, columns: COLUMNS, rows: rows.map((v, i) => ({ line: i + 2, values: { ...good, ...v } })),
});
const opts = { today: '2026-11-20', classNames: ['10A1', '10A2'] };
const reasons = (r: RawRoster, o = opts) => validateRoster(r, o).problems.map((p) => [p.line, p.column, p.reason]);

describe('validateRoster', () => {
  it('normalises a good row: ISO date, 84 phones, the stored class spelling, father listed first as primary candidate', () => {
    const { rows, problems } = validateRoster(roster({ className: '10 a1 ' }), opts);
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ line: 2, fullName: 'Nguyễn Thị Lan', birthDate: '2010-09-05', sex: 'F', className: '10A1', personalId: '001310123456',
      learnerId: 'HS001', guardians: [{ fullName: 'Nguyễn Văn Hùng', phone: '84912345678', relationship: 'father' },
        { fullName: 'Trần Thị Mai', phone: '84987654321', relationship: 'mother' }] }]);
  });

  it('lists every bad row with line, column (as the file names it) and reason, and keeps only good rows', () => {
    const r = roster(
      {}, { fullName: '', personalId: '', learnerId: 'HS002' }, { birthDate: '30/02/2011', personalId: '', learnerId: 'HS003' }, { birthDate: '01/01/2031', personalId: '', learnerId: 'HS004' },
      { sex: 'Trai/gái', personalId: '', learnerId: 'HS005' }, { personalId: '12345', learnerId: 'HS006' }, { personalId: '001310123456', learnerId: 'HS007' },
      { className: '11B9', personalId: '', learnerId: 'HS008' }, { fatherPhone: '024 3826 1234', personalId: '', learnerId: 'HS009' },
      { fullName: 'Lan <b>', personalId: '', learnerId: 'HS010' }, { learnerId: 'HS/11', personalId: '' },
      { motherName: '', personalId: '', learnerId: 'HS012' },
    );
    const { rows, problems } = validateRoster(r, opts);
    expect(problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [3, 'Họ và tên', 'missing_value'], [4, 'Ngày sinh', 'bad_date'], [5, 'Ngày sinh', 'implausible_date'], [6, 'Giới tính', 'bad_sex'],
      [7, 'Mã định danh', 'bad_personal_id'], [8, 'Mã định danh', 'duplicate_id'], [9, 'Lớp', 'unknown_class'], [10, 'SĐT cha', 'bad_phone'],
      [11, 'Họ và tên', 'bad_name'], [12, 'Mã HS', 'bad_learner_id'], [13, 'Họ tên mẹ', 'missing_value'],
    ]);
    expect(problems.find((p) => p.line === 8)!.message).toContain('dòng 2');
    expect(problems.find((p) => p.line === 10)!.value).toBe('024 3826 1234');
    expect(rows.map((x) => x.line)).toEqual([2]);
  });

  it('reports several problems of one row separately', () => {
    expect(reasons(roster({ birthDate: 'x', sex: '?', className: '' }))).toEqual([
      [2, 'Ngày sinh', 'bad_date'], [2, 'Giới tính', 'bad_sex'], [2, 'Lớp', 'missing_value']]);
  });

  it('finds duplicates by learner ID, and by name + birth date when a row has no ID', () => {
    expect(reasons(roster({ personalId: '' }, { personalId: '', fullName: 'Lê Văn Tám' }))).toEqual([[3, 'Mã HS', 'duplicate_id']]);
    expect(reasons(roster({ personalId: '', learnerId: '' }, { personalId: '', learnerId: '', fullName: 'NGUYỄN THỊ LAN' })))
      .toEqual([[3, null, 'duplicate_id']]);
  });

  it('reports missing required columns on the header line and validates nothing else', () => {
    const r: RawRoster = { headerLine: 4, columns: { fullName: 'Họ tên', sex: 'Giới tính' }, rows: [{ line: 5, values: { fullName: 'An' } }] };
    expect(reasons(r)).toEqual([[4, 'Ngày sinh', 'missing_column'], [4, 'Lớp', 'missing_column']]);
  });

  it('creates missing classes named like 10A1 only when asked, never a malformed one', () => {
    const r = roster({ className: '12a3' }, { className: 'Lớp chọn', personalId: '', learnerId: 'HS2' }, { className: '12A3', personalId: '', learnerId: 'HS3' });
    expect(reasons(r)).toEqual([[2, 'Lớp', 'unknown_class'], [3, 'Lớp', 'unknown_class'], [4, 'Lớp', 'unknown_class']]);
    const created = validateRoster(r, { ...opts, createClasses: true });
    expect(created.newClasses).toEqual(['12A3']);
    expect(created.problems.map((p) => [p.line, p.reason])).toEqual([[3, 'unknown_class']]);
  });

  it('treats one phone for both parents as one guardian, and a guardian without phone as linkable', () => {
    const { rows } = validateRoster(roster({ motherPhone: '0912345678' }, { personalId: '', learnerId: 'HS2', fatherPhone: '', motherName: '', motherPhone: '' }), opts);
    expect(rows[0]!.guardians.map((g) => g.relationship)).toEqual(['father']);
    expect(rows[1]!.guardians).toEqual([{ fullName: 'Nguyễn Văn Hùng', phone: null, relationship: 'father' }]);
  });

  it('accepts NFD text in every column', () => {
    const nfd = Object.fromEntries(Object.entries(good).map(([k, v]) => [k, v.normalize('NFD')]));
    const { rows, problems } = validateRoster(roster(nfd), opts);
    expect(problems).toEqual([]);
    expect(rows[0]!.fullName).toBe('Nguyễn Thị Lan'.normalize('NFC'));
    expect(rows[0]!.sex).toBe('F');
  });
});
