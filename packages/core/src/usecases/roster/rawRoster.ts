/**
 * What a roster file becomes once its header is mapped, before any validation. The parser (packages/roster)
 * knows files; core only sees these plain rows, so the rules below hold for CSV, XLSX and anything added later.
 */
export const ROSTER_FIELDS = [
  'fullName', 'birthDate', 'sex', 'femaleMark', 'className', 'personalId', 'learnerId',
  'fatherName', 'fatherPhone', 'motherName', 'motherPhone', 'guardianName', 'guardianPhone', 'guardianRelationship',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** A cell as the file gave it: text, or a number when a spreadsheet stored one (dates as serials, IDs that lost leading zeros). */
export type RawCell = string | number;

export interface RawRosterRow {
  /** Line in the file (spreadsheet row number, CSV line), as the school sees it when fixing the file. */
  line: number;
  values: Partial<Record<RosterField, RawCell>>;
}

export interface RawRoster {
  /** Line of the header row; problems about missing columns point at it. */
  headerLine: number;
  /** Which header text of the file was mapped to which field, so problems name the column as the school wrote it. */
  columns: Partial<Record<RosterField, string>>;
  rows: RawRosterRow[];
}

/** Vietnamese labels used when a column is missing (the file has no header text to quote). */
export const FIELD_LABELS: Record<RosterField, string> = {
  fullName: 'Họ và tên', birthDate: 'Ngày sinh', sex: 'Giới tính', femaleMark: 'Nữ', className: 'Lớp', personalId: 'Mã định danh',
  learnerId: 'Mã học sinh', fatherName: 'Họ tên cha', fatherPhone: 'SĐT cha', motherName: 'Họ tên mẹ', motherPhone: 'SĐT mẹ',
  guardianName: 'Họ tên phụ huynh', guardianPhone: 'Số điện thoại phụ huynh', guardianRelationship: 'Quan hệ',
};

/**
 * Folds text for comparisons: NFC first (files arrive in NFD from macOS and some exporters), then strips
 * diacritics and case so "Họ và tên", "HO VA TEN" and "ho  va ten" compare equal. đ has no decomposition, so it is mapped by hand.
 */
export function fold(s: string): string {
  return s.normalize('NFC').normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Text as people will see it: NFC, single spaces, no surrounding blanks. */
export const tidy = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
