import type { Relationship, RosterProblemReason } from '@truongan/contracts';
import { ageOn, parseVnDate } from '../../util/dates.ts';
import { normalisePhone } from '../../util/phone.ts';
import { fold, type RawCell, tidy } from './rawRoster.ts';

/** A cell either parses to a value or explains (in Vietnamese / English) why not. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: RosterProblemReason; message: string };
const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(reason: RosterProblemReason, message: string): CellResult<T> => ({ ok: false, reason, message });

export const cellText = (c: RawCell | undefined): string => (c === undefined ? '' : tidy(String(c)));

/** Excel's day 0 is 1899-12-30 (it counts 1900 as a leap year, so later serials line up from there). */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** Pupils are born at most ~25 years before the roster (continuing-education classes included) and not in the future. */
export const MAX_PUPIL_AGE = 25;

/** Birth dates as schools type them (dd/mm/yyyy, dd-mm-yyyy, ISO, ddmmyyyy as on the CCCD QR) or as Excel serials. */
export function parseBirthDate(c: RawCell | undefined, today: string): CellResult<string> {
  const text = cellText(c);
  if (!text) return bad('missing_value', 'Thiếu ngày sinh / Birth date is missing');
  let iso: string | null;
  if (typeof c === 'number' || /^\d{1,5}(\.\d+)?$/.test(text)) iso = excelSerialToIso(Number(text));
  else if (/^\d{8}$/.test(text)) iso = parseVnDate(`${text.slice(0, 2)}/${text.slice(2, 4)}/${text.slice(4)}`);
  else iso = parseVnDate(text.replace(/\s+/g, ''));
  if (!iso) return bad('bad_date', 'Ngày sinh không hợp lệ, cần dạng dd/mm/yyyy / Birth date is not a valid date (expected dd/mm/yyyy)');
  if (iso > today) return bad('implausible_date', 'Ngày sinh ở tương lai / Birth date is in the future');
  if (ageOn(iso, today) > MAX_PUPIL_AGE) {
    return bad('implausible_date', `Ngày sinh quá xa (trên ${MAX_PUPIL_AGE} tuổi) / Birth date implausible for a pupil (over ${MAX_PUPIL_AGE})`);
  }
  return ok(iso);
}

const MALE = new Set(['nam', 'm', 'male', 'trai']);
const FEMALE = new Set(['nu', 'f', 'female', 'gai']);
/** `Giới tính` holds Nam/Nữ; some exports instead have a `Nữ` column ticked with x for girls (blank = boy). */
export function parseSex(sex: RawCell | undefined, femaleMark: RawCell | undefined, hasSexColumn: boolean): CellResult<'M' | 'F'> {
  if (hasSexColumn) {
    if (!cellText(sex)) return bad('missing_value', 'Thiếu giới tính / Sex is missing');
    const f = fold(cellText(sex));
    if (MALE.has(f)) return ok('M');
    if (FEMALE.has(f)) return ok('F');
    return bad('bad_sex', 'Giới tính phải là Nam hoặc Nữ / Sex must be Nam or Nữ');
  }
  const f = fold(cellText(femaleMark));
  if (!f) return ok('M');
  if (['x', '1', 'nu', 'co', 'yes', 'f'].includes(f)) return ok('F');
  return bad('bad_sex', 'Cột Nữ chỉ đánh dấu x hoặc để trống / The Nữ column takes x or blank');
}

/**
 * 12-digit personal ID (Thông tư 07/2016/TT-BCA): 3-digit birth-registration province code (001–096), a digit for
 * century and sex (0/1: 1900s male/female, 2/3: 2000s), the last two digits of the birth year, then 6 digits.
 * Spreadsheets store the ID as a number and drop the leading zeros of Hà Nội's 001…, so numbers are padded back.
 */
