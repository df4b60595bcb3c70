import { recordPassage, runRetention, type Deps } from '@truongan/core';
import type { PassageEvent } from '@truongan/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO } from '../demo/seed.ts';
import { ApiClient, startHarness, startPgHarness, type Harness } from '../testing/harness.ts';

describe.each(['sqlite', 'postgres'] as const)('gate on %s', (engine) => {
  let h: Harness;
  let deps: Deps;
  let teacher: ApiClient, principal: ApiClient, guard: ApiClient, otherTeacher: ApiClient;
  let cameraId: string;
  let students: Array<{ id: string; fullName: string }>;
  const CLASS = `${DEMO.school}-6a1`;
  /** Monday 23 Nov 2026, Vietnam time. */
  const vn = (hm: string) => { const [hh, mm] = hm.split(':').map(Number) as [number, number]; return new Date(Date.UTC(2026, 10, 23, hh - 7, mm)).toISOString(); };

  const passage = (over: Partial<PassageEvent>): PassageEvent => ({
    id: crypto.randomUUID(), schoolId: DEMO.school, cameraId, trackId: crypto.randomUUID(), decision: 'known', studentId: null, candidates: [],
    score: 0.7, margin: 0.3, votes: 4, frames: 8, quality: 0.8, liveness: 0.97, direction: 'in', firstSeenAt: vn('06:50'), decidedAt: vn('06:50'),
    snapshotId: null, contextSnapshotId: null, ...over,
  });

  beforeAll(async () => {
    h = engine === 'sqlite' ? await startHarness() : await startPgHarness(inject('pgUrl'));
    deps = h.ctx.deps;
    for (const [name, set] of [['gvcn.6a1', (c: ApiClient) => { teacher = c; }], ['hieutruong', (c: ApiClient) => { principal = c; }],
      ['baove', (c: ApiClient) => { guard = c; }], ['gvcn.6a2', (c: ApiClient) => { otherTeacher = c; }]] as const) set(await h.signIn(name));
    // From here on the school lives at 07:20 on a Monday morning.
    deps.clock.now = () => new Date(vn('07:20'));
    const cam = await principal.post(`/api/schools/${DEMO.school}/cameras`, {
      name: 'Cổng chính – làn vào', kind: 'rtsp', role: 'entry', url: 'rtsp://admin:Cam3ra!Pass@192.0.2.10:554/Streaming/Channels/102',
    });
    expect(cam.status).toBe(200);
    cameraId = cam.body.id;
    students = (await deps.repos.people.listStudents({ schoolId: DEMO.school, classIds: [CLASS] })).map((s) => ({ id: s.id, fullName: s.fullName }));
  }, 120_000);
  afterAll(async () => { await h?.close(); });

  describe('cameras', () => {
    it('moves inline credentials into a sealed field and never returns them', async () => {
      const list = await guard.get(`/api/schools/${DEMO.school}/cameras`);
      expect(list.body[0]).toMatchObject({ id: cameraId, hasPassword: true, username: 'admin', url: 'rtsp://192.0.2.10:554/Streaming/Channels/102' });
      expect(list.text).not.toContain('Cam3ra!Pass');
      const stored = await deps.repos.gate.getCamera(cameraId);
      expect(stored!.passwordSealed).not.toContain('Cam3ra');
      expect(deps.secrets.openText(stored!.passwordSealed!)).toBe('Cam3ra!Pass');
    });
    it('a guard may watch cameras but not change them', async () => {
      const r = await guard.post(`/api/schools/${DEMO.school}/cameras`, { name: 'x', kind: 'file', role: 'entry', url: '/tmp/x.mp4' });
      expect(r.body.code).toBe('forbidden');
    });
  });

  describe('passages become attendance', () => {
    it('on time, late and absent follow the session rules; a redelivered passage changes nothing', async () => {
      const [onTime, late] = students;
      const first = passage({ studentId: onTime!.id, decidedAt: vn('06:52') });
      expect(await recordPassage(deps, first)).toEqual({ recorded: true });
      expect(await recordPassage(deps, { ...first, id: crypto.randomUUID() })).toEqual({ recorded: false }); // same camera + track
      await recordPassage(deps, passage({ studentId: late!.id, decidedAt: vn('07:04') }));
      const board = await teacher.get(`/api/classes/${CLASS}/board?date=2026-11-23`);
      const row = (id: string) => board.body.rows.find((r: any) => r.studentId === id);
      expect(row(onTime!.id)).toMatchObject({ status: 'present', entryAt: vn('06:52') });
      expect(row(late!.id)).toMatchObject({ status: 'late', lateMinutes: 4 });
      expect(board.body.counts).toMatchObject({ present: 1, late: 1, absent: students.length - 2 });
      // One message per guardian, exactly once, naming the child, class and time.
      const out = (await deps.repos.outbox.listRecent(100)).filter((m) => m.data.passageId === first.id);
      expect(out).toHaveLength((await deps.repos.people.guardiansOf(onTime!.id)).length);
      expect(out[0]!.body).toContain(`Con ${onTime!.fullName} lớp 6A1 đã vào trường lúc 06:52`);
    });

    it('an unknown face is recorded as unknown and notifies no family', async () => {
      const p = passage({ decision: 'unknown', studentId: null, candidates: [{ studentId: students[2]!.id, score: 0.31 }] });
      await recordPassage(deps, p);
      expect((await deps.repos.outbox.listRecent(100)).filter((m) => m.data.passageId === p.id)).toHaveLength(0);
      const feed = await guard.get(`/api/schools/${DEMO.school}/gate/feed`);
      expect(feed.body.find((x: any) => x.id === p.id)).toMatchObject({ decision: 'unknown', studentName: null });
    });

    it('a passage between siblings waits for the guard, who sees both names and settles it', async () => {
      const [a, b] = [students[0]!, students[1]!];
      const p = passage({ decision: 'needs_confirmation', studentId: null, candidates: [{ studentId: a.id, score: 0.71 }, { studentId: b.id, score: 0.69 }] });
      await recordPassage(deps, p);
      const feed = await guard.get(`/api/schools/${DEMO.school}/gate/feed`);
      expect(feed.body.find((x: any) => x.id === p.id).candidates.map((c: any) => c.fullName)).toEqual([a.fullName, b.fullName]);
      expect((await guard.post(`/api/passages/${p.id}/confirm`, { studentId: b.id })).status).toBe(200);
      expect(await deps.repos.gate.getPassage(p.id)).toMatchObject({ decision: 'known', studentId: b.id });
      expect((await guard.post(`/api/passages/${p.id}/confirm`, { studentId: a.id })).body.code).toBe('invalid_input');
    });

    it('a teacher corrects a status with a reason, and the correction is audited', async () => {
      const s = students[3]!;
      const r = await teacher.post('/api/attendance/corrections', { studentId: s.id, date: '2026-11-23', sessionName: 'morning', status: 'present', reason: 'Em quẹt thẻ ở cổng phụ' });
      expect(r.status).toBe(200);
      const board = await teacher.get(`/api/classes/${CLASS}/board?date=2026-11-23`);
      expect(board.body.rows.find((x: any) => x.studentId === s.id)).toMatchObject({ status: 'present', corrected: true });
      expect((await deps.repos.audit.list({ limit: 5, action: 'attendance.corrected' }))[0]!.detail).toMatchObject({ reason: 'Em quẹt thẻ ở cổng phụ' });
      expect((await otherTeacher.post('/api/attendance/corrections', { studentId: s.id, date: '2026-11-23', sessionName: 'morning', status: 'absent', reason: 'x' })).body.code).toBe('forbidden');
    });
  });

  describe('snapshots', () => {
    it('are sealed at rest; the homeroom teacher may read them (audited), another class teacher may not', async () => {
      const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 9, 8, 7, 6]);
      const meta = await deps.snapshots.put({ id: crypto.randomUUID(), schoolId: DEMO.school, cameraId, kind: 'crop', createdAt: vn('06:55'), expiresAt: vn('06:55').replace('2026-11-23', '2026-12-23') }, jpeg);
      await recordPassage(deps, passage({ studentId: students[4]!.id, snapshotId: meta.id, decidedAt: vn('06:55') }));
      const ok = await teacher.call('GET', `/api/snapshots/${meta.id}`);
      expect(ok.status).toBe(200);
      expect((await otherTeacher.get(`/api/snapshots/${meta.id}`)).body.code).toBe('forbidden');
      expect((await deps.repos.audit.list({ limit: 5, action: 'snapshot.read' }))[0]).toMatchObject({ targetId: meta.id, actorName: expect.stringContaining('6A1') });
    });
  });

  describe('live board', () => {
    it('streams the board, then a fresh board when a passage of the class arrives', async () => {
      const res = await h.app.request(`/api/classes/${CLASS}/board/stream`, { headers: { cookie: teacher.cookie } });
      const reader = res.body!.getReader();
      const dec = new TextDecoder();
      let text = '';
      const readUntil = async (n: number) => {
        while ((text.match(/event: snapshot/g) ?? []).length < n) {
          const { value, done } = await reader.read();
          if (done) throw new Error(`stream ended early: ${text}`);
          text += dec.decode(value);
        }
      };
      await readUntil(1);
      await recordPassage(deps, passage({ studentId: students[5]!.id, decidedAt: vn('06:58') }));
      await readUntil(2);
      await reader.cancel();
      const last = JSON.parse(text.split('event: snapshot').pop()!.split('data: ')[1]!.split('\n')[0]!);
      expect(last.rows.find((r: any) => r.studentId === students[5]!.id).entryAt).toBe(vn('06:58'));
    });
  });
  // Last: moving the clock a month ahead also expires every sign-in session of this file.
  describe('retention', () => {
    it('expire and are deleted by the retention job, which leaves an audit row with the counts', async () => {
      const saved = deps.clock.now;
      deps.clock.now = () => new Date('2027-01-01T00:00:00Z');
      try {
        const r = await runRetention(deps);
        expect(r.snapshots).toBeGreaterThanOrEqual(1);
        expect((await deps.repos.audit.list({ limit: 1, action: 'retention.ran' }))[0]!.detail).toMatchObject({ snapshots: r.snapshots });
        const left = await deps.repos.gate.listPassages({ schoolId: DEMO.school, limit: 100 });
        for (const p of left.filter((x) => x.snapshotId)) expect(await deps.snapshots.get(p.snapshotId!)).toBeUndefined();
      } finally { deps.clock.now = saved; }
    });
  });
});
