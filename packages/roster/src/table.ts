import type { RawCell, RawRoster, RawRosterRow } from '@truongan/core';
import { HEADER_SEARCH_ROWS, isHeaderRow, mapHeader } from './headers.ts';
import { MAX_ROWS, noHeader, tooManyRows } from './limits.ts';

export interface SheetRow { line: number; cells: RawCell[] }

const blank = (c: RawCell | undefined) => c === undefined || (typeof c === 'string' && c.trim() === '');

/** Finds the header among the first rows (schools put a title block above it) and maps the rows below it. */
export function rowsToRoster(sheet: SheetRow[]): RawRoster {
  const headerIndex = sheet.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => isHeaderRow(mapHeader(r.cells)));
  if (headerIndex < 0) throw noHeader();
  const header = mapHeader(sheet[headerIndex]!.cells);
  const rows: RawRosterRow[] = [];
  for (const r of sheet.slice(headerIndex + 1)) {
    const values: RawRosterRow['values'] = {};
    for (const [i, field] of header.fields) if (!blank(r.cells[i])) values[field] = r.cells[i]!;
    // Blank lines and rows that only carry an unmapped column (an STT number, a signature line) are not pupils.
    if (Object.keys(values).length === 0) continue;
    rows.push({ line: r.line, values });
    if (rows.length > MAX_ROWS) throw tooManyRows();
  }
  return { headerLine: sheet[headerIndex]!.line, columns: header.columns, rows };
}
