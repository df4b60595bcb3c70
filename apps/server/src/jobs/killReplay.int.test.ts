import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Deps, recordPassage } from '@truongan/core';
import { startFakeEsms, startFakeZalo } from '@truongan/notify/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO } from '../demo/seed.ts';
import { type Harness, startHarness, startPgHarness } from '../testing/harness.ts';
import { deleteStream } from './natsDispatcher.ts';

const WORKER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts');
const NATS = 'nats://127.0.0.1:4222';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Issue point 2: `truongan start --roles=jobs` is SIGKILLed again and again while a rush is recorded; after
 * the last restart every passage has exactly one message per guardian, each delivered, never twice on a
 * channel. In-process on SQLite (one worker), and through NATS JetStream on PostgreSQL with two workers
 * killed in turn.
 */
describe.each([
  { engine: 'sqlite', nats: false, workers: 1, seconds: 12, minKills: 3 },
  { engine: 'postgres', nats: true, workers: 2, seconds: 12, minKills: 4 },
] as const)('dispatcher killed during a rush ($engine, nats=$nats)', ({ engine, nats, workers, seconds, minKills }) => {
  let h: Harness, deps: Deps;
  let zalo: Awaited<ReturnType<typeof startFakeZalo>>, esms: Awaited<ReturnType<typeof startFakeEsms>>;
  const stream = `TEST_NOTIFY_${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
  const children = new Set<ChildProcess>();

  const startups: number[] = [];
  const startWorker = () => new Promise<ChildProcess>((resolve, reject) => {
    const t0 = Date.now();
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp',
      TRUONGAN_ZALO_APP_ID: 'app-1', TRUONGAN_ZALO_SECRET_KEY: 'app-secret', TRUONGAN_ZALO_REFRESH_TOKEN: 'rt-1',
      TRUONGAN_ZALO_API_URL: zalo.apiUrl, TRUONGAN_ZALO_OAUTH_URL: zalo.oauthUrl, TRUONGAN_ZNS_TEMPLATES: JSON.stringify({ passage_entry: '301' }),
      TRUONGAN_ESMS_API_KEY: 'esms-key', TRUONGAN_ESMS_SECRET_KEY: 'esms-secret', TRUONGAN_ESMS_BRANDNAME: 'TRUONGAN', TRUONGAN_ESMS_URL: esms.sendUrl,
      TRUONGAN_RECEIPT_TIMEOUT_S: '5', TRUONGAN_ZNS_AWAIT_RECEIPT: '0', TRUONGAN_DISPATCH_LEASE_S: '6', TRUONGAN_NATS_STREAM: stream,
      ...(h.ctx.config.databaseUrl ? { DATABASE_URL: h.ctx.config.databaseUrl } : {}), ...(nats ? { NATS_URL: NATS } : {}),
    };
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, '--data', h.dataDir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    child.on('exit', (code, signal) => { children.delete(child); if (signal !== 'SIGKILL') console.log(`worker exited ${code} ${signal}: ${out.slice(-800)}`); });
    let out = '';
    child.stdout!.on('data', (d) => { out += d; if (out.includes('notifications:')) { startups.push(Date.now() - t0); resolve(child); } });
    child.stderr!.on('data', (d) => { out += d; });
    setTimeout(() => reject(new Error(`worker did not start: ${out}`)), 30_000).unref();
  });
  const kill = async (c: ChildProcess) => { c.kill('SIGKILL'); await new Promise((r) => c.exitCode !== null || c.signalCode ? r(null) : c.once('exit', r)); };

  beforeAll(async () => {
    h = engine === 'sqlite' ? await startHarness() : await startPgHarness(inject('pgUrl'));
    deps = h.ctx.deps;
    // Answers take 30 ms, so many kills land between "attempt written" and "answer recorded".
    [zalo, esms] = await Promise.all([startFakeZalo({ delayMs: 30, dailyQuota: 100_000 }), startFakeEsms()]);
  }, 120_000);
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    if (nats) await deleteStream(NATS, stream);
    await zalo?.close(); await esms?.close(); await h?.close();
  });

  it('exactly one message per guardian per passage, none lost, none sent twice on a channel', async () => {
    const principal = await h.signIn('hieutruong');
    const cameraId = (await principal.post(`/api/schools/${DEMO.school}/cameras`, { name: 'Cổng', kind: 'rtsp', role: 'entry', url: 'rtsp://192.0.2.1/1' })).body.id;
    const students = await deps.repos.people.listStudents({ schoolId: DEMO.school });
    // Each worker slot: start, let it work 0.3–0.9 s after it is up, SIGKILL, start again, until the replay ends.
    let kills = 0, recorded = 0, stop = false;
    const last: ChildProcess[] = [];
    const slots = Array.from({ length: workers }, async (_, slot) => {
      for (;;) {
        const c = await startWorker();
        last[slot] = c;
        await sleep(300 + Math.random() * 600);
        if (stop) return;
        await kill(c);
        kills += 1;
      }
    });
    const passageIds: string[] = [];
    const until = Date.now() + seconds * 1000;
    // At least `seconds` of rush and at least `minKills` kills, however slow the machine is today (capped).
    const hardStop = until + 30_000;
    for (let i = 0; (Date.now() < until || kills < minKills) && Date.now() < hardStop; i++) {
      const s = students[i % students.length]!;
      const id = randomUUID();
      passageIds.push(id);
      const at = new Date().toISOString();
      await recordPassage(deps, { id, schoolId: DEMO.school, cameraId, trackId: randomUUID(), decision: 'known', studentId: s.id, candidates: [], score: 0.8, margin: 0.3,
        votes: 4, frames: 8, quality: 0.8, liveness: 0.99, direction: 'in', firstSeenAt: at, decidedAt: at, snapshotId: null, contextSnapshotId: null });
      recorded += 1;
      await sleep(25);
    }
    stop = true;
    await Promise.all(slots);
    const live = last;
    // The last workers run undisturbed until nothing is left: orphans wait out the 5 s receipt deadline, then fall back.
    const rows = async () => (await deps.repos.outbox.listRecent(100_000)).filter((m) => passageIds.includes(String(m.data.passageId)));
    for (let i = 0; i < 120 && (await rows()).some((m) => !['sent', 'dead'].includes(m.status)); i++) await sleep(250);
    for (const c of live) await kill(c);

    const all = await rows();
    const stuck = all.filter((m) => m.status !== 'sent');
    if (stuck.length) console.log('stuck', stuck.length, JSON.stringify(await deps.repos.notify.get(stuck[0]!.id)), new Date().toISOString());
    // One row per passage × guardian (the idempotency key), whatever the kills did.
    const perStudent = new Map(await Promise.all(students.map(async (s) => [s.id, (await deps.repos.people.guardiansOf(s.id)).length] as const)));
    expect(all.length).toBe(passageIds.reduce((n, _, i) => n + perStudent.get(students[i % students.length]!.id)!, 0));
    expect(all.filter((m) => m.status !== 'sent').map((m) => m.status)).toEqual([]);
    const attempts = await deps.repos.notify.attemptsOf(all.map((m) => m.id));
    const attemptIds = new Set(attempts.map((a) => a.id));
    // Every ZNS call the provider saw carries the id of an attempt written before the call.
    expect(zalo.state.delivered.filter((d) => !attemptIds.has(d.tracking_id))).toEqual([]);
    const zByRow = new Map<string, number>();
    for (const d of zalo.state.delivered) { const a = attempts.find((x) => x.id === d.tracking_id)!; zByRow.set(a.outboxId, (zByRow.get(a.outboxId) ?? 0) + 1); }
    const smsByRow = new Map<string, number>();
    for (const d of esms.state.delivered) { const id = d.RequestId.replace(/:sms$/, ''); smsByRow.set(id, (smsByRow.get(id) ?? 0) + 1); }
    const problems = all.flatMap((m) => {
      const z = zByRow.get(m.id) ?? 0, s = smsByRow.get(m.id) ?? 0;
      const acceptedZ = attempts.some((a) => a.outboxId === m.id && a.channel === 'zalo_zns' && a.status === 'accepted');
      if (z > 1 || s > 1) return [`${m.id}: twice (zns ${z}, sms ${s})`];
      if (z + s === 0) return [`${m.id}: lost`];
      if (acceptedZ && s > 0) return [`${m.id}: SMS although Zalo confirmed`];
      return [];
    });
    expect(problems).toEqual([]);
    expect(kills).toBeGreaterThanOrEqual(minKills);
    const uncertain = attempts.filter((a) => a.detail === 'worker stopped during the call').length;
    console.log(`[kill-replay ${engine}${nats ? '+nats' : ''}] ${recorded} passages, ${all.length} messages, ${kills} SIGKILLs, ${uncertain} cut mid-call (waited out, then SMS), ${zalo.state.delivered.length} ZNS + ${esms.state.delivered.length} SMS delivered; worker start ${startups.join('/')} ms`);
  }, 110_000);
});
