import type { CampaignReach } from '@truongan/contracts';
import PDFDocument from 'pdfkit';
import { vietnameseFont } from './fonts.ts';

type Column = { header: string; width: number; align?: 'left' | 'right' };
export interface ReachTable { title: string; columns: Column[]; rows: string[][] }

const num = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
const pct = (n: number | null) => (n === null ? '—' : `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(n)}%`);
const R = 'right' as const;

/**
 * The report's tables as text cells, from the very CampaignReach the dashboard and the .xlsx use: the PDF adds no
 * figure of its own, only Vietnamese number formatting (1.234 and 33,3%).
 */
export function reachTables(reach: CampaignReach): ReachTable[] {
  return [
    {
      title: 'Theo trường',
      columns: [{ header: 'Trường', width: 170 }, { header: 'Số HS', width: 52, align: R }, { header: 'HS đã xác nhận', width: 62, align: R },
        { header: 'Độ phủ', width: 52, align: R }, { header: 'HS làm bài', width: 55, align: R }, { header: 'Điểm TB', width: 52, align: R },
        { header: 'PH đã xác nhận', width: 62, align: R }, { header: 'Số hoạt động', width: 58, align: R }, { header: 'Lượt tham gia', width: 62, align: R },
        { header: 'HĐ bắt buộc', width: 58, align: R }, { header: 'Hoàn thành', width: 58, align: R }],
      rows: reach.schools.map((s) => [s.schoolName, num(s.students), num(s.studentsAcknowledged), pct(s.reachPct), num(s.studentsQuizzed), pct(s.averageScorePct),
        num(s.guardiansAcknowledged), num(s.activities), num(s.participants), `${s.requiredDone}/${s.requiredTotal}`, pct(s.completionPct)]),
    },
    {
      title: 'Theo phường/xã',
      columns: [{ header: 'Phường/xã', width: 170 }, { header: 'Số trường', width: 52, align: R }, { header: 'Số HS', width: 52, align: R },
        { header: 'HS đã xác nhận', width: 62, align: R }, { header: 'Độ phủ', width: 52, align: R }, { header: 'HS làm bài', width: 55, align: R },
        { header: 'PH đã xác nhận', width: 62, align: R }, { header: 'Số hoạt động', width: 58, align: R }, { header: 'Lượt tham gia', width: 62, align: R },
        { header: 'Hoàn thành', width: 58, align: R }],
      rows: reach.areas.map((a) => [a.wardName, num(a.schools), num(a.students), num(a.studentsAcknowledged), pct(a.reachPct), num(a.studentsQuizzed),
        num(a.guardiansAcknowledged), num(a.activities), num(a.participants), pct(a.completionPct)]),
    },
  ];
}

/** dd/MM/yyyy HH:mm in Vietnam time, the way an official report writes it. */
const vnTime = (iso: string) => {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' }).formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
};

/** The campaign's reach report as an A4 landscape PDF with an embedded Vietnamese TrueType font, for the owner to send up. */
export function campaignReachPdf(reach: CampaignReach, opts: { issuer?: string; preparedBy?: string; fontPaths?: string[] } = {}): Promise<Buffer> {
  const font = vietnameseFont(opts.fontPaths);
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 40, info: { Title: reach.title, Creator: 'Trường An' } });
  doc.registerFont('body', font.regular);
  doc.registerFont('bold', font.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => { doc.on('end', () => resolve(Buffer.concat(chunks))); doc.on('error', reject); });

  if (opts.issuer) doc.font('bold').fontSize(11).text(opts.issuer.toUpperCase());
  doc.font('body').fontSize(9).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc', { align: 'right' });
  doc.moveDown();
  doc.font('bold').fontSize(15).text('BÁO CÁO KẾT QUẢ CHIẾN DỊCH TUYÊN TRUYỀN', { align: 'center' });
  doc.font('bold').fontSize(12).text(reach.title, { align: 'center' });
  doc.font('body').fontSize(9).text(`Số liệu tính lúc ${vnTime(reach.computedAt)} (giờ Việt Nam)`, { align: 'center' });
  for (const table of reachTables(reach)) drawTable(doc, table);
  doc.moveDown();
  doc.font('body').fontSize(8).fillColor('#444').text('Độ phủ = số học sinh đã xác nhận thông điệp / số học sinh của trường. Điểm TB = tổng điểm / tổng số câu của học sinh đã làm bài '
    + '(lần làm đầu tiên). Hoàn thành = số hoạt động bắt buộc trường đã ghi nhận / số hoạt động bắt buộc; chiến dịch không có hoạt động bắt buộc thì '
    + 'trường hoàn thành khi đã ghi nhận ít nhất một hoạt động. Số liệu phường/xã cộng từ các trường, không lấy trung bình các tỷ lệ.', 40, doc.y, { width: 760 });
  if (opts.preparedBy) doc.moveDown().font('body').fontSize(10).fillColor('#000').text(`Người lập báo cáo: ${opts.preparedBy}`, 40, doc.y, { width: 760, align: 'right' });
  doc.end();
  return done;
}

function drawTable(doc: PDFKit.PDFDocument, t: ReachTable) {
  const left = 40;
  const rowHeight = (cells: string[], bold: boolean) => Math.max(...cells.map((c, i) => doc.font(bold ? 'bold' : 'body').fontSize(8.5)
    .heightOfString(c, { width: t.columns[i]!.width - 6 }))) + 6;
  const row = (cells: string[], bold: boolean, shade: boolean) => {
    const h = rowHeight(cells, bold);
    if (doc.y + h > doc.page.height - 50) doc.addPage();
    const y = doc.y;
    const width = t.columns.reduce((s, c) => s + c.width, 0);
    if (shade) doc.rect(left, y, width, h).fill('#eef2f6').fillColor('#000');
    let x = left;
    cells.forEach((c, i) => {
      const col = t.columns[i]!;
      doc.font(bold ? 'bold' : 'body').fontSize(8.5).fillColor('#000').text(c, x + 3, y + 3, { width: col.width - 6, align: col.align ?? 'left' });
      x += col.width;
    });
    doc.moveTo(left, y + h).lineTo(left + width, y + h).strokeColor('#c9d0d8').lineWidth(0.5).stroke();
    doc.x = left;
    doc.y = y + h;
  };
  doc.moveDown(0.8);
  doc.font('bold').fontSize(11).fillColor('#000').text(t.title, left, doc.y);
  doc.moveDown(0.3);
  row(t.columns.map((c) => c.header), true, true);
  for (const r of t.rows) row(r, false, false);
  if (!t.rows.length) doc.font('body').fontSize(9).text('Không có số liệu', left, doc.y + 3);
}
