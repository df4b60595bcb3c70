import type { CaseReport } from '@truongan/contracts';
import ExcelJS from 'exceljs';
import { fmtDate, T } from './labels.ts';
import { reportTables } from './tables.ts';

/** The report as a workbook: one "Báo cáo" sheet for people, a "Truy vấn" sheet with the SQL and parameters. */
export async function caseReportXlsx(r: CaseReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Trường An';
  wb.created = new Date(r.generatedAt);
  const ws = wb.addWorksheet('Báo cáo');
  ws.columns = [{ width: 48 }, { width: 18 }];
  ws.addRow([r.issuer]).font = { bold: true, size: 13 };
  ws.addRow([r.title]).font = { bold: true, size: 14 };
  ws.addRow([T.period, `${fmtDate(r.period.from)} – ${fmtDate(r.period.to)}`]);
  ws.addRow([T.generated, r.generatedAt]);
  ws.addRow([T.total, r.stats.total]).font = { bold: true };
  ws.addRow([T.note]);
  for (const t of reportTables(r)) {
    ws.addRow([]);
    ws.addRow([t.title]).font = { bold: true };
    ws.addRow(t.header).font = { italic: true };
    for (const row of t.rows) ws.addRow(row);
  }
  const q = wb.addWorksheet('Truy vấn');
  q.columns = [{ width: 16 }, { width: 120 }];
  q.addRow([T.query, r.query.sql]);
  r.query.params.forEach((p, i) => q.addRow([`${T.params} $${i + 1}`, p]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
