import { describe, expect, it } from 'vitest';
import { classKey, excelSerialToIso, parseBirthDate, parseLearnerId, parseName, parsePersonalId, parsePhone, parseRelationship, parseSex } from './cells.ts';
import { fold } from './rawRoster.ts';

const TODAY = '2026-11-20';
const value = <T>(r: { ok: boolean; value?: T; reason?: string }) => (r.ok ? r.value : r.reason);

describe('roster cells', () => {
  it('folds NFD, case, spacing and đ so headers compare equal', () => {
    expect(fold('Họ và tên'.normalize('NFD'))).toBe('ho va ten');
    expect(fold('  HỌ   VÀ TÊN ')).toBe('ho va ten');
    expect(fold('Số điện thoại')).toBe('so dien thoai');
    expect(fold('Đỗ Đức')).toBe('do duc');
  });

  it('reads Vietnamese dates, ddmmyyyy, ISO and Excel serials', () => {
    expect(value(parseBirthDate('05/09/2010', TODAY))).toBe('2010-09-05');
    expect(value(parseBirthDate('5-9-2010', TODAY))).toBe('2010-09-05');
    expect(value(parseBirthDate('05092010', TODAY))).toBe('2010-09-05');
    expect(value(parseBirthDate('2010-09-05', TODAY))).toBe('2010-09-05');
    expect(value(parseBirthDate(40426, TODAY))).toBe('2010-09-05');
    expect(value(parseBirthDate('40426', TODAY))).toBe('2010-09-05');
    expect(excelSerialToIso(1)).toBe('1899-12-31');
  });

  it('refuses impossible, future and implausible birth dates with distinct reasons', () => {
    expect(value(parseBirthDate('31/02/2010', TODAY))).toBe('bad_date');
    expect(value(parseBirthDate('2010/13/01', TODAY))).toBe('bad_date');
    expect(value(parseBirthDate('hôm qua', TODAY))).toBe('bad_date');
    expect(value(parseBirthDate('', TODAY))).toBe('missing_value');
    expect(value(parseBirthDate('01/01/2030', TODAY))).toBe('implausible_date');
    expect(value(parseBirthDate('01/01/1990', TODAY))).toBe('implausible_date');
  });

  it('reads sex from Nam/Nữ (any case, NFD) or from a Nữ tick column', () => {
    expect(value(parseSex('Nam', undefined, true))).toBe('M');
    expect(value(parseSex('NỮ'.normalize('NFD'), undefined, true))).toBe('F');
    expect(value(parseSex('khác', undefined, true))).toBe('bad_sex');
    expect(value(parseSex(undefined, 'x', false))).toBe('F');
    expect(value(parseSex(undefined, '', false))).toBe('M');
  });

  it('checks personal IDs: 12 digits, province, century/sex digit and birth year', () => {
    expect(value(parsePersonalId('001 310 123456', '2010-09-05', 'F'))).toBe('001310123456');
    expect(value(parsePersonalId(1310123456, '2010-09-05', 'F'))).toBe('001310123456'); // leading zeros lost by Excel
    expect(value(parsePersonalId('00131012345', '2010-09-05', 'F'))).toBe('bad_personal_id'); // 11 digits as text
    expect(value(parsePersonalId('001210123456', '2010-09-05', 'F'))).toBe('bad_personal_id'); // male digit for a girl
    expect(value(parsePersonalId('001311123456', '2010-09-05', 'F'))).toBe('bad_personal_id'); // year 2011
    expect(value(parsePersonalId('099310123456', '2010-09-05', 'F'))).toBe('bad_personal_id'); // no province 099
    expect(value(parsePersonalId('', '2010-09-05', 'F'))).toBe(null);
  });

  it('normalises phones to 84…, restores a lost leading zero, keeps the first of several', () => {
    expect(value(parsePhone('0912 345 678'))).toBe('84912345678');
    expect(value(parsePhone('+84 912-345-678'))).toBe('84912345678');
    expect(value(parsePhone(912345678))).toBe('84912345678');
    expect(value(parsePhone('0912345678 / 0987654321'))).toBe('84912345678');
    expect(value(parsePhone('0241234567'))).toBe('bad_phone'); // landline
    expect(value(parsePhone('091234'))).toBe('bad_phone');
    expect(value(parsePhone(''))).toBe(null);
  });

  it('refuses names with digits or markup instead of storing them', () => {
    expect(value(parseName('Nguyễn Văn An', 'student'))).toBe('Nguyễn Văn An');
    expect(value(parseName('<script>alert(1)</script>', 'student'))).toBe('bad_name');
    expect(value(parseName("Robert'); DROP TABLE students;--", 'student'))).toBe('bad_name');
    expect(value(parseName('An 2', 'student'))).toBe('bad_name');
    expect(value(parseName('', 'student'))).toBe('missing_value');
    expect(value(parseName('', 'guardian'))).toBe(null);
  });

  it('maps relationships, telling Bà (grandmother) from southern Ba (father)', () => {
    expect(parseRelationship('Bố')).toBe('father');
    expect(parseRelationship('Ba')).toBe('father');
    expect(parseRelationship('Bà')).toBe('grandparent');
    expect(parseRelationship('Bà ngoại')).toBe('grandparent');
    expect(parseRelationship('Mẹ')).toBe('mother');
    expect(parseRelationship('Chị gái')).toBe('sibling');
    expect(parseRelationship('')).toBe('guardian');
    expect(parseRelationship('Hàng xóm')).toBe('other');
  });

  it('compares class names without case or spaces, and checks learner IDs', () => {
    expect(classKey(' 10 a1 ')).toBe('10A1');
    expect(value(parseLearnerId(123456))).toBe('123456');
    expect(value(parseLearnerId('HS 0001'))).toBe('HS0001');
    expect(value(parseLearnerId('HS/01'))).toBe('bad_learner_id');
  });
});
