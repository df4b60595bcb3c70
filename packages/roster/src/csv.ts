import { parse } from 'csv-parse/sync';
import type { RawCell } from '@truongan/core';
import { decodeText } from './decode.ts';
import { MAX_ROWS, notARoster, tooManyRows } from './limits.ts';
import type { SheetRow } from './table.ts';

/** Excel in Vietnamese locale writes `;` (the decimal separator is `,`); Google Sheets writes `,`; some tools tab. */
export function detectDelimiter(text: string): string {
  const head = text.split(/\r?\n/, 15).join('\n').replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, head.split(d).length - 1] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

export function readCsv(bytes: Uint8Array): SheetRow[] {
  let { text } = decodeText(bytes);
  let delimiter: string | undefined;
  // Excel honours a first line "sep=;"; keep its promise and skip it.
  const sep = /^sep=(.)\r?\n/.exec(text);
  if (sep) { delimiter = sep[1]; text = text.slice(sep[0].length); }
  delimiter ??= detectDelimiter(text);
  const lineOffset = sep ? 1 : 0;
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true,
      trim: true, to: MAX_ROWS + 50 }) as any;
  } catch (e) {
    throw notARoster(`Tệp CSV không đọc được: ${(e as Error).message.slice(0, 120)} / The CSV file cannot be read`);
  }
  if (records.length >= MAX_ROWS + 50) throw tooManyRows();
  return records.map(({ record, info }) => ({ line: info.lines + lineOffset, cells: record as RawCell[] }));
}
