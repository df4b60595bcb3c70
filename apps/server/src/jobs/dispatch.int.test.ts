import { createHash, randomUUID } from 'node:crypto';
import { type Deps, dispatchMessage, type DispatchRuntime, nextLocalTime, recordPassage } from '@truongan/core';
import type { PassageEvent } from '@truongan/contracts';
import { startFakeEsms, startFakeZalo } from '@truongan/notify/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO } from '../demo/seed.ts';
import { type ApiClient, type Harness, startHarness, startPgHarness } from '../testing/harness.ts';
import { buildRuntime } from './notifyChannels.ts';

describe.each(['sqlite', 'postgres'] as const)('notification dispatch on %s', (engine) => {
  let h: Harness, deps: Deps, rt: DispatchRuntime, principal: ApiClient, guardian: ApiClient;
  let zalo: Awaited<ReturnType<typeof startFakeZalo>>, esms: Awaited<ReturnType<typeof startFakeEsms>>;
  let cameraId: string;
  // The next 06:50 in Vietnam: within the 12 h life of the sessions the harness signs in now.
  let clock = nextLocalTime(new Date(), '06:50');
  const advance = (ms: number) => { clock = new Date(clock.getTime() + ms); };
  const passage = (studentId: string, o: Partial<PassageEvent> = {}): PassageEvent => ({
    id: randomUUID(), schoolId: DEMO.school, cameraId, trackId: randomUUID(), decision: 'known', studentId, candidates: [], score: 0.7, margin: 0.3, votes: 4,
    frames: 8, quality: 0.8, liveness: 0.97, direction: 'in', firstSeenAt: clock.toISOString(), decidedAt: clock.toISOString(), snapshotId: null, contextSnapshotId: null, ...o,
  });
  /** Claims and sends until nothing is due: the dispatcher loop without the timer. */
  const drain = async () => {
    for (let i = 0; i < 50; i++) {
      const rows = await deps.repos.notify.claimDue(rt.owner, clock.toISOString(), new Date(clock.getTime() + 60_000).toISOString(), 100);
      if (!rows.length) return;
      for (const r of rows) await dispatchMessage(deps, rt, r);
    }
  };
  const rowsOf = async (passageId: string) => (await deps.repos.outbox.listRecent(500)).filter((m) => m.data.passageId === passageId);
  const studentWithGuardians = async (n: number, skip: string[] = []) => {
    for (const s of await deps.repos.people.listStudents({ schoolId: DEMO.school })) {
      if (skip.includes(s.id)) continue;
      const gs = (await deps.repos.people.guardiansOf(s.id)).filter((g) => g.phone);
      if (gs.length >= n) return { student: s, guardians: gs };
    }
    throw new Error('no such student');
  };
  const used: string[] = [];

  beforeAll(async () => {
    h = engine === 'sqlite' ? await startHarness() : await startPgHarness(inject('pgUrl'));
    deps = h.ctx.deps;
    principal = await h.signIn('hieutruong');
    guardian = await h.signInGuardian();
    deps.clock.now = () => clock;
    [zalo, esms] = await Promise.all([startFakeZalo(), startFakeEsms()]);
    h.ctx.config.demoOutbox = false;
    h.ctx.config.notify = { ...h.ctx.config.notify, receiptTimeoutMs: 90_000, znsTemplates: { passage_entry: '301', passage_exit: '302' },
      zalo: { appId: 'app-1', secretKey: 'app-secret', refreshToken: 'rt-1', apiUrl: zalo.apiUrl, oauthUrl: zalo.oauthUrl },
      esms: { apiKey: 'esms-key', secretKey: 'esms-secret', brandname: 'TRUONGAN', url: esms.sendUrl } };
    rt = buildRuntime(h.ctx, 'test-worker').runtime;
    const cam = await principal.post(`/api/schools/${DEMO.school}/cameras`, { name: 'Cổng chính', kind: 'rtsp', role: 'entry', url: 'rtsp://192.0.2.10/1' });
    cameraId = cam.body.id;
  }, 120_000);
  afterAll(async () => { await zalo?.close(); await esms?.close(); await h?.close(); });

  it('each guardian gets the passage once on Zalo; a receipt settles it; no receipt in time falls back to SMS, once', async () => {
    const { student, guardians } = await studentWithGuardians(2);
    used.push(student.id);
    const p = passage(student.id);
    await recordPassage(deps, p);
    await recordPassage(deps, { ...p, id: randomUUID() }); // redelivered by the vision role: same camera + track
    await drain();
    const sentZ = zalo.state.delivered.filter((d) => guardians.some((g) => g.phone === d.phone));
    expect(sentZ.map((d) => d.phone).sort()).toEqual(guardians.map((g) => g.phone).sort());
    expect(sentZ[0]!.template_data).toMatchObject({ class_name: expect.any(String), time: '06:50' });
    // Zalo reports the first one delivered through the OA webhook (signed).
    const first = sentZ[0]!;
    const body = JSON.stringify({ app_id: 'app-1', event_name: 'user_received_message', timestamp: '1764000000000', message: { msg_id: first.msg_id, tracking_id: first.tracking_id } });
    const mac = `mac=${createHash('sha256').update(`app-1${body}1764000000000app-secret`).digest('hex')}`;
    expect((await h.app.request('/api/notify/receipts/zalo', { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-zevent-signature': 'mac=forged' } })).status).toBe(403);
    const r = await h.app.request('/api/notify/receipts/zalo', { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-zevent-signature': mac } });
    expect(await r.json()).toEqual({ matched: true });
    advance(91_000);
    await drain();
    const sms = esms.state.delivered.filter((d) => guardians.some((g) => g.phone === d.Phone));
    expect(sms.map((d) => d.Phone)).toEqual(guardians.map((g) => g.phone).filter((ph) => ph !== first.phone));
    expect(sms[0]!.Content).toMatch(/^Con .* lop .* da vao truong luc 06:50/);
    const rows = await rowsOf(p.id);
    expect(rows.map((m) => m.status).sort()).toEqual(['sent', 'sent']);
    const attempts = await deps.repos.notify.attemptsOf(rows.map((m) => m.id));
    expect(attempts.map((a) => `${a.channel}:${a.status}`).sort()).toEqual(['sms:accepted', 'zalo_zns:delivered', 'zalo_zns:no_receipt']);
  });

  it('Zalo refusing the number (-118) falls back to SMS at once; a crash mid-call is never resent blindly', async () => {
    const { student } = await studentWithGuardians(1, used);
    used.push(student.id);
    zalo.faults.push({ code: -118 }, { code: -118 }, { code: -118 }, { code: -118 });
    const p = passage(student.id);
    await recordPassage(deps, p);
    const before = esms.state.delivered.length;
    await drain();
    const rows = await rowsOf(p.id);
    expect(esms.state.delivered.length - before).toBe(rows.length);
    expect(rows.every((m) => m.status === 'sent')).toBe(true);
    zalo.faults.length = 0;

    // A worker dies after writing its ZNS attempt and before recording the answer (its lease then lapses).
    const q = passage(student.id);
    await recordPassage(deps, q);
    const [row] = await deps.repos.notify.claimDue('dead-worker', clock.toISOString(), new Date(clock.getTime() + 60_000).toISOString(), 10);
    await deps.repos.notify.insertAttempt({ id: randomUUID(), outboxId: row!.id, channel: 'zalo_zns', chainPos: 0, tryNo: 0, status: 'sending', providerId: null, detail: null, startedAt: clock.toISOString(), finishedAt: null });
    await deps.repos.notify.release(row!.id, 'dead-worker', { chain: ['zalo_zns', 'sms'] }); // what the dead worker had decided
    const zBefore = zalo.state.delivered.length;
    await drain();
    expect(zalo.state.delivered.length).toBe(zBefore); // not resent: ZNS does not de-duplicate
    expect((await deps.repos.notify.get(row!.id))?.status).toBe('awaiting');
    advance(91_000);
    await drain();
    expect((await deps.repos.notify.get(row!.id))?.status).toBe('sent');
    expect((await deps.repos.notify.attemptsOf([row!.id])).map((a) => `${a.channel}:${a.status}`)).toEqual(['zalo_zns:no_receipt', 'sms:accepted']);
  });

  it('a guardian nobody can reach becomes a dead letter with a reason; the principal sees it and retries it after fixing the phone', async () => {
    const { student } = await studentWithGuardians(1, used);
    used.push(student.id);
    const g = { id: randomUUID(), fullName: 'Trần Văn Không Số', phone: null, email: null };
    await deps.repos.people.upsertGuardian(g);
    await deps.repos.people.linkGuardian({ guardianId: g.id, studentId: student.id, relationship: 'father', isPrimary: false });
    const p = passage(student.id);
    await recordPassage(deps, p);
    await drain();
    const dead = await principal.get(`/api/schools/${DEMO.school}/notify/dead-letters`);
    expect(dead.status).toBe(200);
    const mine = dead.body.find((d: any) => d.recipient === g.id);
    expect(mine).toMatchObject({ template: 'passage_entry', deadReason: expect.stringContaining('no_reachable_channel') });
    expect((await guardian.get(`/api/schools/${DEMO.school}/notify/dead-letters`)).status).toBe(403);
    await deps.repos.people.upsertGuardian({ ...g, phone: '84987650001' });
    expect((await principal.post(`/api/notify/dead-letters/${mine.id}/retry`)).body).toEqual({ retried: true });
    await drain();
    expect(zalo.state.delivered.filter((d) => d.phone === '84987650001')).toHaveLength(1);
  });

  it("follows the guardian's own settings: SMS first, exits switched off, quiet hours hold until morning", async () => {
    const me = await deps.repos.people.findGuardianByPhone(h.creds.guardianPhone);
    const prefs = { channels: ['sms', 'zalo_zns'], events: ['passage_entry', 'late', 'absent', 'announcement'], quietHours: { from: '21:00', to: '06:00' }, digest: false, digestAt: '18:00', locale: 'en' };
    expect((await guardian.call('PUT', '/api/me/notify-preferences', { ...prefs, channels: ['sms', 'sms'] })).status).toBe(400);
    expect((await guardian.call('PUT', '/api/me/notify-preferences', prefs)).status).toBe(200);
    expect((await guardian.get('/api/me/notify-preferences')).body).toEqual(prefs);
    const [studentId] = await deps.repos.people.studentIdsOfGuardian(me!.id);
    const inP = passage(studentId!), outP = passage(studentId!, { direction: 'out' });
    await recordPassage(deps, inP);
    await recordPassage(deps, outP);
    const smsBefore = esms.state.delivered.length;
    await drain();
    const mine = esms.state.delivered.slice(smsBefore).filter((d) => d.Phone === me!.phone);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.Content).toMatch(/^.+ \(\w+\) entered school at 06:5\d on \d\d\/\d\d\/\d{4}\.$/);
    expect((await rowsOf(outP.id)).find((m) => m.recipient === me!.id)?.status).toBe('skipped');
    clock = nextLocalTime(clock, '22:00');
    const night = passage(studentId!);
    await recordPassage(deps, night);
    await drain();
    const held = (await rowsOf(night.id)).find((m) => m.recipient === me!.id)!;
    expect((await deps.repos.notify.get(held.id))).toMatchObject({ status: 'pending', nextAttemptAt: nextLocalTime(clock, '06:00').toISOString() });
    clock = new Date(nextLocalTime(clock, '06:00').getTime() + 1000);
    await drain();
    expect((await deps.repos.notify.get(held.id))?.status).toBe('sent');
  });

  it('a guardian on the daily digest gets one summary at digest time instead of each passage', async () => {
    const me = await deps.repos.people.findGuardianByPhone(h.creds.guardianPhone);
    const prefs = { channels: ['sms'], events: ['passage_entry', 'passage_exit'], quietHours: null, digest: true, digestAt: '18:00', locale: 'vi' };
    // The test clock is now a day on, past the session's life: store the settings as the route would.
    await deps.repos.settings.put({ scopeId: `guardian:${me!.id}`, key: 'notify.prefs', value: prefs, version: 9, updatedBy: 'test', updatedAt: clock.toISOString() });
    clock = nextLocalTime(clock, '07:00');
    const [studentId] = await deps.repos.people.studentIdsOfGuardian(me!.id);
    const inP = passage(studentId!);
    await recordPassage(deps, inP);
    clock = nextLocalTime(clock, '16:30');
    const outP = passage(studentId!, { direction: 'out' });
    await recordPassage(deps, outP);
    const before = esms.state.delivered.length;
    await drain();
    expect(esms.state.delivered.slice(before).filter((d) => d.Phone === me!.phone)).toEqual([]);
    clock = new Date(nextLocalTime(clock, '18:00').getTime() + 1000);
    await drain();
    const digests = esms.state.delivered.slice(before).filter((d) => d.Phone === me!.phone);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.Content).toMatch(/^Tong hop ngay .*da vao truong luc 07:00.*da ra khoi truong luc 16:30/);
    for (const p of [inP, outP]) expect((await rowsOf(p.id)).find((m) => m.recipient === me!.id)?.status).toBe('sent');
  });
});
