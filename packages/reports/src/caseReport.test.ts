import { describe, expect, it } from 'vitest';
import type { CaseReport } from '@truongan/contracts';
import { caseReportPdf } from './caseReportPdf.ts';
import { reportTables } from './tables.ts';

const report = (): CaseReport => ({
  title: 'Báo cáo', issuer: 'UBND phường Ba Đình', period: { from: '2026-09-05', to: '2027-01-15' }, generatedAt: '2026-11-22T00:00:00.000Z',
  schools: [{ id: 'a', name: 'Trường A' }, { id: 'b', name: 'Trường Bình Yên' }],
  stats: { total: 2, byCategory: { scam: 2 }, bySchool: { a: 2 }, byMonth: { '2026-10': 2 }, byStatus: { new: 2 },
    firstResponseHours: { count: 0, median: null, p90: null }, closeHours: { count: 0, median: null, p90: null } },
  query: { sql: 'select 1', params: [] },
});

describe('case report tables', () => {
  it('lists every school in scope, with 0 where there were no cases (a missing row would hide a school)', () => {
    const bySchool = reportTables(report()).find((t) => t.title === 'Theo trường')!;
    expect(bySchool.rows).toEqual([['Trường A', 2], ['Trường Bình Yên', 0]]);
  });
  it('says "no data" rather than 0 hours when nothing was measured', () => {
    const first = reportTables(report()).find((t) => t.title.startsWith('Thời gian phản hồi'))!;
    expect(first.rows).toContainEqual(['Trung vị', 'không có dữ liệu']);
  });
  it('renders a PDF with an embedded TrueType font', async () => {
    const pdf = await caseReportPdf(report());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
  });
});