export function parsePersonalId(c: RawCell | undefined, birthDate: string | null, sex: 'M' | 'F' | null): CellResult<string | null> {
  let s = typeof c === 'number' ? String(c) : cellText(c).replace(/[\s.]/g, '');
  if (!s) return ok(null);
  if (typeof c === 'number' && s.length >= 10 && s.length < 12) s = s.padStart(12, '0');
  if (!/^\d{12}$/.test(s)) return bad('bad_personal_id', 'Mã định danh phải có 12 chữ số / Personal ID must be 12 digits');
  const province = Number(s.slice(0, 3));
  if (province < 1 || province > 96) return bad('bad_personal_id', 'Mã tỉnh trong mã định danh không đúng / Personal ID has an unknown province code');
  if (birthDate && sex) {
    const century = Number(birthDate.slice(0, 2)) - 19; // 0 for 19xx, 1 for 20xx
    const expected = century * 2 + (sex === 'F' ? 1 : 0);
    if (century >= 0 && (Number(s[3]) !== expected || s.slice(4, 6) !== birthDate.slice(2, 4))) {
      return bad('bad_personal_id', 'Mã định danh không khớp năm sinh/giới tính / Personal ID does not match the birth year or sex');
    }
  }
  return ok(s);
}

/** Ministry learner IDs (Mã học sinh) are short codes of letters and digits. */
export function parseLearnerId(c: RawCell | undefined): CellResult<string | null> {
  const s = typeof c === 'number' ? String(c) : cellText(c).replace(/\s/g, '');
  if (!s) return ok(null);
  if (!/^[A-Za-z0-9_-]{1,20}$/.test(s)) return bad('bad_learner_id', 'Mã học sinh chỉ gồm chữ và số, tối đa 20 ký tự / Learner ID: letters and digits, up to 20');
  return ok(s);
}

/** One phone per guardian; a cell with several ("0912… / 0987…") keeps the first. Spreadsheet numbers lost their leading 0. */
export function parsePhone(c: RawCell | undefined): CellResult<string | null> {
  let s = typeof c === 'number' ? String(c) : cellText(c);
  if (!s) return ok(null);
  if (typeof c === 'number' && s.length === 9) s = `0${s}`;
  const first = s.split(/[/,;]|\s[-–]\s/)[0]!.trim();
  const p = normalisePhone(first);
  return p ? ok(p) : bad('bad_phone', 'Số điện thoại di động không hợp lệ (0xxxxxxxxx) / Not a valid mobile number (0xxxxxxxxx)');
}

/** Letters of any script, spaces, and the few marks names carry. Anything else (digits, <, >, quotes) is refused, not escaped. */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} .'-]*$/u;
export function parseName(c: RawCell | undefined, what: 'student' | 'guardian'): CellResult<string | null> {
  const s = cellText(c);
  if (!s) return what === 'student' ? bad('missing_value', 'Thiếu họ tên / Name is missing') : ok(null);
  if (s.length > 100 || !NAME.test(s)) return bad('bad_name', 'Họ tên chỉ gồm chữ cái, tối đa 100 ký tự / Name must be letters only, up to 100 characters');
  return ok(s);
}

/** "10 a1", "10a1 " → "10A1": the key classes are compared by. */
export const classKey = (s: string) => s.normalize('NFC').replace(/\s+/g, '').toUpperCase();
/** Same shape as contracts' ClassName: grade digits then a letter group (10A1, 6B, 12CT2). */
export const CLASS_PATTERN = /^(\d{1,2})[A-ZĐ]{1,3}\d{0,2}$/;

const RELATIONSHIPS: Array<[RegExp, Relationship]> = [
  [/^(ong|ba noi|ba ngoai|grand)/, 'grandparent'], [/^(cha|bo|ba|father|dad)\b/, 'father'], [/^(me|ma|mother|mom)\b/, 'mother'],
  [/^(anh|chi|em|sibling|brother|sister)\b/, 'sibling'], [/^(nguoi giam ho|giam ho|guardian)/, 'guardian'],
];
/** Free text of a `Quan hệ` column; blank means the school did not say, which is still a guardian. */
export function parseRelationship(c: RawCell | undefined): Relationship {
  const text = cellText(c).toLowerCase();
  if (!text) return 'guardian';
  // "Bà" (grandmother) and southern "Ba" (father) fold to the same letters, so the accent decides before folding.
  if (/^bà(\s|$)/.test(text)) return 'grandparent';
  const f = fold(text);
  return RELATIONSHIPS.find(([re]) => re.test(f))?.[1] ?? 'other';
}
