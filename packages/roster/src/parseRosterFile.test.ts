import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './csv.ts';
import { detectEncoding } from './decode.ts';
import { declaredInflatedSize, MAX_INFLATED_BYTES } from './zipGuard.ts';
import { headerKey, mapHeader } from './headers.ts';
import { parseRosterFile } from './parseRosterFile.ts';
import { buildPupils, pupilsToCsv, pupilsToXlsx } from './testing/fixtures.ts';

const CSV = 'Họ và tên;Ngày sinh;Giới tính;Lớp;SĐT mẹ\nNguyễn Thị Lan;05/09/2010;Nữ;10A1;0912345678\n';
const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** Windows-1258 has no encoder in Node; build one from the decoder (precomposed letters where it has them, combining tones otherwise). */
function encode1258(text: string): Buffer {
  const table = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) table.set(new TextDecoder('windows-1258').decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    if (ch.charCodeAt(0) < 0x80) { out.push(ch.charCodeAt(0)); continue; }
    if (table.has(ch)) { out.push(table.get(ch)!); continue; }
    const d = ch.normalize('NFD');
    const base = d.slice(0, -1).normalize('NFC');
    out.push(base.charCodeAt(0) < 0x80 ? base.charCodeAt(0) : table.get(base)!, table.get(d.slice(-1))!);
  }
  return Buffer.from(out);
}

describe('header mapping', () => {
  it('recognises Vietnamese headers whatever the case, diacritics form, spacing or notes', () => {
    const m = mapHeader(['STT', 'HỌ VÀ TÊN', 'Ngày sinh (dd/mm/yyyy)', 'giới  tính', 'Lớp'.normalize('NFD'), 'Số định danh cá nhân', 'Mã HS',
      'Họ tên cha', 'SĐT cha', 'Họ tên mẹ', 'Số điện thoại mẹ', 'Họ tên phụ huynh', 'Số điện thoại phụ huynh', 'Quan hệ', 'Ghi chú']);
    expect(Object.keys(m.columns).sort()).toEqual(['birthDate', 'className', 'fatherName', 'fatherPhone', 'fullName', 'guardianName',
      'guardianPhone', 'guardianRelationship', 'learnerId', 'motherName', 'motherPhone', 'personalId', 'sex'].sort());
    expect(m.columns.fullName).toBe('HỌ VÀ TÊN');
    expect(m.fields.has(0)).toBe(false); // STT is ignored
    expect(mapHeader(['Họ tên', 'CCCD', 'Tên học sinh']).columns).toEqual({ fullName: 'Họ tên', personalId: 'CCCD' });
    expect(headerKey('Mã định danh (*)')).toBe('ma dinh danh');
  });

  it('detects ; and , delimiters', () => {
    expect(detectDelimiter('a;b;c\n1;2,5;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n"x;y",2,3')).toBe(',');
  });
});

describe('parseRosterFile: CSV', () => {
  const expectLan = async (bytes: Buffer, name = 'ds.csv') => {
    const r = await parseRosterFile(bytes, name);
    expect(r.format).toBe('csv');
    expect(r.rows).toEqual([{ line: 2, values: { fullName: 'Nguyễn Thị Lan', birthDate: '05/09/2010', sex: 'Nữ', className: '10A1', motherPhone: '0912345678' } }]);
  };
  it('reads UTF-8 with and without BOM, ; or , delimited', async () => {
    await expectLan(utf8(`\uFEFF${CSV}`));
    await expectLan(utf8(CSV.replace(/;/g, ',')));
    const sep = await parseRosterFile(utf8(`sep=;\n${CSV}`), 'ds.csv');
    expect(sep.rows[0]!.line).toBe(3);
  });
  it('reads UTF-16 (Excel "Unicode text") and Windows-1258 exports, and NFD text, all as NFC', async () => {
    await expectLan(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]));
    const legacy = encode1258(CSV);
    expect(detectEncoding(legacy).encoding).toBe('windows-1258');
    await expectLan(legacy);
    await expectLan(utf8(CSV.normalize('NFD')));
  });
  it('finds the header under a title block and skips blank lines', async () => {
    const r = await parseRosterFile(utf8(`DANH SÁCH HỌC SINH;;;;\nNăm học 2026-2027;;;;\n;;;;\n${CSV};;;;\n`), 'ds.csv');
    expect(r.headerLine).toBe(4);
    expect(r.rows.map((x) => x.line)).toEqual([5]);
  });
});

