import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_VI, STATUS_VI } from '@truongan/reports';
import { DEMO } from '../demo/seed.ts';
import { filePublic } from '../testing/caseHelpers.ts';
import { ApiClient, startHarness, type Harness } from '../testing/harness.ts';

/**
 * Issue 6, point 3: the term report of a ward's schools, as .xlsx and PDF, against counts the test computes
 * itself from the raw `cases` rows; the PDF text (pdftotext) must read as Vietnamese.
 */
const TERM = { from: '2026-09-05', to: '2027-01-15' };
const SECOND = 'sch-th-ba-dinh';
// [school, category, created (UTC), first response after h, closed after h or null]
const HISTORY: Array<[string, string, string, number | null, number | null]> = [
  [DEMO.school, 'violence_physical', '2026-09-10T02:00:00.000Z', 2, 50],
  [DEMO.school, 'violence_physical', '2026-10-01T03:00:00.000Z', 5, null],
  [DEMO.school, 'abuse_sexual', '2026-10-20T16:30:00.000Z', 1, 30], // 23:30 in Hà Nội: still October
  [DEMO.school, 'scam', '2026-11-02T01:00:00.000Z', null, null],
  [SECOND, 'cyberbullying', '2026-12-05T08:00:00.000Z', 10, 100],
  [SECOND, 'self_harm', '2027-01-15T16:59:00.000Z', 0.5, null], // 23:59 on the last day: inside
  [SECOND, 'scam', '2027-01-15T17:00:00.000Z', null, null], // 00:00 the day after (Hà Nội): outside
  [DEMO.school, 'drugs', '2026-09-04T16:00:00.000Z', null, null], // 23:00 on 4 Sep: before the term
  [DEMO.otherSchool, 'weapons', '2026-10-10T00:00:00.000Z', 1, 2], // another ward
];

