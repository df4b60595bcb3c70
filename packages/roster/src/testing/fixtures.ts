import ExcelJS from 'exceljs';

/** One pupil as a school's spreadsheet holds it; generated for tests and the benchmark, never real people. */
export interface FixturePupil {
  fullName: string; birthDate: string; sex: 'Nam' | 'Nữ'; className: string; personalId: string; learnerId: string;
  fatherName: string; fatherPhone: string; motherName: string; motherPhone: string;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Gia', 'Thành', 'Công'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Mai', 'Bảo', 'Phương', 'Khánh'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khang', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tuấn', 'Việt', 'Đạt', 'Huy'];
const GIVEN_F = ['Anh', 'Chi', 'Hà', 'Hạnh', 'Hương', 'Lan', 'Linh', 'My', 'Ngân', 'Nhung', 'Oanh', 'Quyên', 'Thảo', 'Trang', 'Vy', 'Yến'];

/** Small deterministic PRNG so a failing test or a benchmark run can be reproduced exactly. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

/** Classes like 10A1…12A25: grades × sections. */
export const classNames = (grades: number[], perGrade: number) => grades.flatMap((g) => Array.from({ length: perGrade }, (_, i) => `${g}A${i + 1}`));

export function buildPupils(n: number, opts: { classes: string[]; seed?: number; firstBirthYear?: number }): FixturePupil[] {
  const r = rng(opts.seed ?? 1);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const pad = (x: number, w: number) => String(x).padStart(w, '0');
  return Array.from({ length: n }, (_, i) => {
    const female = r() < 0.5;
    const family = pick(FAMILY);
    const year = (opts.firstBirthYear ?? 2009) + Math.floor(r() * 3);
    const birth = `${year}-${pad(1 + Math.floor(r() * 12), 2)}-${pad(1 + Math.floor(r() * 28), 2)}`;
    // Valid per Thông tư 07/2016: province, century+sex digit, birth year, then a unique serial.
    const personalId = `${pad(1 + Math.floor(r() * 96), 3)}${female ? 3 : 2}${String(year).slice(2)}${pad(i, 6)}`;
    return {
      fullName: `${family} ${pick(female ? MIDDLE_F : MIDDLE_M)} ${pick(female ? GIVEN_F : GIVEN_M)}`,
      birthDate: birth, sex: female ? 'Nữ' : 'Nam', className: opts.classes[i % opts.classes.length]!,
      personalId, learnerId: `HS${pad(i + 1, 8)}`,
      fatherName: `${family} ${pick(MIDDLE_M)} ${pick(GIVEN_M)}`, fatherPhone: `09${pad(2 * i, 8)}`,
      motherName: `${pick(FAMILY)} ${pick(MIDDLE_F)} ${pick(GIVEN_F)}`, motherPhone: `08${pad(2 * i + 1, 8)}`,
    };
  });
}

export const HEADERS = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Lớp', 'Mã định danh', 'Mã HS', 'Họ tên cha', 'SĐT cha', 'Họ tên mẹ', 'SĐT mẹ'];
const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const cells = (p: FixturePupil, i: number) => [String(i + 1), p.fullName, vnDate(p.birthDate), p.sex, p.className, p.personalId, p.learnerId,
  p.fatherName, p.fatherPhone, p.motherName, p.motherPhone];

/** CSV the way Vietnamese Excel saves "CSV UTF-8": BOM and `;` by default. */
export function pupilsToCsv(pupils: FixturePupil[], opts: { delimiter?: string; bom?: boolean; nfd?: boolean } = {}): Buffer {
  const d = opts.delimiter ?? ';';
  const q = (c: string) => (/[";,\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  let text = [HEADERS, ...pupils.map(cells)].map((r) => r.map(q).join(d)).join('\r\n');
  if (opts.nfd) text = text.normalize('NFD');
  return Buffer.concat([Buffer.from(opts.bom === false ? '' : '\uFEFF'), Buffer.from(text, 'utf8')]);
}

/**
 * XLSX as schools make it: a title block above the header, birth dates as real Excel dates (serials), personal IDs
 * as text (as they must be to keep the leading zeros) unless `idsAsNumbers`.
 */
export async function pupilsToXlsx(pupils: FixturePupil[], opts: { idsAsNumbers?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HÀ NỘI']);
  ws.addRow(['DANH SÁCH HỌC SINH NĂM HỌC 2026-2027']);
  ws.addRow([]);
  ws.addRow(HEADERS);
  pupils.forEach((p, i) => {
    const c: (string | number | Date)[] = cells(p, i);
    c[2] = new Date(`${p.birthDate}T00:00:00Z`);
    if (opts.idsAsNumbers) { c[5] = Number(p.personalId); c[8] = Number(p.fatherPhone); c[10] = Number(p.motherPhone); }
    ws.addRow(c);
  });
  ws.getColumn(3).numFmt = 'dd/mm/yyyy';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
