import { issueSession } from '@truongan/core';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO } from '../demo/seed.ts';
import { REACH_HEADER_ROW } from '../reports/reachWorkbook.ts';
import { ApiClient, FOREIGN, startHarness, startPgHarness, type Harness } from '../testing/harness.ts';

/**
 * Issue 7, "What it must show" at the API level: a ward police campaign reaches the ward's school, the school records
 * an activity with evidence, students and a guardian respond, the dashboard and the .xlsx agree with counts taken from
 * the raw rows; an anonymous counselling request is scheduled and noted, notes stay with the counsellor, reads are audited.
 */
describe.each(['sqlite', 'postgres'] as const)('prevention on %s', (engine) => {
  let h: Harness;
  const c: Record<string, ApiClient> = {};
  const students: Array<{ id: string; client: ApiClient; userId: string }> = [];
  let guardianChild: string;
  const cls6A1 = `${DEMO.school}-6a1`;

  /** Students have no sign-in of their own yet; a session is issued directly, as access.int.test.ts does. */
  async function studentClient(studentId: string, n: number) {
    const userId = `user-student-prev-${n}`;
    await h.ctx.deps.repos.users.insertUser({ id: userId, kind: 'student', displayName: `HS ${n}`, username: null, phone: null, passwordHash: null, totpSecretSealed: null,
      totpEnabled: false, guardianId: null, studentId, locale: 'vi', disabled: false, createdAt: new Date().toISOString() });
    await h.ctx.deps.repos.users.grantRole(userId, { role: 'student', scopeKind: 'self', scopeId: userId });
    const s = await issueSession(h.ctx.deps, h.ctx.deps.repos, userId, true);
    const client = new ApiClient(h.app);
    client.cookie = `ta_session=${s.token}`;
    client.csrf = s.csrfToken;
    return { id: studentId, client, userId };
  }

  beforeAll(async () => {
    h = engine === 'sqlite' ? await startHarness() : await startPgHarness(inject('pgUrl'));
    for (const u of ['congan.badinh', 'hieutruong', 'tuvan', 'gvcn.6a1', 'so.gddt']) c[u] = await h.signIn(u);
    c.guardian = await h.signInGuardian();
    guardianChild = (await c.guardian.get('/api/me/children')).body[0].id;
    const class6A1 = await h.ctx.deps.repos.people.listStudents({ schoolId: DEMO.school, classIds: [cls6A1] });
    for (const [i, s] of class6A1.slice(0, 3).entries()) students.push(await studentClient(s.id, i));
    students.push(await studentClient(FOREIGN.student, 9));
  }, 180_000);
  afterAll(async () => { await h?.close(); });

  const campaignBody = {
    title: 'Không một mình – Cùng nhau an toàn trực tuyến', summary: 'Phòng chống dụ dỗ, "bắt cóc online" cho học sinh phường Ba Đình.',
    startsOn: '2026-10-01', endsOn: '2026-11-30', targets: { wardIds: [DEMO.ward] },
    materials: [{ kind: 'video', title: 'Video tuyên truyền', url: 'https://example.org/video/khong-mot-minh' }, { kind: 'link', title: 'Cẩm nang', url: 'https://example.org/cam-nang' }],
    keyMessages: ['Không gửi ảnh riêng tư cho người lạ', 'Bị đe dọa: kể với cha mẹ, gọi 111'],
    requiredActivities: [{ key: 'assembly', title: 'Chào cờ chuyên đề', format: 'assembly' }, { key: 'class_hour', title: 'Sinh hoạt lớp', format: 'class_hour' }],
    quiz: [{ question: 'Người lạ trên mạng đòi ảnh riêng tư, em làm gì?', options: ['Gửi ngay', 'Từ chối và kể với cha mẹ'], correct: 1 },
      { question: 'Số điện thoại bảo vệ trẻ em?', options: ['111', '1080', '116'], correct: 0 }],
  };
  let campaignId: string;

  it('a ward police officer creates a campaign for the schools of the ward, and only of the ward', async () => {
    const r = await c['congan.badinh']!.post('/api/campaigns', campaignBody);
    expect(r.status, r.text).toBe(201);
    campaignId = r.body.id;
    expect(r.body.schoolIds).toEqual([DEMO.school]);
    expect(r.body.ownerKind).toBe('ward');
    expect((await c['congan.badinh']!.post('/api/campaigns', { ...campaignBody, targets: { schoolIds: [DEMO.otherSchool] } })).status).toBe(403);
    expect((await c.hieutruong!.post('/api/campaigns', campaignBody)).status).toBe(403);
    const qr = await c.hieutruong!.get(`/api/campaigns/${campaignId}/materials/${r.body.materials[0].id}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(qr.text).toMatch(/^<svg[\s\S]*<path/);
    expect(r.body.materials[0].qrPayload).toBe('https://example.org/video/khong-mot-minh');
    expect((await c['so.gddt']!.get(`/api/campaigns/${campaignId}`)).status).toBe(200);
  });

  it('a department campaign for the whole province: each level sees the reach of its own schools', async () => {
    const r = await c['so.gddt']!.post('/api/campaigns', { ...campaignBody, title: 'An toàn giao thông cổng trường', targets: { provinceIds: [DEMO.province] } });
    expect(r.status, r.text).toBe(201);
    expect(r.body.schoolIds.sort()).toEqual([DEMO.otherSchool, DEMO.school].sort());
    expect((await c['congan.badinh']!.post('/api/campaigns', { ...campaignBody, targets: { provinceIds: [DEMO.province] } })).status).toBe(403);
    const dept = await c['so.gddt']!.get(`/api/campaigns/${r.body.id}/reach`);
    expect(dept.body.areas.map((a: any) => a.wardId).sort()).toEqual([DEMO.ward, DEMO.otherWard].sort());
    const ward = await c['congan.badinh']!.get(`/api/campaigns/${r.body.id}/reach`);
    expect(ward.body.schools.map((s: any) => s.schoolId)).toEqual([DEMO.school]);
    const school = await c.hieutruong!.get(`/api/campaigns/${r.body.id}/reach`);
    expect(school.body.schools.map((s: any) => s.schoolId)).toEqual([DEMO.school]);
  });

  it('the school records an activity with an evidence photo whose EXIF is gone', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
      .withExif({ IFD0: { Artist: 'EXIF-SECRET-ARTIST', Copyright: 'EXIF-SECRET' } }).jpeg().toBuffer();
    expect(jpeg.includes('EXIF-SECRET')).toBe(true);
    const body = { heldOn: '2026-10-05', format: 'assembly', classIds: [cls6A1], participants: 240, requiredKey: 'assembly',
      photos: [{ type: 'image/jpeg', dataBase64: jpeg.toString('base64') }] };
    expect((await c['gvcn.6a1']!.post(`/api/campaigns/${campaignId}/schools/${DEMO.school}/activities`, body)).status).toBe(403);
    const r = await c.hieutruong!.post(`/api/campaigns/${campaignId}/schools/${DEMO.school}/activities`, body);
    expect(r.status, r.text).toBe(201);
    expect(r.body.photoIds).toHaveLength(1);
    const photo = await h.app.request(`/api/campaigns/${campaignId}/photos/${r.body.photoIds[0]}`, { headers: { cookie: c['congan.badinh']!.cookie } });
    const bytes = Buffer.from(await photo.arrayBuffer());
    expect(photo.status).toBe(200);
    expect(bytes.includes('EXIF-SECRET')).toBe(false);
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
  });

  it('students and a guardian acknowledge and answer the quiz; only the first attempt counts', async () => {
    const [s0, s1, s2, foreign] = students;
    const view = await s0!.client.get(`/api/campaigns/${campaignId}`);
    expect(view.status).toBe(200);
    expect(view.body.quiz[0]).not.toHaveProperty('correct');
    const answer = (s: typeof s0, answers: number[]) => s!.client.post(`/api/campaigns/${campaignId}/responses`, { studentId: s!.id, acknowledge: true, answers });
    expect((await answer(s0, [1, 0])).body).toEqual({ acknowledged: true, score: 2, total: 2, firstAttempt: true });
    expect((await answer(s1, [1, 1])).body.score).toBe(1);
    expect((await answer(s2, [0, 2])).body.score).toBe(0);
    expect((await answer(s0, [0, 1])).body).toEqual({ acknowledged: true, score: 2, total: 2, firstAttempt: false });
    expect((await answer(s0, [1])).status).toBe(200); // a repeat never changes the counted attempt, even malformed
    // A student may answer only for themselves; a school not addressed by the campaign is refused.
    expect((await s1!.client.post(`/api/campaigns/${campaignId}/responses`, { studentId: s2!.id, acknowledge: true, answers: [1, 0] })).status).toBe(403);
    expect((await answer(foreign, [1, 0])).status).toBe(403);
    const g = await c.guardian!.post(`/api/campaigns/${campaignId}/responses`, { studentId: guardianChild, acknowledge: true, answers: [1, 0] });
    expect(g.status, g.text).toBe(200);
  });

  it("the officer's dashboard and the .xlsx export show the counts taken from the raw rows", async () => {
    const db = h.ctx.database.db as any;
    const rows: Array<{ person_kind: string; quiz_score: number | null; quiz_total: number | null }> = await db.selectFrom('campaign_responses')
      .select(['person_kind', 'quiz_score', 'quiz_total']).where('campaign_id', '=', campaignId).where('school_id', '=', DEMO.school).execute();
    const studentRows = rows.filter((r) => r.person_kind === 'student');
    const enrolled = (await db.selectFrom('students').select('id').where('school_id', '=', DEMO.school).execute()).length;
    const acts: Array<{ participants: number }> = await db.selectFrom('campaign_activities').select('participants').where('campaign_id', '=', campaignId).execute();
    const expected = {
      students: enrolled, studentsAcknowledged: studentRows.length, studentsQuizzed: studentRows.length,
      guardiansAcknowledged: rows.length - studentRows.length, activities: acts.length, participants: acts.reduce((s, a) => s + Number(a.participants), 0),
      reachPct: Math.round((studentRows.length / enrolled) * 1000) / 10,
      averageScorePct: Math.round((studentRows.reduce((s, r) => s + Number(r.quiz_score), 0) / studentRows.reduce((s, r) => s + Number(r.quiz_total), 0)) * 1000) / 10,
      requiredDone: 1, requiredTotal: 2, completionPct: 50,
    };
    // The raw rows are what the test set up: 3 students (scores 2, 1, 0 of 2), 1 guardian, 1 activity of 240.
    expect([expected.studentsAcknowledged, expected.guardiansAcknowledged, expected.participants, expected.averageScorePct]).toEqual([3, 1, 240, 50]);

    const reach = await c['congan.badinh']!.get(`/api/campaigns/${campaignId}/reach`);
    expect(reach.status, reach.text).toBe(200);
    expect(reach.body.schools).toHaveLength(1);
    expect(reach.body.schools[0]).toMatchObject({ schoolId: DEMO.school, ...expected });
    expect(reach.body.areas[0]).toMatchObject({ wardId: DEMO.ward, schools: 1, studentsAcknowledged: 3, guardiansAcknowledged: 1 });

    const res = await h.app.request(`/api/campaigns/${campaignId}/reach.xlsx`, { headers: { cookie: c['congan.badinh']!.cookie } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer() as ArrayBuffer);
    const ws = wb.getWorksheet('Theo trường')!;
    const header = (ws.getRow(REACH_HEADER_ROW).values as unknown[]).slice(1);
    const cells = (ws.getRow(REACH_HEADER_ROW + 1).values as unknown[]).slice(1);
    const cell = (h: string) => cells[header.indexOf(h)];
    expect(cell('Trường')).toBe('Trường THCS Nguyễn Trãi');
    expect([cell('Số học sinh'), cell('HS đã xác nhận'), cell('Độ phủ (%)'), cell('HS làm bài kiểm tra'), cell('Điểm TB (%)'), cell('PH đã xác nhận'),
      cell('Số hoạt động'), cell('Lượt tham gia'), cell('HĐ bắt buộc đã làm'), cell('Hoàn thành (%)')])
      .toEqual([expected.students, expected.studentsAcknowledged, expected.reachPct, expected.studentsQuizzed, expected.averageScorePct,
        expected.guardiansAcknowledged, expected.activities, expected.participants, expected.requiredDone, expected.completionPct]);
    const exports = await h.ctx.deps.repos.audit.list({ limit: 20, action: 'export.created' });
    expect(exports.some((e) => e.targetId === campaignId && e.detail.format === 'xlsx')).toBe(true);
  });

  let requestId: string;
  let handle: string;

  it('a student requests counselling anonymously: nothing stored or audited names them', async () => {
    const s = students[1]!;
    const r = await s.client.post('/api/counselling/requests', { studentId: s.id, anonymous: true, topic: 'psychology', message: 'Em bị bạn nhắn tin đe dọa trên mạng.' });
    expect(r.status, r.text).toBe(201);
    ({ requestId, replyHandle: handle } = r.body);
    expect(handle).toMatch(/^[\w-]{12,}$/);
    const row = await (h.ctx.database.db as any).selectFrom('counselling_requests').selectAll().where('id', '=', requestId).executeTakeFirst();
    expect([row.student_id, row.requested_by]).toEqual([null, null]);
    expect(JSON.stringify(row)).not.toContain(handle);
    const audit = (await h.ctx.deps.repos.audit.list({ limit: 50, action: 'counselling.requested' })).find((e) => e.targetId === requestId)!;
    expect(audit.actorId).toBe('anonymous');
    expect(JSON.stringify(await h.ctx.deps.repos.audit.list({ limit: 200 }))).not.toContain(s.userId);
  });

  it('the counsellor schedules it and writes notes; the student sees the time with the handle', async () => {
    const queue = await c.tuvan!.get('/api/counselling/requests');
    expect(queue.status, queue.text).toBe(200);
    const mine = queue.body.find((q: any) => q.id === requestId);
    expect(mine).toMatchObject({ source: 'student_anonymous', studentId: null, studentName: null, message: 'Em bị bạn nhắn tin đe dọa trên mạng.' });
    const sched = await c.tuvan!.post(`/api/counselling/requests/${requestId}/sessions`, { scheduledAt: '2026-10-07T03:00:00.000Z', place: 'Phòng tư vấn tầng 2' });
    expect(sched.status, sched.text).toBe(201);
    const note = await c.tuvan!.post(`/api/counselling/requests/${requestId}/notes`,
      { sessionId: sched.body.id, contentGroup: 'gender_relationships', risk: 'concern', body: 'GHI-CHU-MAT: học sinh lo lắng, cần theo dõi.' });
    expect(note.status, note.text).toBe(201);
    const status = await students[1]!.client.post('/api/counselling/anonymous-status', { handle });
    expect(status.body).toEqual({ status: 'scheduled', sessions: [{ scheduledAt: '2026-10-07T03:00:00.000Z', place: 'Phòng tư vấn tầng 2', status: 'scheduled' }] });
    expect((await students[0]!.client.post('/api/counselling/anonymous-status', { handle: 'not-the-handle-000' })).status).toBe(403);
  });

  it('a teacher and the principal cannot read the notes; every counsellor read is in the audit log', async () => {
    for (const who of ['gvcn.6a1', 'hieutruong', 'congan.badinh']) {
      const r = await c[who]!.get(`/api/counselling/requests/${requestId}/notes`);
      expect({ who, status: r.status }).toEqual({ who, status: 403 });
      expect(r.text).not.toContain('GHI-CHU-MAT');
      expect((await c[who]!.get('/api/counselling/requests')).status).toBe(403);
    }
    const before = (await h.ctx.deps.repos.audit.list({ limit: 200, action: 'counselling.read' })).filter((e) => e.targetId === requestId).length;
    for (let i = 0; i < 2; i++) {
      const r = await c.tuvan!.get(`/api/counselling/requests/${requestId}/notes`);
      expect(r.status).toBe(200);
      expect(r.body.notes[0]).toMatchObject({ contentGroup: 'gender_relationships', risk: 'concern', body: 'GHI-CHU-MAT: học sinh lo lắng, cần theo dõi.' });
    }
    const reads = (await h.ctx.deps.repos.audit.list({ limit: 200, action: 'counselling.read' })).filter((e) => e.targetId === requestId);
    expect(reads.length - before).toBe(2);
    expect(reads.every((e) => e.actorName.includes('Đỗ Khánh Linh'))).toBe(true);
    // Statistics leave the room as counts only.
    const stats = await c.hieutruong!.get(`/api/counselling/stats?schoolId=${DEMO.school}&from=2026-01-01&to=2030-12-31`);
    expect(stats.status, stats.text).toBe(200);
    expect(stats.body).toMatchObject({ bySource: { student_anonymous: 1 }, notesByGroup: { gender_relationships: 1 } });
    expect(stats.text).not.toMatch(/GHI-CHU-MAT|đe dọa/);
  });

  it('a teacher refers a student of their class only; the counsellor can open a case from counselling', async () => {
    const a1 = students[0]!.id;
    expect((await c['gvcn.6a1']!.post('/api/counselling/referrals', { studentId: a1, message: 'Em hay buồn, ngồi một mình.' })).status).toBe(201);
    const a2 = (await h.ctx.deps.repos.people.listStudents({ schoolId: DEMO.school, classIds: [`${DEMO.school}-6a2`] }))[0]!.id;
    expect((await c['gvcn.6a1']!.post('/api/counselling/referrals', { studentId: a2, message: 'x' })).status).toBe(403);
    const opened = await c.tuvan!.post(`/api/counselling/requests/${requestId}/case`, { category: 'online_grooming', summary: 'Học sinh bị người lạ đe dọa qua mạng.' });
    expect(opened.status, opened.text).toBe(201);
    expect((await c.tuvan!.post(`/api/counselling/requests/${requestId}/case`, { category: 'online_grooming', summary: 'lần hai' })).status).toBe(409);
  });

  it('safety lessons: the library is seeded in Vietnamese and acknowledgements are counted per school', async () => {
    const s = students[2]!;
    const list = await s.client.get('/api/lessons');
    expect(list.body.map((l: any) => l.id)).toEqual(['lesson-online-grooming', 'lesson-scam-calls', 'lesson-stranger-gate', 'lesson-gate-traffic']);
    expect(list.body[3].body).toContain('50 cm³');
    expect((await c.guardian!.get('/api/lessons')).body.map((l: any) => l.id)).not.toContain('lesson-stranger-gate');
    for (let i = 0; i < 2; i++) expect((await s.client.post('/api/lessons/lesson-gate-traffic/acknowledge', { studentId: s.id })).status).toBe(204);
    expect((await c.guardian!.post('/api/lessons/lesson-gate-traffic/acknowledge', { studentId: guardianChild })).status).toBe(204);
    expect((await s.client.get('/api/lessons')).body.find((l: any) => l.id === 'lesson-gate-traffic').acknowledged).toBe(true);
    const reach = await c.hieutruong!.get(`/api/schools/${DEMO.school}/lesson-reach`);
    expect(reach.body.lessons.find((l: any) => l.lessonId === 'lesson-gate-traffic')).toMatchObject({ students: 1, guardians: 1 });
  });

  it('every prevention route is in the OpenAPI document', async () => {
    const doc = await c.hieutruong!.get('/api/openapi.json');
    expect(doc.status).toBe(200);
    for (const path of ['/api/campaigns', '/api/campaigns/{campaignId}/reach.xlsx', '/api/campaigns/{campaignId}/schools/{schoolId}/activities',
      '/api/counselling/requests/{requestId}/notes', '/api/counselling/stats', '/api/lessons']) expect(doc.body.paths).toHaveProperty([path]);
  });
});