describe('parseRosterFile: XLSX', () => {
  it('reads the first sheet with a header, Excel dates as ISO, numeric IDs and phones as numbers', async () => {
    const [p] = buildPupils(1, { classes: ['10A1'] });
    const r = await parseRosterFile(await pupilsToXlsx([p!], { idsAsNumbers: true }), 'DS lop.xlsx');
    expect(r).toMatchObject({ format: 'xlsx', headerLine: 4 });
    expect(r.rows[0]!.values).toMatchObject({ fullName: p!.fullName, birthDate: p!.birthDate, personalId: Number(p!.personalId),
      fatherPhone: Number(p!.fatherPhone), className: '10A1' });
  });
  it('skips a cover sheet and reads dates stored as plain serial numbers', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Hướng dẫn').addRow(['Điền danh sách ở trang sau']);
    const ws = wb.addWorksheet('DS');
    ws.addRow(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Lớp']);
    ws.addRow([{ richText: [{ text: 'Lê ' }, { text: 'Văn Tám' }] }, 40426, 'Nam', '10A1']);
    const r = await parseRosterFile(Buffer.from(await wb.xlsx.writeBuffer()), 'ds.xlsx');
    expect(r.rows).toEqual([{ line: 2, values: { fullName: 'Lê Văn Tám', birthDate: 40426, sex: 'Nam', className: '10A1' } }]);
  });
});

describe('parseRosterFile refuses what it cannot import, in both languages', () => {
  const refusal = (bytes: Buffer, name: string) => parseRosterFile(bytes, name).then(() => null, (e) => ({ code: e.code, message: e.message as string }));
  it('refuses other formats, legacy .xls, damaged XLSX, empty and header-less files', async () => {
    expect(await refusal(Buffer.from('%PDF-1.7'), 'ds.pdf')).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('Only CSV or XLSX') });
    expect(await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'ds.xls')).toMatchObject({ message: expect.stringContaining('.xlsx') });
    expect(await refusal(Buffer.from('PK\x03\x04garbage'), 'ds.xlsx')).toMatchObject({ message: expect.stringContaining('damaged') });
    expect(await refusal(Buffer.alloc(0), 'ds.csv')).toMatchObject({ message: expect.stringContaining('empty') });
    expect(await refusal(utf8('a;b;c\n1;2;3\n'), 'ds.csv')).toMatchObject({ message: expect.stringContaining('Không tìm thấy dòng tiêu đề') });
  });
  it('refuses an XLSX whose entries claim to inflate past the limit (zip bomb) before unzipping it', async () => {
    const real = await pupilsToXlsx(buildPupils(3, { classes: ['10A1'] }));
    expect(declaredInflatedSize(real)).toBeGreaterThan(0);
    expect(declaredInflatedSize(real)).toBeLessThan(MAX_INFLATED_BYTES);
    // Rewrite the first central-directory entry's uncompressed size to 1 GB, as a bomb would declare.
    const bomb = Buffer.from(real);
    const cd = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(1024 * 1024 * 1024, cd + 24);
    expect(await refusal(bomb, 'ds.xlsx')).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('too much data') });
  });
  it('refuses files over 5 MB and over 5,000 rows', async () => {
    expect(await refusal(Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), 'ds.csv')).toMatchObject({ code: 'payload_too_large' });
    const many = pupilsToCsv(buildPupils(5001, { classes: ['10A1'] }));
    expect(await refusal(many, 'ds.csv')).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('5000') });
    expect(await refusal(pupilsToCsv(buildPupils(5000, { classes: ['10A1'] })), 'ds.csv')).toBeNull();
  });
});
