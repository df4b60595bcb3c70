import type { RosterProblem, RosterRow } from '@truongan/contracts';
import {
  CLASS_PATTERN, type CellResult, cellText, classKey, parseBirthDate, parseLearnerId, parseName, parsePersonalId, parsePhone,
  parseRelationship, parseSex,
} from './cells.ts';
import { FIELD_LABELS, fold, type RawCell, type RawRoster, type RosterField } from './rawRoster.ts';

export interface ValidateRosterOptions {
  /** Today in Vietnam (YYYY-MM-DD): birth dates after it are refused. */
  today: string;
  /** Class names of the school's current year. */
  classNames: string[];
  /** Create classes that are missing but look like class names (10A1). Off by default: a typo would silently make a class. */
  createClasses?: boolean;
}
export interface ValidatedRoster {
  /** Rows without any problem, normalised; `className` is the existing class's spelling. */
  rows: RosterRow[];
  problems: RosterProblem[];
  /** Classes to create (only with createClasses). */
  newClasses: string[];
}

const GUARDIAN_COLUMNS = [
  { name: 'fatherName', phone: 'fatherPhone', relationship: 'father' },
  { name: 'motherName', phone: 'motherPhone', relationship: 'mother' },
  { name: 'guardianName', phone: 'guardianPhone', relationship: null },
] as const;

/**
 * Pure: raw rows in, normalised rows and every problem out. It never stops at the first problem, so the school
 * can fix the whole file in one pass; a row with any problem is left out of `rows`.
 */
export function validateRoster(raw: RawRoster, opts: ValidateRosterOptions): ValidatedRoster {
  const col = (f: RosterField) => raw.columns[f] ?? FIELD_LABELS[f];
  const problems: RosterProblem[] = [];
  const missing: RosterField[] = (['fullName', 'birthDate', 'className'] as const).filter((f) => !raw.columns[f]);
  if (!raw.columns.sex && !raw.columns.femaleMark) missing.push('sex');
  if (missing.length) {
    return { rows: [], newClasses: [], problems: missing.map((f) => ({ line: raw.headerLine, column: FIELD_LABELS[f], reason: 'missing_column' as const,
      message: `Thiếu cột ${FIELD_LABELS[f]} / Column ${FIELD_LABELS[f]} is missing`, value: null })) };
  }
  const classes = new Map(opts.classNames.map((n) => [classKey(n), n]));
  const newClasses = new Map<string, string>();
  const seen = { personalId: new Map<string, number>(), learnerId: new Map<string, number>(), nameBirth: new Map<string, number>() };
  const rows: RosterRow[] = [];

  for (const r of raw.rows) {
    const before = problems.length;
    const take = <T>(field: RosterField | null, res: CellResult<T>): T | null => {
      if (res.ok) return res.value;
      const v: RawCell | undefined = field ? r.values[field] : undefined;
      problems.push({ line: r.line, column: field ? col(field) : null, reason: res.reason, message: res.message, value: v === undefined ? null : String(v).slice(0, 100) });
      return null;
    };
    const fullName = take('fullName', parseName(r.values.fullName, 'student'));
    const birthDate = take('birthDate', parseBirthDate(r.values.birthDate, opts.today));
    const sex = take(raw.columns.sex ? 'sex' : 'femaleMark', parseSex(r.values.sex, r.values.femaleMark, !!raw.columns.sex));
    const personalId = take('personalId', parsePersonalId(r.values.personalId, birthDate, sex));
    const learnerId = take('learnerId', parseLearnerId(r.values.learnerId));
    const className = take('className', resolveClass(cellText(r.values.className), classes, newClasses, !!opts.createClasses));

    const guardians: RosterRow['guardians'] = [];
    for (const g of GUARDIAN_COLUMNS) {
      const name = take(g.name, parseName(r.values[g.name], 'guardian'));
      const phone = take(g.phone, parsePhone(r.values[g.phone]));
      if (!name && phone) {
        take(g.name, { ok: false, reason: 'missing_value', message: 'Có số điện thoại nhưng thiếu họ tên phụ huynh / Phone given without the guardian name' });
      }
      if (!name) continue;
      const relationship = g.relationship ?? parseRelationship(r.values.guardianRelationship);
      // Father and mother sharing one phone are one contact: the link is per guardian, so keep the first.
      if (phone && guardians.some((x) => x.phone === phone)) continue;
      guardians.push({ fullName: name, phone, relationship });
    }

    // Duplicates are reported on the later line, pointing at the first, so the earlier row stays importable once fixed.
    const dup = (kind: keyof typeof seen, key: string | null, field: RosterField | null, what: string) => {
      if (!key) return;
      const first = seen[kind].get(key);
      if (first === undefined) { seen[kind].set(key, r.line); return; }
      take(field, { ok: false, reason: 'duplicate_id', message: `${what} trùng với dòng ${first} / ${what} duplicates line ${first}` });
    };
    dup('personalId', personalId, 'personalId', 'Mã định danh');
    dup('learnerId', learnerId, 'learnerId', 'Mã học sinh');
    // Without any ID, name + birth date is how a re-import finds the student again, so it must be unique in the file.
    if (!personalId && !learnerId && fullName && birthDate) dup('nameBirth', `${fold(fullName)}|${birthDate}`, null, 'Họ tên và ngày sinh');

    if (problems.length === before) {
      rows.push({ line: r.line, fullName: fullName!, birthDate: birthDate!, sex: sex!, className: className!, personalId, learnerId, guardians });
    }
  }
  const used = new Set(rows.map((r) => r.className));
  return { rows, problems, newClasses: [...newClasses.values()].filter((n) => used.has(n)) };
}

function resolveClass(text: string, classes: Map<string, string>, created: Map<string, string>, createClasses: boolean): CellResult<string> {
  if (!text) return { ok: false, reason: 'missing_value', message: 'Thiếu lớp / Class is missing' };
  const key = classKey(text);
  const known = classes.get(key) ?? created.get(key);
  if (known) return { ok: true, value: known };
  const m = CLASS_PATTERN.exec(key);
  const grade = m ? Number(m[1]) : -1;
  if (createClasses && grade >= 1 && grade <= 12) { created.set(key, key); return { ok: true, value: key }; }
  return { ok: false, reason: 'unknown_class', message: m
    ? `Lớp ${key} chưa có trong năm học hiện tại (tạo lớp trước, hoặc dùng tùy chọn tạo lớp) / Class not in the current school year (create it, or use createClasses)`
    : 'Tên lớp không đúng dạng như 10A1 / Class name is not like 10A1' };
}
