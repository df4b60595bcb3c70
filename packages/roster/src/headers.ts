import { fold, type RawCell, type RosterField } from '@truongan/core';

/**
 * Header texts schools use, folded (no case, diacritics or punctuation). Vietnamese first, as exported by
 * school-management software and typed by hand; a few English ones for templates made by IT staff.
 */
const ALIASES: Record<RosterField, string[]> = {
  fullName: ['ho va ten', 'ho ten', 'ten hoc sinh', 'ho ten hoc sinh', 'ho va ten hoc sinh', 'hoc sinh', 'full name', 'name', 'student name'],
  birthDate: ['ngay sinh', 'ngay thang nam sinh', 'ngay sinh dd mm yyyy', 'sinh ngay', 'birth date', 'date of birth', 'dob'],
  sex: ['gioi tinh', 'gt', 'phai', 'sex', 'gender'],
  femaleMark: ['nu'],
  className: ['lop', 'ten lop', 'lop hoc', 'class', 'class name'],
  personalId: ['ma dinh danh', 'so dinh danh', 'so dinh danh ca nhan', 'ma dinh danh ca nhan', 'ma so dinh danh ca nhan', 'cccd',
    'so cccd', 'can cuoc cong dan', 'so can cuoc', 'can cuoc', 'personal id', 'id number'],
  learnerId: ['ma hoc sinh', 'ma hs', 'ma so hoc sinh', 'msHS', 'ma dinh danh bo gd dt', 'ma dinh danh hoc sinh', 'learner id', 'student id', 'student code'],
  fatherName: ['ho ten cha', 'ho va ten cha', 'ten cha', 'ho ten bo', 'ho va ten bo', 'ten bo', 'father name', 'father'],
  fatherPhone: ['sdt cha', 'so dien thoai cha', 'dien thoai cha', 'dt cha', 'sdt bo', 'so dien thoai bo', 'dien thoai bo', 'father phone'],
  motherName: ['ho ten me', 'ho va ten me', 'ten me', 'mother name', 'mother'],
  motherPhone: ['sdt me', 'so dien thoai me', 'dien thoai me', 'dt me', 'mother phone'],
  guardianName: ['ho ten phu huynh', 'ho va ten phu huynh', 'ten phu huynh', 'phu huynh', 'nguoi giam ho', 'ho ten nguoi giam ho',
    'guardian name', 'parent name', 'guardian', 'parent'],
  guardianPhone: ['so dien thoai phu huynh', 'sdt phu huynh', 'dien thoai phu huynh', 'dt phu huynh', 'so dien thoai lien he', 'sdt lien he',
    'so dien thoai', 'sdt', 'dien thoai', 'guardian phone', 'parent phone', 'phone'],
  guardianRelationship: ['quan he', 'quan he voi hoc sinh', 'moi quan he', 'quan he voi hs', 'relationship'],
};

const LOOKUP = new Map<string, RosterField>();
for (const [field, names] of Object.entries(ALIASES) as Array<[RosterField, string[]]>) for (const n of names) LOOKUP.set(fold(n), field);

/** Folds a header cell; a note in brackets ("Ngày sinh (dd/mm/yyyy)", "Họ tên (*)") does not change what the column is. */
export const headerKey = (cell: string) => fold(cell.replace(/\([^)]*\)/g, ' ').replace(/\*/g, ' '));

export interface HeaderMap { fields: Map<number, RosterField>; columns: Partial<Record<RosterField, string>> }

/** Maps the cells of one row to fields; the first column that claims a field wins, unknown columns (STT, Ghi chú) are ignored. */
export function mapHeader(cells: RawCell[]): HeaderMap {
  const fields = new Map<number, RosterField>();
  const columns: Partial<Record<RosterField, string>> = {};
  cells.forEach((cell, i) => {
    const text = String(cell ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
    const field = LOOKUP.get(headerKey(text));
    if (!field || columns[field]) return;
    fields.set(i, field);
    columns[field] = text;
  });
  return { fields, columns };
}

/** A header row names the student and at least two other known columns; a title block ("DANH SÁCH HỌC SINH") does not. */
export const isHeaderRow = (m: HeaderMap) => m.columns.fullName !== undefined && m.fields.size >= 3;

/** How far down a title block may push the header. */
export const HEADER_SEARCH_ROWS = 15;
