import { DEFAULT_NOTIFY_PREFERENCES } from '@truongan/contracts';
import { CONSENT_TEXTS, dispatchMessage, recordPassage } from '@truongan/core';
import { hmacLinkSigner } from '@truongan/notify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO } from '../demo/seed.ts';
import { buildRuntime } from '../jobs/notifyChannels.ts';
import { type ApiClient, startHarness, startPgHarness, type Harness } from '../testing/harness.ts';

/**
 * Issue 4 at the API level: the school–family channel (who may message whom, who may read which thread, read
 * receipts, replies private to a family, the outbox written with the message), the guardian's ledger, the public
 * verify-a-caller check, the child's timeline with its snapshot and the signed snapshot link.
 */
describe.each(['sqlite', 'postgres'] as const)('family channel on %s', (engine) => {
  let h: Harness;
  const c: Record<string, ApiClient> = {};
  const cls6A1 = `${DEMO.school}-6a1`;
  const cls6A2 = `${DEMO.school}-6a2`;
  let child: string; // the demo guardian's child in 6A1
  let myGuardian: string;
  let other: { studentId: string; guardianId: string }; // another family of 6A1
  let direct: { threadId: string; verifyCode: string };

  beforeAll(async () => {
    h = engine === 'sqlite' ? await startHarness() : await startPgHarness(inject('pgUrl'));
    for (const u of ['gvcn.6a1', 'gvcn.6a2', 'hieutruong']) c[u] = await h.signIn(u);
    c.guardian = await h.signInGuardian();
    child = (await c.guardian.get('/api/me/children')).body[0].id;
    myGuardian = (await h.ctx.deps.repos.users.findByPhone(h.creds.guardianPhone))!.guardianId!;
    const classmates = await h.ctx.deps.repos.people.listStudents({ schoolId: DEMO.school, classIds: [cls6A1] });
    const mate = classmates.find((s) => s.id !== child)!;
    const g = (await h.ctx.deps.repos.people.guardiansOf(mate.id))[0]!;
    other = { studentId: mate.id, guardianId: g.id };
    c.otherFamily = await h.signInGuardian(g.phone!);
  }, 180_000);
  afterAll(async () => { await h?.close(); });

  const outboxFor = async (messageId: string) => (await h.ctx.deps.repos.outbox.listRecent(500)).filter((m) => m.data.messageId === messageId);

  it('the 6A1 teacher messages one guardian: the outbox row is written with it, the guardian reads and replies, the teacher sees the receipt and the reply', async () => {
    const r = await c['gvcn.6a1']!.post('/api/family/threads', { audience: { kind: 'guardian', studentId: child, guardianId: myGuardian },
      subject: 'Họp phụ huynh', body: 'Mời chị dự họp phụ huynh lớp 6A1 lúc 8 giờ sáng thứ Bảy.' });
    expect(r.status, r.text).toBe(201);
    expect(r.body.recipients).toBe(1);
    expect(r.body.verifyCode).toMatch(/^TA-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    direct = { threadId: r.body.threadId, verifyCode: r.body.verifyCode };
    const rows = await outboxFor(r.body.messageId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ recipient: myGuardian, template: 'announcement', channel: 'auto', idempotencyKey: `announcement:${r.body.messageId}:${myGuardian}` });
    expect(rows[0]!.body).toContain(r.body.verifyCode);
    expect(rows[0]!.body).toContain('Trường THCS Nguyễn Trãi');

    const mine = (await c.guardian!.get('/api/family/threads')).body;
    expect(mine.find((t: any) => t.id === direct.threadId)).toMatchObject({ unread: 1, subject: 'Họp phụ huynh' });
    let staffView = (await c['gvcn.6a1']!.get(`/api/family/threads/${direct.threadId}`)).body;
    expect(staffView.messages[0].receipts).toEqual([expect.objectContaining({ guardianId: myGuardian, readAt: null })]);

    const opened = await c.guardian!.get(`/api/family/threads/${direct.threadId}`);
    expect(opened.status).toBe(200);
    expect(opened.body.messages[0].receipts).toBeUndefined(); // receipts are the school's, not the family's
    expect((await c.guardian!.post(`/api/family/threads/${direct.threadId}/messages`, { body: 'Dạ, em sẽ đến đúng giờ ạ.' })).status).toBe(201);
    staffView = (await c['gvcn.6a1']!.get(`/api/family/threads/${direct.threadId}`)).body;
    const readAt = staffView.messages[0].receipts[0].readAt;
    expect(Date.parse(readAt)).toBeGreaterThan(0);
    expect(staffView.messages.map((m: any) => [m.authorKind, m.body])).toEqual([['staff', 'Mời chị dự họp phụ huynh lớp 6A1 lúc 8 giờ sáng thứ Bảy.'], ['guardian', 'Dạ, em sẽ đến đúng giờ ạ.']]);
    // Reading again keeps the first read time.
    await c.guardian!.get(`/api/family/threads/${direct.threadId}`);
    expect((await c['gvcn.6a1']!.get(`/api/family/threads/${direct.threadId}`)).body.messages[0].receipts[0].readAt).toBe(readAt);
    expect((await c.guardian!.get('/api/family/threads')).body.find((t: any) => t.id === direct.threadId).unread).toBe(0);
  });

  it('another family can neither list, read nor answer that thread; the answer is the same as for a thread that does not exist', async () => {
    expect((await c.otherFamily!.get('/api/family/threads')).body.map((t: any) => t.id)).not.toContain(direct.threadId);
    const read = await c.otherFamily!.get(`/api/family/threads/${direct.threadId}`);
    expect(read.status).toBe(403);
    expect((await c.otherFamily!.get('/api/family/threads/no-such-thread')).body.code).toBe(read.body.code);
    expect((await c.otherFamily!.post(`/api/family/threads/${direct.threadId}/messages`, { body: 'Xin chào' })).status).toBe(403);
    // Nor message families themselves.
    expect((await c.guardian!.post('/api/family/threads', { audience: { kind: 'class', classId: cls6A1 }, subject: 'x', body: 'y' })).status).toBe(403);
  });

  it('the 6A2 teacher cannot message 6A1 (class, one of its families, the school) nor read its threads', async () => {
    const t = c['gvcn.6a2']!;
    expect((await t.post('/api/family/threads', { audience: { kind: 'class', classId: cls6A1 }, subject: 'Thông báo', body: 'Nội dung' })).status).toBe(403);
    expect((await t.post('/api/family/threads', { audience: { kind: 'guardian', studentId: child, guardianId: myGuardian }, subject: 'A', body: 'B' })).status).toBe(403);
    expect((await t.post('/api/family/threads', { audience: { kind: 'school', schoolId: DEMO.school }, subject: 'A', body: 'B' })).status).toBe(403);
    expect((await t.get(`/api/family/threads/${direct.threadId}`)).status).toBe(403);
    expect((await t.post(`/api/family/threads/${direct.threadId}/messages`, { body: 'x' })).status).toBe(403);
    expect((await t.get('/api/family/threads')).body.map((x: any) => x.id)).not.toContain(direct.threadId);
    // Their own class works.
    expect((await t.post('/api/family/threads', { audience: { kind: 'class', classId: cls6A2 }, subject: 'Lịch thi', body: 'Lớp 6A2 thi giữa kỳ tuần sau.' })).status).toBe(201);
  });

  it('a class message reaches every family of the class once; replies stay private to each family', async () => {
    const r = await c['gvcn.6a1']!.post('/api/family/threads', { audience: { kind: 'class', classId: cls6A1 }, subject: 'Nghỉ lễ', body: 'Lớp nghỉ học ngày 20/11.' });
    expect(r.status, r.text).toBe(201);
    const students = await h.ctx.deps.repos.people.listStudents({ schoolId: DEMO.school, classIds: [cls6A1] });
    const families = new Set<string>();
    for (const s of students) for (const g of await h.ctx.deps.repos.people.guardiansOf(s.id)) families.add(g.id);
    expect(r.body.recipients).toBe(families.size);
    const rows = await outboxFor(r.body.messageId);
    expect(new Set(rows.map((x) => x.recipient))).toEqual(families);
    expect(rows).toHaveLength(families.size);

    await c.otherFamily!.post(`/api/family/threads/${r.body.threadId}/messages`, { body: 'Cháu nhà tôi có được học bù không ạ?' });
    await c.guardian!.post(`/api/family/threads/${r.body.threadId}/messages`, { body: 'Cảm ơn cô.' });
    const seenByMe = (await c.guardian!.get(`/api/family/threads/${r.body.threadId}`)).body.messages.map((m: any) => m.body);
    expect(seenByMe).toEqual(['Lớp nghỉ học ngày 20/11.', 'Cảm ơn cô.']);
    const teacher = (await c['gvcn.6a1']!.get(`/api/family/threads/${r.body.threadId}`)).body;
    expect(teacher.messages.map((m: any) => m.body)).toEqual(['Lớp nghỉ học ngày 20/11.', 'Cháu nhà tôi có được học bù không ạ?', 'Cảm ơn cô.']);
    expect(teacher.messages[0].receipts.filter((x: any) => x.readAt).map((x: any) => x.guardianId)).toEqual([myGuardian]);
    // The teacher answers one family privately; the other family does not see it.
    expect((await c['gvcn.6a1']!.post(`/api/family/threads/${r.body.threadId}/messages`, { body: 'Có ạ, thứ Bảy tuần sau.', toGuardianId: other.guardianId })).status).toBe(201);
    expect((await c.guardian!.get(`/api/family/threads/${r.body.threadId}`)).body.messages.map((m: any) => m.body)).not.toContain('Có ạ, thứ Bảy tuần sau.');
    expect((await c.otherFamily!.get(`/api/family/threads/${r.body.threadId}`)).body.messages.map((m: any) => m.body)).toContain('Có ạ, thứ Bảy tuần sau.');
  });

  it('the principal sees every thread of the school and may write to the whole school; a teacher may not', async () => {
    const all = (await c.hieutruong!.get('/api/family/threads')).body;
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.map((t: any) => t.id)).toContain(direct.threadId);
    expect(new Set(all.map((t: any) => t.schoolId))).toEqual(new Set([DEMO.school]));
    expect((await c.hieutruong!.get(`/api/family/threads/${direct.threadId}`)).body.messages).toHaveLength(2);
    expect((await c['gvcn.6a1']!.post('/api/family/threads', { audience: { kind: 'school', schoolId: DEMO.school }, subject: 'A', body: 'B' })).status).toBe(403);
    const r = await c.hieutruong!.post('/api/family/threads', { audience: { kind: 'school', schoolId: DEMO.school }, subject: 'Cảnh báo lừa đảo', body: 'Nhà trường không bao giờ yêu cầu chuyển tiền qua điện thoại.' });
    expect(r.status, r.text).toBe(201);
    expect(r.body.recipients).toBeGreaterThan(20);
    // A whole-school thread is the principal's: the 6A1 teacher does not list it.
    expect((await c['gvcn.6a1']!.get('/api/family/threads')).body.map((t: any) => t.id)).not.toContain(r.body.threadId);
  });

  it('the ledger lists every official message with its code, and the public page verifies codes and numbers', async () => {
    const ledger = (await c.guardian!.get('/api/me/family/ledger')).body;
    expect(ledger.map((e: any) => e.subject)).toEqual(expect.arrayContaining(['Họp phụ huynh', 'Nghỉ lễ', 'Cảnh báo lừa đảo']));
    expect(ledger.map((e: any) => e.subject)).not.toContain('Lịch thi');
    const entry = ledger.find((e: any) => e.subject === 'Họp phụ huynh');
    expect(entry.verifyCode).toBe(direct.verifyCode);
    expect((await c['gvcn.6a1']!.get('/api/me/family/ledger')).status).toBe(403);

    const anon = new (c.guardian!.constructor as any)(h.app) as ApiClient;
    const byCode = await anon.post('/api/public/verify', { value: direct.verifyCode.toLowerCase().replace(/-/g, ' ') });
    expect(byCode.body).toMatchObject({ registered: true, kind: 'code', schoolName: 'Trường THCS Nguyễn Trãi', label: expect.stringContaining('6A1') });
    expect(JSON.stringify(byCode.body)).not.toContain('họp phụ huynh'); // the content never leaks
    expect((await anon.post('/api/public/verify', { value: 'TA-2222-2222' })).body).toMatchObject({ registered: false, kind: 'code' });
    expect((await anon.post('/api/public/verify', { value: '+84 24 3823 4567' })).body).toMatchObject({ registered: true, kind: 'phone', role: expect.stringContaining('hotline') });
    expect((await anon.post('/api/public/verify', { value: '0983456601' })).body).toMatchObject({ registered: true, label: expect.stringContaining('6A1') });
    expect((await anon.post('/api/public/verify', { value: '0987 654 321' })).body).toMatchObject({ registered: false, kind: 'phone' });
    expect((await anon.post('/api/public/verify', { value: 'abc' })).status).toBe(400);
    const bulletins = (await anon.get('/api/public/bulletins')).body;
    expect(bulletins.map((b: any) => b.kind)).toEqual(['hospital', 'fake_police']);
    // Flooding the check is refused (20 a minute per address).
    let last = 0;
    for (let i = 0; i < 20; i++) last = (await anon.post('/api/public/verify', { value: '0987 654 321' })).status;
    expect(last).toBe(429);
  });

  it('the principal registers numbers and publishes warnings; a teacher cannot', async () => {
    expect((await c['gvcn.6a1']!.post(`/api/schools/${DEMO.school}/family/bulletins`, { kind: 'fake_teacher', title: 'T', body: 'B' })).status).toBe(403);
    expect((await c['gvcn.6a1']!.post(`/api/schools/${DEMO.school}/family/contacts`, { phone: '0911111111', label: 'X', role: 'staff' })).status).toBe(403);
    const b = await c.hieutruong!.post(`/api/schools/${DEMO.school}/family/bulletins`, { kind: 'fake_teacher', title: 'Giả danh giáo viên xin tiền mua tài liệu',
      body: 'Một số phụ huynh nhận tin nhắn Zalo giả danh GVCN xin chuyển khoản. Hãy gọi lại số đã đăng ký.' });
    expect(b.status, b.text).toBe(201);
    expect((await c.guardian!.get(`/api/schools/${DEMO.school}/family/bulletins`)).status).toBe(403);
    const added = await c.hieutruong!.post(`/api/schools/${DEMO.school}/family/contacts`, { phone: '0911 111 111', label: 'Thầy Bảo – bảo vệ', role: 'security' });
    expect(added.status, added.text).toBe(201);
    expect((await c.hieutruong!.post(`/api/schools/${DEMO.school}/family/contacts`, { phone: '84911111111', label: 'lặp', role: 'staff' })).status).toBe(400);
    expect((await c.hieutruong!.get(`/api/schools/${DEMO.school}/family/contacts`)).body).toHaveLength(4);
  });

  it("a guardian sees their child's timeline with the snapshot; another family sees neither the timeline nor the picture; the signed link is bound to its guardian", async () => {
    // Make sure snapshot sharing is in force for this child (guardian's consent and the child's own assent).
    expect((await c.guardian!.post('/api/consent', { studentId: child, purpose: 'snapshot_sharing', decision: 'granted', textVersion: CONSENT_TEXTS.snapshot_sharing.version })).status).toBe(200);
    expect((await c['gvcn.6a1']!.post('/api/assent', { studentId: child, purpose: 'snapshot_sharing', decision: 'granted' })).status).toBe(200);
    const sim = await c.hieutruong!.post('/api/dev/passages', { studentId: child, direction: 'in' });
    expect(sim.status, sim.text).toBe(201);
    expect((await c['gvcn.6a1']!.post('/api/dev/passages', { studentId: child, direction: 'in' })).status).toBe(403); // teachers do not run the gate

    const tl = await c.guardian!.get(`/api/students/${child}/timeline`);
    expect(tl.status, tl.text).toBe(200);
    expect(tl.body.snapshotsShared).toBe(true);
    const today = tl.body.days[0];
    expect(today.passages).toEqual([expect.objectContaining({ id: sim.body.passageId, direction: 'in', snapshotId: sim.body.snapshotId })]);
    const pic = await c.guardian!.call('GET', `/api/snapshots/${sim.body.snapshotId}`);
    expect(pic.status).toBe(200);

    expect((await c.otherFamily!.get(`/api/students/${child}/timeline`)).status).toBe(403);
    expect((await c.otherFamily!.get(`/api/snapshots/${sim.body.snapshotId}`)).status).toBe(403);
    expect((await c['gvcn.6a2']!.get(`/api/snapshots/${sim.body.snapshotId}`)).status).toBe(403);
    expect((await c['gvcn.6a1']!.get(`/api/students/${child}/timeline`)).status).toBe(200);
    expect((await c['gvcn.6a2']!.get(`/api/students/${child}/timeline`)).status).toBe(403);

    // The same picture for the guardian's own child disappears from the timeline once snapshot sharing is withdrawn.
    await c.guardian!.post('/api/consent', { studentId: child, purpose: 'snapshot_sharing', decision: 'withdrawn', textVersion: CONSENT_TEXTS.snapshot_sharing.version });
    const hidden = (await c.guardian!.get(`/api/students/${child}/timeline`)).body;
    expect(hidden.snapshotsShared).toBe(false);
    expect(hidden.days[0].passages[0].snapshotId).toBeNull();
    expect((await c.guardian!.get(`/api/snapshots/${sim.body.snapshotId}`)).status).toBe(403);
    await c.guardian!.post('/api/consent', { studentId: child, purpose: 'snapshot_sharing', decision: 'granted', textVersion: CONSENT_TEXTS.snapshot_sharing.version });

    // Marks need evidence the gate ran: a weekday when only a classmate passed marks this child absent; days with no gate data stay empty.
    const cam = (await h.ctx.deps.repos.gate.listCameras({ schoolId: DEMO.school }))[0]!;
    let day = new Date(Date.now() + 7 * 3_600_000 - 86_400_000);
    while ([0, 6].includes(day.getUTCDay())) day = new Date(day.getTime() - 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const at = `${date}T00:30:00.000Z`; // 07:30 in Vietnam
    await recordPassage(h.ctx.deps, { id: crypto.randomUUID(), schoolId: DEMO.school, cameraId: cam.id, trackId: `t-${date}`, decision: 'known', studentId: other.studentId,
      candidates: [], score: 0.9, margin: 0.2, votes: 3, frames: 5, quality: 0.9, liveness: 0.99, direction: 'in', firstSeenAt: at, decidedAt: at, snapshotId: null, contextSnapshotId: null });
    const week = (await c.guardian!.get(`/api/students/${child}/timeline`)).body;
    const thatDay = week.days.find((d: any) => d.date === date);
    expect(thatDay.passages).toEqual([]);
    expect(thatDay.sessions.map((x: any) => x.status)).toEqual(thatDay.sessions.map(() => 'absent'));
    expect(thatDay.sessions.length).toBeGreaterThan(0);
    expect(week.days.map((d: any) => d.date).filter((d: string) => d !== date && d !== today.date)).toEqual([]);

    const signer = hmacLinkSigner(h.ctx.keys.links, h.ctx.config.publicUrl);
    const link = new URL(signer.snapshotLink(sim.body.snapshotId, myGuardian, 3_600_000));
    const q = `g=${link.searchParams.get('g')}&e=${link.searchParams.get('e')}&s=${link.searchParams.get('s')}`;
    const ok = await c.guardian!.get(`/api/family/snapshot-links/${sim.body.snapshotId}?${q}`);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.passage).toMatchObject({ direction: 'in', className: '6A1' });
    expect((await c.otherFamily!.get(`/api/family/snapshot-links/${sim.body.snapshotId}?${q}`)).status).toBe(403);
    expect((await c.guardian!.get(`/api/family/snapshot-links/${sim.body.snapshotId}?${q.replace(/s=./, 's=A')}`)).status).toBe(403);
    const expired = new URL(signer.snapshotLink(sim.body.snapshotId, myGuardian, -60_000));
    expect((await c.guardian!.get(`/api/family/snapshot-links/${sim.body.snapshotId}?g=${myGuardian}&e=${expired.searchParams.get('e')}&s=${expired.searchParams.get('s')}`)).status).toBe(403);
  });

  it('official messages leave through the dispatcher like any notification; a guardian who turned announcements off is skipped', async () => {
    const prefs = await c.guardian!.call('PUT', '/api/me/notify-preferences', { ...DEFAULT_NOTIFY_PREFERENCES, events: ['passage_entry', 'late', 'absent'] });
    expect(prefs.status, prefs.text).toBe(200);
    const r = await c['gvcn.6a1']!.post('/api/family/threads', { audience: { kind: 'class', classId: cls6A1 }, subject: 'Khám sức khoẻ', body: 'Thứ Hai khám sức khoẻ định kỳ.' });
    const { runtime } = buildRuntime(h.ctx, 'family-test');
    const deps = h.ctx.deps;
    for (let i = 0; i < 20; i++) {
      const now = new Date();
      const due = await deps.repos.notify.claimDue(runtime.owner, now.toISOString(), new Date(now.getTime() + 60_000).toISOString(), 200);
      if (!due.length) break;
      for (const row of due) await dispatchMessage(deps, runtime, row);
    }
    const rows = await outboxFor(r.body.messageId);
    const status = new Map(await Promise.all(rows.map(async (x) => [x.recipient, (await deps.repos.notify.get(x.id))!.status] as const)));
    expect(status.get(myGuardian)).toBe('skipped');
    expect(status.get(other.guardianId)).toBe('sent');
    expect([...status.values()].filter((v) => v === 'sent')).toHaveLength(rows.length - 1);
  });
});
