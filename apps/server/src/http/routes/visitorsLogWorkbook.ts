import type { Visit } from '@truongan/contracts';
import ExcelJS from 'exceljs';

export const VISIT_LOG_HEADER = ['Họ và tên', '4 số cuối CCCD', 'Mục đích', 'Người tiếp', 'Vào lúc', 'Hạn thẻ', 'Ra lúc', 'Trạng thái'];
const STATUS_VI: Record<Visit['status'], string> = { expected: 'Đã hẹn', checked_in: 'Đang trong trường', checked_out: 'Đã ra', held: 'Bị giữ (danh sách theo dõi)', cancelled: 'Không cho vào' };
/** Times in the sheet are Vietnam time, as people read them. */
const local = (iso: string | null) => (iso ? new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : '');

/** The visitor log as .xlsx: one row per visit, Vietnamese headers, frozen header row. */
export async function visitLogWorkbook(rows: Visit[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Trường An';
  const ws = wb.addWorksheet('Sổ khách');
  ws.addRow(VISIT_LOG_HEADER).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const v of rows) {
    ws.addRow([v.fullName, v.idLast4 ? `…${v.idLast4}` : '', v.purpose, v.hostName ?? '', local(v.checkedInAt), local(v.validUntil), local(v.checkedOutAt), STATUS_VI[v.status]]);
  }
  ws.columns.forEach((col, i) => { col.width = [28, 14, 32, 28, 17, 17, 17, 24][i]; });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
