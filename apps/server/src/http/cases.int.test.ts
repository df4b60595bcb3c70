import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solvePow } from '@truongan/core';
import { DEMO } from '../demo/seed.ts';
import { filePublic } from '../testing/caseHelpers.ts';
import { ApiClient, startHarness, type Harness } from '../testing/harness.ts';

/** Issue 6 end to end over HTTP: public intake with a photo, the anonymous thread, triage, escalation, agencies, discipline, closing. */
describe('cases: intake and workflow', () => {
  let h: Harness;
  let anon: ApiClient, principal: ApiClient, counsellor: ApiClient, police: ApiClient;
  beforeAll(async () => {
    h = await startHarness();
    anon = new ApiClient(h.app);
    principal = await h.signIn('hieutruong');
    counsellor = await h.signIn('tuvan');
    police = await h.signIn('congan.badinh');
  }, 120_000);
  afterAll(async () => { await h?.close(); });

  it('an anonymous student files with a photo; EXIF/GPS are gone; the counsellor replies in the thread', async () => {
    const photo = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#c00' } }).jpeg()
      .withExif({ IFD0: { Artist: 'Nguyen Van A', Copyright: 'GPS 21.0285N 105.8542E' } }).toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const r = await filePublic(anon, { schoolId: DEMO.school, category: 'violence_physical', what: 'Bạn lớp 7A2 bị đánh ở nhà xe sau giờ học', where: 'Nhà xe',
      attachments: [{ name: 'anh.jpg', type: 'image/jpeg', dataBase64: photo.toString('base64') }] });
    expect(r.status).toBe(201);
    expect(r.body.code).toMatch(/^TA-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const view = await counsellor.get(`/api/cases/${r.body.caseId}`);
    expect(view.status).toBe(200);
    expect(view.body.description).toBe('Bạn lớp 7A2 bị đánh ở nhà xe sau giờ học');
    const att = await h.app.request(`/api/cases/${r.body.caseId}/attachments/${view.body.attachments[0].id}`, { headers: { cookie: counsellor.cookie } });
    const stored = Buffer.from(await att.arrayBuffer());
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(stored.includes(Buffer.from('105.8542E'))).toBe(false);

    expect((await counsellor.post(`/api/cases/${r.body.caseId}/replies`, { body: 'Cảm ơn em, cô đã nhận tin và sẽ gặp em.' })).status).toBe(204);
    const thread = await anon.post('/api/public/cases/thread', { code: r.body.code, passphrase: r.body.passphrase });
    expect(thread.status).toBe(200);
    expect(thread.body.messages).toEqual([expect.objectContaining({ from: 'school', body: 'Cảm ơn em, cô đã nhận tin và sẽ gặp em.' })]);
    expect(thread.text).not.toContain('Đỗ Khánh Linh');
    expect((await anon.post('/api/public/cases/thread/messages', { code: r.body.code, passphrase: r.body.passphrase, body: 'Em cảm ơn cô' })).status).toBe(204);
    expect((await counsellor.get(`/api/cases/${r.body.caseId}`)).body.chat.map((m: any) => m.body)).toContain('Em cảm ơn cô');
    const wrong = await anon.post('/api/public/cases/thread', { code: r.body.code, passphrase: 'aaaa-bbbb-cccc-dddd' });
    expect(wrong.status).toBe(401);
    // The reply was the first response: the clock stopped.
    expect((await counsellor.get(`/api/cases/${r.body.caseId}`)).body.clocks.firstResponseAt).not.toBeNull();
  });

  it('refuses spam and bad input with clear errors', async () => {
    const ok = { schoolId: DEMO.school, category: 'scam', what: 'Có người gọi giả danh cô giáo đòi tiền' };
    expect((await filePublic(anon, { ...ok, website: 'http://spam' })).body.issues[0].path).toBe('website');
    const ch = (await anon.get('/api/public/intake/challenge')).body;
    const bad = await anon.post('/api/public/cases', { ...ok, pow: { challenge: ch.challenge, nonce: 'not-a-solution' } });
    expect([bad.status, bad.body.issues[0].message]).toEqual([400, 'nonce does not solve the challenge']);
    const pow = { challenge: ch.challenge, nonce: solvePow(ch.challenge, ch.bits) };
    expect((await anon.post('/api/public/cases', { ...ok, pow })).status).toBe(201);
    expect((await anon.post('/api/public/cases', { ...ok, pow })).body.issues[0].message).toBe('challenge already used');
    const forged = await anon.post('/api/public/cases', { ...ok, pow: { challenge: ch.challenge.replace(`.${ch.bits}.`, '.1.'), nonce: '0' } });
    expect(forged.body.issues[0].message).toBe('challenge not issued by this server');
    const big = await filePublic(anon, { ...ok, attachments: [{ name: 'a.jpg', type: 'image/jpeg', dataBase64: Buffer.alloc(6 * 1024 * 1024).toString('base64') }] });
    expect([big.status, big.body.code, big.body.message]).toEqual([413, 'payload_too_large', 'Ảnh quá 5 MB / An image is over 5 MB (attachment 1)']);
    const huge = await filePublic(anon, { ...ok, attachments: [1, 2, 3].map(() => ({ name: 'a.jpg', type: 'image/jpeg', dataBase64: 'A'.repeat(4_000_000) })) });
    expect([huge.status, huge.body.code]).toEqual([413, 'payload_too_large']);
    const pdf = await filePublic(anon, { ...ok, attachments: [{ name: 'a.pdf', type: 'application/pdf', dataBase64: 'JVBERi0=' }] });
    expect([pdf.status, pdf.body.issues[0].path]).toEqual([400, 'attachments.0.type']);
    const notImage = await filePublic(anon, { ...ok, attachments: [{ name: 'a.jpg', type: 'image/jpeg', dataBase64: Buffer.from('hello').toString('base64') }] });
    expect([notImage.status, notImage.body.message]).toEqual([400, 'Tệp không phải ảnh hợp lệ / Not a valid image']);
    const res = await h.app.request('/api/public/cases', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"schoolId": ' });
    expect([res.status, (await res.json()).code]).toEqual([400, 'invalid_input']);
    const missing = await filePublic(anon, { schoolId: DEMO.school, category: 'kidnap', what: '' });
    expect(missing.body.issues.map((i: any) => i.path).sort()).toEqual(['category', 'what']);
  });

  it('an abuse report is escalated at once; the ward police sees it with the 12-hour clock and acknowledges; the school sees that', async () => {
    const heard: unknown[] = [];
    const stop = h.ctx.deps.live.subscribe(`cases:ward:${DEMO.ward}`, (e) => heard.push(e));
    expect((await police.get(`/api/cases/stream?scope=ward:${DEMO.otherWard}`)).status).toBe(403);
    const r = await filePublic(anon, { schoolId: DEMO.school, category: 'abuse_sexual', what: 'Em bị một người lớn sờ soạng', anonymous: false, contact: { name: 'Trần Thị Mai', phone: '0912000111' } });
    expect(r.body.suggest111).toBe(true);
    stop();
    // The ward console is told at once, with the clock and nothing confidential.
    expect(heard).toEqual([{ type: 'escalated', caseId: r.body.caseId, interventionDueAt: expect.any(String) }]);
    const list = await police.get('/api/cases');
    const item = list.body.find((c: any) => c.id === r.body.caseId);
    expect(Date.parse(item.clocks.interventionDueAt) - Date.parse(item.createdAt)).toBe(12 * 3_600_000);
    expect(item.agencies.map((a: any) => [a.agency, a.status])).toEqual([['ward_committee', 'notified'], ['ward_police', 'notified']]);
    const pv = await police.get(`/api/cases/${r.body.caseId}`);
    expect(pv.text).not.toContain('Trần Thị Mai');
    expect(pv.body.internalNotes).toBeUndefined();
    expect((await police.post(`/api/cases/${r.body.caseId}/agency`, { action: 'acknowledge' })).status).toBe(204);
    expect((await police.post(`/api/cases/${r.body.caseId}/agency`, { action: 'add_findings', body: 'Đã làm việc với gia đình' })).status).toBe(204);
    expect((await police.post(`/api/cases/${r.body.caseId}/agency`, { action: 'request_info' })).status).toBe(400);
    expect((await police.post(`/api/cases/${r.body.caseId}/agency`, { action: 'request_info', body: 'Cho biết lớp và GVCN của em' })).status).toBe(204);
    expect((await principal.post(`/api/cases/${r.body.caseId}/agency-messages`, { body: 'Lớp 7A2, cô Hoa chủ nhiệm' })).status).toBe(204);
    expect((await police.get(`/api/cases/${r.body.caseId}`)).body.agencyEvents.map((e: any) => e.body)).toContain('Lớp 7A2, cô Hoa chủ nhiệm');
    const sv = await principal.get(`/api/cases/${r.body.caseId}`);
    expect(sv.body.agencies.find((a: any) => a.agency === 'ward_police').status).toBe('info_requested');
    expect(sv.body.agencies.find((a: any) => a.agency === 'ward_committee').status).toBe('notified');
    // The police cannot run the school's workflow.
    expect((await police.call('PATCH', `/api/cases/${r.body.caseId}`, { status: 'triaged' })).status).toBe(403);
    const who = await principal.get(`/api/cases/${r.body.caseId}/reporter?reason=${encodeURIComponent('Liên hệ lại người báo')}`);
    expect(who.body).toMatchObject({ kind: 'named', name: 'Trần Thị Mai' });
    const audit = await h.ctx.deps.repos.audit.list({ schoolIds: [DEMO.school], limit: 50, action: 'case.reporter_read' });
    expect(audit[0]!.detail).toMatchObject({ reason: 'Liên hệ lại người báo' });
  });

  it('a signed-in guardian reports; staff add a scrubbed photo; the guardian follows up with the code', async () => {
    const guardian = await h.signInGuardian();
    const child = (await guardian.get('/api/me/children')).body[0].id;
    const other = (await h.ctx.deps.repos.people.listStudents({ schoolId: DEMO.school })).find((s) => s.id !== child && !s.guardians.some((g) => g.phone === DEMO.guardianPhone))!.id;
    expect((await guardian.post('/api/cases/report', { studentId: other, category: 'cyberbullying', what: 'x' })).status).toBe(403);
    const r = await guardian.post('/api/cases/report', { studentId: child, category: 'cyberbullying', what: 'Con tôi bị nhóm Zalo lớp chế giễu' });
    expect(r.status).toBe(201);
    const v = await principal.get(`/api/cases/${r.body.caseId}`);
    expect([v.body.source, v.body.reporterKnown]).toEqual(['guardian_app', true]);
    const photo = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#0a0' } }).png().withExif({ IFD0: { Artist: 'secret-author' } }).toBuffer();
    expect((await principal.post(`/api/cases/${r.body.caseId}/attachments`, { name: 'chụp màn hình.png', type: 'image/png', dataBase64: photo.toString('base64') })).status).toBe(204);
    const att = (await principal.get(`/api/cases/${r.body.caseId}`)).body.attachments[0];
    const bytes = Buffer.from(await (await h.app.request(`/api/cases/${r.body.caseId}/attachments/${att.id}`, { headers: { cookie: principal.cookie } })).arrayBuffer());
    expect([att.type, bytes.includes(Buffer.from('secret-author'))]).toEqual(['image/jpeg', false]);
    expect((await principal.post(`/api/cases/${r.body.caseId}/replies`, { body: 'Nhà trường đã nắm được' })).status).toBe(204);
    const thread = await anon.post('/api/public/cases/thread', { code: r.body.code, passphrase: r.body.passphrase });
    expect(thread.body.messages.map((m: any) => m.body)).toEqual(['Nhà trường đã nắm được']);
  });

  it('triage follows the workflow; discipline only from TT 19/2025; closed with a reason, never deleted; views audited', async () => {
    const r = await principal.post('/api/cases/hotline', { schoolId: DEMO.school, category: 'violence_verbal', what: 'Phụ huynh gọi: con bị trêu chọc', caller: { name: 'Phụ huynh' } });
    expect(r.status).toBe(201);
    const id = r.body.caseId;
    const patch = (b: unknown) => principal.call('PATCH', `/api/cases/${id}`, b);
    expect((await patch({ status: 'resolved' })).status).toBe(400);
    expect((await patch({ status: 'triaged', priority: 'high' })).status).toBe(204);
    expect((await patch({ status: 'in_progress' })).status).toBe(204);
    const susp = await principal.post(`/api/cases/${id}/discipline`, { outcome: 'suspension', studentLabel: 'HS lớp 8A1' });
    expect([susp.status, susp.body.message]).toEqual([400, expect.stringContaining('no suspension, no expulsion')]);
    expect((await principal.post(`/api/cases/${id}/discipline`, { outcome: 'apology', studentLabel: 'HS lớp 8A1' })).status).toBe(400);
    expect((await principal.post(`/api/cases/${id}/discipline`, { outcome: 'self_assessment', studentLabel: 'HS lớp 8A1' })).status).toBe(204);
    expect((await principal.post(`/api/cases/${id}/tasks`, { title: 'Gặp phụ huynh hai bên' })).status).toBe(204);
    expect((await patch({ distribution: ['counsellor'] })).status).toBe(400);
    expect((await patch({ status: 'closed' })).body.issues[0].path).toBe('closeReason');
    expect((await patch({ status: 'closed', closeReason: 'Đã hòa giải, hai bên xin lỗi' })).status).toBe(204);
    expect((await principal.call('DELETE', `/api/cases/${id}`)).status).toBe(404);
    const v = await principal.get(`/api/cases/${id}`);
    expect([v.body.status, v.body.closeReason, v.body.discipline[0].data.outcome]).toEqual(['closed', 'Đã hòa giải, hai bên xin lỗi', 'self_assessment']);
    expect((await patch({ status: 'in_progress' })).status).toBe(400);
    const views = await h.ctx.deps.repos.audit.list({ schoolIds: [DEMO.school], limit: 500, action: 'case.viewed' });
    expect(views.filter((a) => a.targetId === id).length).toBeGreaterThanOrEqual(1);
  });
});
