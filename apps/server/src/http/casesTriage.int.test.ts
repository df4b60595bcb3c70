import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO } from '../demo/seed.ts';
import { filePublic } from '../testing/caseHelpers.ts';
import { ApiClient, startHarness, startPgHarness, type Harness } from '../testing/harness.ts';

const HOUR = 3_600_000;
const REPORTER = { name: 'Nguyễn Thị Người Gọi', phone: '0977123456' };
const WHAT = 'Em thấy bạn có vết bầm, bạn nói bố đánh ở nhà';

/**
 * Issue 6 gaps: re-categorising at triage (into abuse it escalates exactly like filing it so), the assignee list,
 * the agencies' outbox messages (no reporter, no content), and a signed-in report with a photo. SQLite and PostgreSQL.
 */
describe.each(['sqlite', 'postgres'] as const)('cases triage on %s', (engine) => {
  let h: Harness;
  let principal: ApiClient, counsellor: ApiClient, police: ApiClient, otherPrincipal: ApiClient;
  const officerId = `case-officer-${engine}`;
  const escalationMessages = async (caseId: string) => (await h.ctx.deps.repos.outbox.listRecent(500)).filter((m) => m.template === 'case_escalated' && m.data.caseId === caseId);

  beforeAll(async () => {
    h = engine === 'sqlite' ? await startHarness() : await startPgHarness(inject('pgUrl'));
    principal = await h.signIn('hieutruong');
    counsellor = await h.signIn('tuvan');
    police = await h.signIn('congan.badinh');
    otherPrincipal = await h.signIn('hieutruong.ngocha');
    // A second ward police officer with a mobile number; the demo accounts have none (they see cases in the app only).
    const d = h.ctx.deps;
    await d.repos.users.insertUser({ id: officerId, kind: 'staff', displayName: 'Trung úy Lê Văn Trực', username: null, phone: '0912 345 678', passwordHash: null,
      totpSecretSealed: null, totpEnabled: false, guardianId: null, studentId: null, locale: 'vi', disabled: false, createdAt: new Date().toISOString() });
    await d.repos.users.grantRole(officerId, { role: 'ward_police', scopeKind: 'ward', scopeId: DEMO.ward });
  }, 180_000);
  afterAll(async () => { await h?.close(); });

  it('lists the case handlers of the case\'s school only, and refuses other assignees', async () => {
    const r = await principal.post('/api/cases/hotline', { schoolId: DEMO.school, category: 'violence_verbal', what: 'Phụ huynh gọi: con bị trêu' });
    const staff = await counsellor.get(`/api/cases/${r.body.caseId}/staff`);
    expect(staff.status).toBe(200);
    expect(staff.body.map((s: any) => [s.displayName, s.role]).sort()).toEqual([['Phạm Thị Lan (Hiệu trưởng)', 'school_admin'], ['Đỗ Khánh Linh (tư vấn tâm lý)', 'counsellor']].sort());
    expect(JSON.stringify(staff.body)).not.toMatch(/phone/);
    expect((await police.get(`/api/cases/${r.body.caseId}/staff`)).status).toBe(403);
    expect((await otherPrincipal.get(`/api/cases/${r.body.caseId}/staff`)).status).toBe(403);

    const tuvan = staff.body.find((s: any) => s.role === 'counsellor').userId;
    expect((await principal.call('PATCH', `/api/cases/${r.body.caseId}`, { assigneeId: tuvan })).status).toBe(204);
    expect((await principal.get(`/api/cases/${r.body.caseId}`)).body.assigneeId).toBe(tuvan);
    const teacher = (await h.ctx.deps.repos.users.findByUsername('gvcn.6a1'))!.id;
    const foreign = (await h.ctx.deps.repos.users.findByUsername('hieutruong.ngocha'))!.id;
    for (const bad of [teacher, foreign, officerId]) {
      const res = await principal.call('PATCH', `/api/cases/${r.body.caseId}`, { assigneeId: bad });
      expect([res.status, res.body.issues?.[0]?.path]).toEqual([400, 'assigneeId']);
    }
    expect((await principal.call('PATCH', `/api/cases/${r.body.caseId}`, { assigneeId: null })).status).toBe(204);
  });

  it('re-categorising a fight as abuse at triage escalates at once: agencies, 111, 12-hour clock, officers messaged, audited', async () => {
    const r = await principal.post('/api/cases/hotline', { schoolId: DEMO.school, category: 'violence_physical', what: WHAT, caller: REPORTER });
    const id = r.body.caseId;
    const before = (await counsellor.get(`/api/cases/${id}`)).body;
    expect([before.clocks.interventionDueAt, before.clocks.suggest111, before.agencies]).toEqual([null, false, []]);
    expect((await police.get(`/api/cases/${id}`)).status).toBe(403);
    expect(await escalationMessages(id)).toEqual([]);

    const heard: unknown[] = [];
    const stop = h.ctx.deps.live.subscribe(`cases:ward:${DEMO.ward}`, (e) => heard.push(e));
    const started = Date.now();
    expect((await counsellor.call('PATCH', `/api/cases/${id}`, { category: 'abuse_physical', status: 'triaged' })).status).toBe(204);
    stop();
    expect(heard).toEqual([{ type: 'escalated', caseId: id, interventionDueAt: expect.any(String) }]);

    const after = (await counsellor.get(`/api/cases/${id}`)).body;
    expect([after.category, after.status, after.priority, after.confidentiality]).toEqual(['abuse_physical', 'triaged', 'urgent', 'secret']);
    expect(after.clocks.suggest111).toBe(true);
    const due = Date.parse(after.clocks.interventionDueAt);
    expect(due - started).toBeGreaterThanOrEqual(12 * HOUR - 1000);
    expect(due - started).toBeLessThanOrEqual(12 * HOUR + 60_000);
    // The SLA clocks are now abuse's, counted from the call.
    expect(Date.parse(after.clocks.firstResponseDueAt) - Date.parse(after.createdAt)).toBe(1 * HOUR);
    expect(after.agencies.map((a: any) => [a.agency, a.status])).toEqual([['ward_committee', 'notified'], ['ward_police', 'notified']]);
    expect(after.distribution).toEqual(expect.arrayContaining(['ward_police', 'ward_committee']));

    // The ward police now sees it with the clock, and nothing about the caller.
    const pv = await police.get(`/api/cases/${id}`);
    expect([pv.status, pv.body.clocks.interventionDueAt]).toEqual([200, after.clocks.interventionDueAt]);
    expect(pv.text).not.toContain(REPORTER.name);

    // One message per ward officer with a phone: this test's officer and the demo's police and People's Committee officers.
    const msgs = await escalationMessages(id);
    expect(msgs.map((m) => [m.recipient, m.data.agency, m.channel]).sort()).toEqual([
      ['84912345678', 'ward_police', 'auto'], ['84987000101', 'ward_police', 'auto'], ['84987000102', 'ward_committee', 'auto']]);
    const text = JSON.stringify(msgs);
    for (const secret of [REPORTER.name, REPORTER.phone, '84977123456', WHAT, 'bầm']) expect(text).not.toContain(secret);
    for (const m of msgs) expect(m.body).toContain(after.code);

    const audit = await h.ctx.deps.repos.audit.list({ schoolIds: [DEMO.school], limit: 200 });
    const mine = audit.filter((a) => a.targetId === id);
    expect(mine.find((a) => a.action === 'case.updated')!.detail).toMatchObject({ fromCategory: 'violence_physical', toCategory: 'abuse_physical' });
    expect(mine.find((a) => a.action === 'case.escalated')!.detail).toMatchObject({ trigger: 'recategorised', officersMessaged: 3, officersWithoutPhone: 0 });

    // Already escalated: a second re-categorisation (abuse → grooming) neither re-notifies nor restarts the clock.
    expect((await counsellor.call('PATCH', `/api/cases/${id}`, { category: 'online_grooming' })).status).toBe(204);
    expect((await counsellor.get(`/api/cases/${id}`)).body.clocks.interventionDueAt).toBe(after.clocks.interventionDueAt);
    expect(await escalationMessages(id)).toHaveLength(3);
  });

  it('re-categorising into a non-escalated category keeps the case in the school', async () => {
    const r = await principal.post('/api/cases/hotline', { schoolId: DEMO.school, category: 'other', what: 'Có người lạ đứng trước cổng' });
    expect((await principal.call('PATCH', `/api/cases/${r.body.caseId}`, { category: 'stranger' })).status).toBe(204);
    const v = (await principal.get(`/api/cases/${r.body.caseId}`)).body;
    expect([v.category, v.priority, v.agencies, v.clocks.interventionDueAt]).toEqual(['stranger', 'high', [], null]);
    expect((await principal.call('PATCH', `/api/cases/${r.body.caseId}`, { category: 'kidnap' })).status).toBe(400);
  });

  it('a public abuse report and a manual escalation also message the officers, with no reporter identity', async () => {
    const anon = new ApiClient(h.app);
    const pub = await filePublic(anon, { schoolId: DEMO.school, category: 'abuse_sexual', what: WHAT, anonymous: false, contact: REPORTER });
    expect(pub.status).toBe(201);
    const msgs = await escalationMessages(pub.body.caseId);
    expect(msgs.map((m) => m.recipient).sort()).toEqual(['84912345678', '84987000101', '84987000102']);
    for (const secret of [REPORTER.name, REPORTER.phone, WHAT]) expect(JSON.stringify(msgs)).not.toContain(secret);

    const hot = await principal.post('/api/cases/hotline', { schoolId: DEMO.school, category: 'drugs', what: 'Nghi có ma túy ở căng tin', caller: REPORTER });
    expect((await principal.post(`/api/cases/${hot.body.caseId}/escalate`, { note: 'Đề nghị công an phường phối hợp' })).status).toBe(204);
    // A manual escalation reaches both agencies: the two police officers and the People's Committee officer with a phone.
    expect((await escalationMessages(hot.body.caseId)).map((m) => m.data.agency).sort()).toEqual(['ward_committee', 'ward_police', 'ward_police']);
  });

  it('a signed-in guardian reports with a photo, anonymously to the school: the photo is kept, the name is not', async () => {
    const guardian = await h.signInGuardian();
    const child = (await guardian.get('/api/me/children')).body[0].id;
    const photo = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#36c' } }).jpeg().withExif({ IFD0: { Artist: 'gps-owner' } }).toBuffer();
    const r = await guardian.post('/api/cases/report', { studentId: child, category: 'cyberbullying', what: 'Con bị chế ảnh trên nhóm lớp', anonymousToSchool: true,
      attachments: [{ name: 'anh.jpg', type: 'image/jpeg', dataBase64: photo.toString('base64') }] });
    expect(r.status).toBe(201);
    expect(r.body.passphrase).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const v = await principal.get(`/api/cases/${r.body.caseId}`);
    expect([v.body.source, v.body.reporterKnown, v.body.attachments.length]).toEqual(['guardian_app', false, 1]);
    const who = await principal.get(`/api/cases/${r.body.caseId}/reporter?reason=${encodeURIComponent('Kiểm tra')}`);
    expect(who.body).toMatchObject({ kind: 'anonymous', name: null, phone: null, userId: null });
  });
});
