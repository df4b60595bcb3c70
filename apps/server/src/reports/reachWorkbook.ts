import type { CampaignReach } from '@truongan/contracts';
import ExcelJS from 'exceljs';

const SCHOOL_COLUMNS: Array<[key: keyof CampaignReach['schools'][number], header: string, width: number]> = [
  ['schoolName', 'Trường', 34], ['students', 'Số học sinh', 12], ['studentsAcknowledged', 'HS đã xác nhận', 14], ['reachPct', 'Độ phủ (%)', 11],
  ['studentsQuizzed', 'HS làm bài kiểm tra', 16], ['averageScorePct', 'Điểm TB (%)', 11], ['guardiansAcknowledged', 'PH đã xác nhận', 14],
  ['activities', 'Số hoạt động', 12], ['participants', 'Lượt tham gia', 13], ['requiredDone', 'HĐ bắt buộc đã làm', 16],
  ['requiredTotal', 'HĐ bắt buộc', 12], ['completionPct', 'Hoàn thành (%)', 13],
];
const AREA_COLUMNS: Array<[key: keyof CampaignReach['areas'][number], header: string, width: number]> = [
  ['wardName', 'Phường/xã', 28], ['schools', 'Số trường', 10], ['students', 'Số học sinh', 12], ['studentsAcknowledged', 'HS đã xác nhận', 14],
  ['reachPct', 'Độ phủ (%)', 11], ['studentsQuizzed', 'HS làm bài kiểm tra', 16], ['guardiansAcknowledged', 'PH đã xác nhận', 14],
  ['activities', 'Số hoạt động', 12], ['participants', 'Lượt tham gia', 13], ['completionPct', 'Hoàn thành (%)', 13],
];

/**
 * The campaign report as .xlsx: one sheet per school, one per ward. Cells hold the very numbers of the API answer
 * (no formulas, no rounding of its own), so the report sent up and the dashboard cannot disagree.
 */
export async function reachWorkbook(reach: CampaignReach): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Trường An';
  wb.created = new Date(reach.computedAt);
  const sheet = <K extends string>(name: string, cols: Array<[K, string, number]>, rows: Array<Record<K, unknown>>) => {
    const ws = wb.addWorksheet(name);
    ws.addRow([`Chiến dịch: ${reach.title}`]);
    ws.addRow([`Số liệu tính lúc (UTC): ${reach.computedAt}`]);
    ws.addRow(cols.map(([, h]) => h)).font = { bold: true };
    cols.forEach(([, , w], i) => { ws.getColumn(i + 1).width = w; });
    for (const r of rows) ws.addRow(cols.map(([k]) => r[k] ?? null));
  };
  sheet('Theo trường', SCHOOL_COLUMNS, reach.schools);
  sheet('Theo phường', AREA_COLUMNS, reach.areas);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Header row of the per-school sheet is row 3; exported for tests that read the file back. */
export const REACH_HEADER_ROW = 3;