describe('case report for a ward over a term', () => {
  let h: Harness;
  let officer: ApiClient;
  beforeAll(async () => {
    h = await startHarness();
    await h.ctx.deps.repos.org.upsertSchool({ id: SECOND, wardId: DEMO.ward, name: 'Trường Tiểu học Ba Đình', level: 'primary', code: null, address: null, hotline: null });
    const anon = new ApiClient(h.app);
    const db = h.ctx.database.db;
    const plus = (iso: string, hours: number | null) => (hours === null ? null : new Date(Date.parse(iso) + hours * 3_600_000).toISOString());
    for (const [schoolId, category, createdAt, first, closed] of HISTORY) {
      const r = await filePublic(anon, { schoolId, category, what: `Vụ việc ${category}` });
      expect(r.status).toBe(201);
      // History: the case log as it would stand after a term of work.
      await db.updateTable('cases').set({ created_at: createdAt, first_response_at: plus(createdAt, first), closed_at: plus(createdAt, closed),
        status: closed !== null ? 'closed' : first !== null ? 'in_progress' : 'new' }).where('id', '=', r.body.caseId).execute();
    }
    officer = await h.signIn('canbo.badinh');
  }, 180_000);
  afterAll(async () => { await h?.close(); });

  /** The independent count: raw rows, filtered by hand with the Hà Nội calendar. */
  async function expected() {
    const rows = await h.ctx.database.db.selectFrom('cases').selectAll().execute();
    const hanoiDay = (iso: string) => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);
    const inScope = rows.filter((r) => [DEMO.school, SECOND].includes(r.school_id) && hanoiDay(r.created_at) >= TERM.from && hanoiDay(r.created_at) <= TERM.to);
    const count = (key: (r: (typeof rows)[number]) => string) => inScope.reduce<Record<string, number>>((m, r) => ({ ...m, [key(r)]: (m[key(r)] ?? 0) + 1 }), {});
    return { total: inScope.length, byCategory: count((r) => r.category), byStatus: count((r) => r.status), bySchool: count((r) => r.school_id), byMonth: count((r) => hanoiDay(r.created_at).slice(0, 7)) };
  }

  it('the .xlsx figures match the raw case rows, and the workbook carries its query', async () => {
    const want = await expected();
    expect(want.total).toBe(6);
    const res = await h.app.request(`/api/stats/cases/report.xlsx?level=ward&scopeId=${DEMO.ward}&from=${TERM.from}&to=${TERM.to}`, { headers: { cookie: officer.cookie } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
    const ws = wb.getWorksheet('Báo cáo')!;
    const cells = new Map<string, unknown>();
    ws.eachRow((row) => { const v = row.values as unknown[]; if (typeof v[1] === 'string') cells.set(v[1], v[2]); });
    expect(ws.getRow(1).getCell(1).value).toBe('Phòng Văn hóa – Xã hội phường Ba Đình');
    expect(cells.get('Tổng số vụ việc')).toBe(want.total);
    for (const [cat, n] of Object.entries(want.byCategory)) expect([cat, cells.get(CATEGORY_VI[cat]!)]).toEqual([cat, n]);
    for (const [st, n] of Object.entries(want.byStatus)) expect([st, cells.get(STATUS_VI[st]!)]).toEqual([st, n]);
    expect(cells.get('Trường THCS Nguyễn Trãi')).toBe(want.bySchool[DEMO.school]);
    expect(cells.get('Trường Tiểu học Ba Đình')).toBe(want.bySchool[SECOND]);
    for (const [m, n] of Object.entries(want.byMonth)) expect([m, cells.get(m.split('-').reverse().join('/'))]).toEqual([m, n]);
    const q = wb.getWorksheet('Truy vấn')!;
    expect(String(q.getRow(1).getCell(2).value)).toMatch(/select .* from "cases" where "school_id" in/);
  });

  it('the PDF shows the same figures in correct Vietnamese (pdftotext)', async () => {
    const want = await expected();
    const res = await h.app.request(`/api/stats/cases/report.pdf?level=ward&scopeId=${DEMO.ward}&from=${TERM.from}&to=${TERM.to}`, { headers: { cookie: officer.cookie } });
    expect(res.status).toBe(200);
    const file = path.join(h.dataDir, 'report.pdf');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(text).toContain('PHÒNG VĂN HÓA – XÃ HỘI PHƯỜNG BA ĐÌNH');
    // The centred title wraps onto two lines in the layout.
    expect(text.replace(/\s+/g, ' ')).toContain('Báo cáo tình hình an ninh, an toàn trường học và bạo lực học đường');
    expect(text).toContain('Kỳ báo cáo: 05/09/2026 – 15/01/2027');
    expect(text).toMatch(new RegExp(`Tổng số vụ việc: ${want.total}\\b`));
    for (const [cat, n] of Object.entries(want.byCategory)) expect(text).toMatch(new RegExp(`${CATEGORY_VI[cat]!.replace(/[()"]/g, '.')}\\s+${n}\\b`));
    expect(text).toMatch(new RegExp(`Trường Tiểu học Ba Đình\\s+${want.bySchool[SECOND]}\\b`));
    expect(text).toContain('Truy vấn nguồn');
  });

  it('time figures: median and p90 of first response and closing, from the same rows', async () => {
    const r = await officer.get(`/api/stats/cases?level=ward&scopeId=${DEMO.ward}&from=${TERM.from}&to=${TERM.to}`);
    expect(r.status).toBe(200);
    // In scope: first responses 2, 5, 1, 10, 0.5 h; closings 50, 30, 100 h.
    expect(r.body.firstResponseHours).toEqual({ count: 5, median: 2, p90: 10 });
    expect(r.body.closeHours).toEqual({ count: 3, median: 50, p90: 100 });
  });

  it('statistics stay inside the reader\'s level', async () => {
    expect((await officer.get(`/api/stats/cases?level=ward&scopeId=${DEMO.otherWard}&from=${TERM.from}&to=${TERM.to}`)).status).toBe(403);
    const principal = await h.signIn('hieutruong');
    expect((await principal.get(`/api/stats/cases?level=ward&scopeId=${DEMO.ward}&from=${TERM.from}&to=${TERM.to}`)).status).toBe(403);
    expect((await principal.get(`/api/stats/cases?level=school&scopeId=${DEMO.school}&from=${TERM.from}&to=${TERM.to}`)).body.total).toBe(4);
    const dept = await h.signIn('so.gddt');
    expect((await dept.get(`/api/stats/cases?level=province&scopeId=${DEMO.province}&from=${TERM.from}&to=${TERM.to}`)).body.total).toBe(7);
    const teacher = await h.signIn('gvcn.6a1');
    expect((await teacher.get(`/api/stats/cases?level=school&scopeId=${DEMO.school}&from=${TERM.from}&to=${TERM.to}`)).status).toBe(403);
  });
});
