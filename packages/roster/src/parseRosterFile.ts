import type { RawRoster } from '@truongan/core';
import { readCsv } from './csv.ts';
import { MAX_FILE_BYTES, notARoster, tooLarge } from './limits.ts';
import { rowsToRoster } from './table.ts';
import { readXlsx } from './xlsx.ts';

export type RosterFormat = 'csv' | 'xlsx';

/**
 * Decides the format from the bytes first (an .xlsx is a zip), the name second: a renamed file must not reach the
 * wrong parser, and legacy .xls or a PDF get a message that tells the school what to do instead.
 */
export function detectFormat(bytes: Uint8Array, filename: string): RosterFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (ole || ext === 'xls') {
    throw notARoster('Tệp .xls (Excel 97-2003) chưa được hỗ trợ: hãy lưu lại dạng .xlsx hoặc CSV / .xls files are not supported: save as .xlsx or CSV');
  }
  if (zip && (ext === 'xlsx' || ext === '')) return 'xlsx';
  const pdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
  if (!zip && !pdf && ['csv', 'txt', ''].includes(ext)) return 'csv';
  if (ext === 'xlsx') throw notARoster('Tệp XLSX bị hỏng hoặc không phải Excel / The XLSX file is damaged or not an Excel workbook');
  throw notARoster('Chỉ nhận tệp CSV hoặc XLSX / Only CSV or XLSX files are accepted');
}

/** Bytes of an uploaded or local file → header-mapped raw rows, ready for core's validateRoster/importRoster. */
export async function parseRosterFile(bytes: Uint8Array, filename: string): Promise<RawRoster & { format: RosterFormat }> {
  if (bytes.byteLength > MAX_FILE_BYTES) throw tooLarge();
  if (bytes.byteLength === 0) throw notARoster('Tệp rỗng / The file is empty');
  const format = detectFormat(bytes, filename);
  const sheet = format === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes);
  return { ...rowsToRoster(sheet), format };
}
