import ExcelJS from 'exceljs';
import type { RawCell } from '@truongan/core';
import { HEADER_SEARCH_ROWS, isHeaderRow, mapHeader } from './headers.ts';
import { MAX_ROWS, noHeader, notARoster, tooManyRows } from './limits.ts';
import type { SheetRow } from './table.ts';
import { declaredInflatedSize, MAX_INFLATED_BYTES } from './zipGuard.ts';

/**
 * A cell as roster rules want it. Date cells become ISO dates (exceljs reads them as UTC midnight); numbers stay
 * numbers so the rules can tell an Excel date serial or an ID that lost its leading zero from text.
 */
export function cellValue(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'x' : '';
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return v.result === undefined ? '' : cellValue(v.result as ExcelJS.CellValue);
  if ('text' in v) return typeof v.text === 'string' ? v.text : cellValue(v.text as ExcelJS.CellValue);
  return ''; // error cells (#N/A) read as blank: the rules then say what is missing
}

const rowCells = (row: ExcelJS.Row): RawCell[] => {
  const cells: RawCell[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => { cells[col - 1] = cellValue(cell.value); });
  return Array.from(cells, (c) => c ?? '');
};

/** The first sheet with a recognisable header: schools keep notes or a cover sheet before the list. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const inflated = declaredInflatedSize(bytes);
  if (inflated === null) throw notARoster('Tệp XLSX bị hỏng hoặc không phải Excel / The XLSX file is damaged or not an Excel workbook');
  if (inflated > MAX_INFLATED_BYTES) throw notARoster('Tệp XLSX giải nén quá lớn / The XLSX file expands to too much data');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as any);
  } catch {
    throw notARoster('Tệp XLSX bị hỏng hoặc không phải Excel / The XLSX file is damaged or not an Excel workbook');
  }
  for (const ws of wb.worksheets) {
    if (ws.actualRowCount > MAX_ROWS + HEADER_SEARCH_ROWS + 50) throw tooManyRows();
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => { rows.push({ line: n, cells: rowCells(row) }); });
    if (rows.slice(0, HEADER_SEARCH_ROWS).some((r) => isHeaderRow(mapHeader(r.cells)))) return rows;
  }
  throw noHeader();
}
