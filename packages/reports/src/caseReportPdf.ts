import type { CaseReport } from '@truongan/contracts';
import PDFDocument from 'pdfkit';
import { vietnameseFont } from './fonts.ts';
import { fmtDate, T } from './labels.ts';
import { reportTables } from './tables.ts';

/** The report as an A4 PDF with an embedded TrueType font, the issuing office as header, and the source query at the end. */
export function caseReportPdf(r: CaseReport, opts: { fontPaths?: string[] } = {}): Promise<Buffer> {
  const font = vietnameseFont(opts.fontPaths);
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: r.title, Author: r.issuer, Creator: 'Trường An' } });
  doc.registerFont('body', font.regular);
  doc.registerFont('bold', font.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => { doc.on('end', () => resolve(Buffer.concat(chunks))); doc.on('error', reject); });

  doc.font('bold').fontSize(12).text(r.issuer.toUpperCase(), { align: 'left' });
  doc.font('body').fontSize(10).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc', { align: 'right' });
  doc.moveDown();
  doc.font('bold').fontSize(15).text(r.title, { align: 'center' });
  doc.font('body').fontSize(10).text(`${T.period}: ${fmtDate(r.period.from)} – ${fmtDate(r.period.to)}    ${T.generated}: ${r.generatedAt}`, { align: 'center' });
  doc.moveDown();
  doc.fontSize(10).text(`${T.schools}: ${r.schools.map((s) => s.name).join('; ')}`);
  doc.font('bold').fontSize(12).text(`${T.total}: ${r.stats.total}`);
  doc.font('body').fontSize(9).text(T.note);
  for (const t of reportTables(r)) {
    doc.moveDown(0.6);
    doc.font('bold').fontSize(11).text(t.title);
    for (const [label, value] of t.rows) {
      const y = doc.y;
      doc.font('body').fontSize(10).text(String(label), 60, y, { width: 360 });
      doc.text(String(value), 430, y, { width: 110, align: 'right' });
      doc.x = 50;
    }
  }
  doc.addPage();
  doc.font('bold').fontSize(11).text(T.query);
  doc.font('body').fontSize(8).text(r.query.sql);
  doc.moveDown(0.5);
  doc.fontSize(8).text(`${T.params}: ${r.query.params.map((p, i) => `$${i + 1} = ${p}`).join(', ')}`);
  doc.end();
  return done;
}
