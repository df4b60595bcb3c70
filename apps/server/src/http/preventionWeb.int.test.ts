import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO } from '../demo/seed.ts';
import { ApiClient, startHarness, startPgHarness, type Harness } from '../testing/harness.ts';

/**
 * The API the web pages of issue 7 need beyond the backend's own test: demo pupils sign in with a password, the app
 * learns whom a student or guardian answers for and whether they already answered, the reach report exists as PDF
 * (audited like the .xlsx), and a homeroom teacher sees counselling as counts only.
 */
describe.each(['sqlite', 'postgres'] as const)('prevention web API on %s', (engine) => {
  let h: Harness;
  const c: Record<string, ApiClient> = {};
  let campaignId: string;

  beforeAll(async () => {
    h = engine === 'sqlite' ? await startHarness() : await startPgHarness(inject('pgUrl'));
    for (const u of ['congan.badinh', 'hieutruong', 'gvcn.6a1', 'hs.6a1.01', 'hs.6a1.02']) c[u] = await h.signIn(u);
    c.guardian = await h.signInGuardian();
    const r = await c['congan.badinh']!.post('/api/campaigns', {
      title: 'An toàn trên mạng', summary: 'Thử', startsOn: '2026-10-01', endsOn: '2026-11-30', targets: { wardIds: [DEMO.ward] },
      keyMessages: ['Không gửi ảnh riêng tư'], quiz: [{ question: '111 là số gì?', options: ['Bảo vệ trẻ em', 'Cứu hoả'], correct: 0 }],
    });
    expect(r.status, r.text).toBe(201);
    campaignId = r.body.id;
  }, 180_000);
  afterAll(async () => { await h?.close(); });

  it('demo pupils are real accounts of 6A1 with the student role and no second factor', async () => {
    const accounts = h.creds.accounts.filter((a) => a.role === 'student');
    expect(accounts.map((a) => a.username)).toEqual(['hs.6a1.01', 'hs.6a1.02']);
    expect(accounts.every((a) => !a.totpSecret)).toBe(true);
    const me = await c['hs.6a1.01']!.get('/api/me');
    expect(me.body.grants.map((g: { role: string }) => g.role)).toEqual(['student']);
  });

  it('participation: a student answers for themselves, a guardian for their children, staff for nobody', async () => {
    const p = await c['hs.6a1.01']!.get('/api/prevention/participation');
    expect(p.status, p.text).toBe(200);
    expect(p.body.kind).toBe('student');
    expect(p.body.students).toHaveLength(1);
    const student = (await h.ctx.deps.repos.people.getStudent(p.body.students[0].id))!;
    expect([student.classId, student.schoolId]).toEqual([`${DEMO.school}-6a1`, DEMO.school]);
    const g = await c.guardian!.get('/api/prevention/participation');
    expect(g.body.kind).toBe('guardian');
    expect(g.body.students.map((s: { id: string }) => s.id)).toEqual((await c.guardian!.get('/api/me/children')).body.map((s: { id: string }) => s.id));
    expect((await c.hieutruong!.get('/api/prevention/participation')).status).toBe(403);
  });

  it('my-response: nothing before answering, the first (counted) score after, even when answering again', async () => {
    const s = c['hs.6a1.02']!;
    expect((await s.get(`/api/campaigns/${campaignId}/my-response`)).body).toEqual({ responded: false, score: null, total: 1 });
    const me = (await s.get('/api/prevention/participation')).body.students[0].id;
    expect((await s.post(`/api/campaigns/${campaignId}/responses`, { studentId: me, acknowledge: true, answers: [1] })).body.score).toBe(0);
    await s.post(`/api/campaigns/${campaignId}/responses`, { studentId: me, acknowledge: true, answers: [0] });
    expect((await s.get(`/api/campaigns/${campaignId}/my-response`)).body).toEqual({ responded: true, score: 0, total: 1 });
    expect((await c.hieutruong!.get(`/api/campaigns/${campaignId}/my-response`)).status).toBe(403);
  });

  it('the reach report as PDF: an embedded font, the same access as the dashboard, and the export audited', async () => {
    const res = await h.app.request(`/api/campaigns/${campaignId}/reach.pdf`, { headers: { cookie: c['congan.badinh']!.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
    const denied = await h.app.request(`/api/campaigns/${campaignId}/reach.pdf`, { headers: { cookie: c.guardian!.cookie } });
    expect(denied.status).toBe(403);
    const exports = await h.ctx.deps.repos.audit.list({ limit: 20, action: 'export.created' });
    expect(exports.filter((e) => e.targetId === campaignId).map((e) => e.detail.format)).toEqual(['pdf']);
  });

  it('a homeroom teacher sees counselling counts of the school, never of another; a guardian sees none', async () => {
    const q = `schoolId=${DEMO.school}&from=2026-01-01&to=2030-12-31`;
    const teacher = await c['gvcn.6a1']!.get(`/api/counselling/stats?${q}`);
    expect(teacher.status, teacher.text).toBe(200);
    expect(Object.keys(teacher.body).sort()).toEqual(['byStatus', 'bySource', 'casesOpened', 'from', 'notesByGroup', 'requests', 'schoolId', 'sessions', 'to'].sort());
    expect((await c['gvcn.6a1']!.get(`/api/counselling/stats?schoolId=${DEMO.otherSchool}&from=2026-01-01&to=2030-12-31`)).status).toBe(403);
    expect((await c.guardian!.get(`/api/counselling/stats?${q}`)).status).toBe(403);
    expect((await c['gvcn.6a1']!.get('/api/counselling/requests')).status).toBe(403);
  });
});
