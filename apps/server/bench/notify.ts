/**
 * Notification benchmark (issue 4, point 1): a morning rush of 3,000 passages in 20 minutes, two guardians
 * each, replayed sped up through recordPassage → outbox → the jobs role's dispatcher → the Zalo ZNS adapter
 * talking to a local ZNS server, on SQLite (temp file, WAL) and PostgreSQL (a throwaway database from
 * testkit). Prints p50/p95/p99 from "passage written" to "handed to the channel" (ZNS answered error 0),
 * then the throughput ceiling: a backlog of messages drained as fast as the dispatcher goes.
 *   npm run bench:notify [-- --json] [-- --speed 10] [-- --passages 3000] [-- --engines sqlite,postgres]
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordPassage } from '@truongan/core';
import { startFakeZalo } from '@truongan/notify/testing';
import { provisionPostgres } from '@truongan/testkit';
import { type Context, openContext } from '../src/compose.ts';
import { loadConfig } from '../src/config.ts';
import { DEMO, seedDemo } from '../src/demo/seed.ts';
import { startJobsRole } from '../src/jobs/jobsRole.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1]! : dflt; };
const json = args.includes('--json');
const PASSAGES = Number(opt('passages', '3000'));
const SPEED = Number(opt('speed', '10'));
const RUSH_MS = 20 * 60_000;
const CEILING_PASSAGES = Number(opt('ceiling', '1500'));
const CONCURRENCY = Number(opt('concurrency', '32'));
const log = (s: string) => { if (!json) console.error(s); };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

/** Arrivals peak in the middle of the window (triangular), as at a school gate before the bell. */
const arrivals = (n: number) => Array.from({ length: n }, () => (Math.random() + Math.random()) / 2 * RUSH_MS).sort((a, b) => a - b);

/** One query, so measuring does not slow the dispatcher it measures (SQLite shares this thread). */
async function handedLatencies(ctx: Context, since: string): Promise<{ lat: number[]; pending: number }> {
  const rows = await ctx.database.db.selectFrom('outbox').select(['created_at', 'handed_at'])
    .where('template', '=', 'passage_entry').where('created_at', '>=', since).execute();
  const lat = rows.filter((r) => r.handed_at).map((r) => Date.parse(r.handed_at!) - Date.parse(r.created_at)).sort((a, b) => a - b);
  return { lat, pending: rows.length - lat.length };
}

async function waitHanded(ctx: Context, since: string, expected: number, maxMs: number) {
  const t0 = Date.now();
  for (;;) {
    const { lat } = await handedLatencies(ctx, since);
    if (lat.length >= expected || Date.now() - t0 > maxMs) return;
    await sleep(500);
  }
}

async function runEngine(engine: 'sqlite' | 'postgres') {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `truongan-bench-notify-${engine}-`));
  const pg = engine === 'postgres' ? await provisionPostgres({ log }) : null;
  const zalo = await startFakeZalo({ dailyQuota: 10_000_000 });
  const config = loadConfig({}, { dataDir });
  if (pg) config.databaseUrl = pg.url;
  config.notify = { ...config.notify, znsTemplates: { passage_entry: '301' }, znsAwaitReceipt: false,
    zalo: { appId: 'app-1', secretKey: 'app-secret', refreshToken: 'rt-1', apiUrl: zalo.apiUrl, oauthUrl: zalo.oauthUrl } };
  const ctx = await openContext(config);
  try {
    const t0 = performance.now();
    const students = Math.ceil(PASSAGES / 8);
    await seedDemo(ctx.deps, dataDir, { studentsPerClass: students });
    const roster = (await ctx.deps.repos.people.listStudents({ schoolId: DEMO.school })).slice(0, PASSAGES);
    log(`[${engine}] seeded ${roster.length} students in ${Math.round(performance.now() - t0)} ms`);
    const cameraId = randomUUID();
    await ctx.deps.repos.gate.insertCamera({ id: cameraId, schoolId: DEMO.school, name: 'Cổng chính', kind: 'rtsp', role: 'entry', url: 'rtsp://192.0.2.1/1',
      username: null, passwordSealed: null, lane: null, direction: 'in', fps: 8, enabled: true, createdAt: new Date().toISOString() } as any);
    const passage = (studentId: string) => {
      const at = new Date().toISOString();
      return recordPassage(ctx.deps, { id: randomUUID(), schoolId: DEMO.school, cameraId, trackId: randomUUID(), decision: 'known', studentId, candidates: [], score: 0.8,
        margin: 0.3, votes: 4, frames: 8, quality: 0.8, liveness: 0.99, direction: 'in', firstSeenAt: at, decidedAt: at, snapshotId: null, contextSnapshotId: null });
    };

    // 1. The rush, sped up: each passage written at its (scaled) time while the dispatcher runs.
    let jobs = await startJobsRole(ctx, { pollMs: 100, concurrency: CONCURRENCY });
    const since = new Date().toISOString();
    const times = arrivals(PASSAGES).map((t) => t / SPEED);
    const start = performance.now();
    let behind = 0;
    for (let i = 0; i < times.length; i++) {
      const wait = times[i]! - (performance.now() - start);
      if (wait > 0) await sleep(wait); else behind = Math.max(behind, -wait);
      await passage(roster[i % roster.length]!.id);
    }
    const messages = roster.length ? PASSAGES * 2 : 0;
    await waitHanded(ctx, since, messages, 60_000);
    const { lat, pending } = await handedLatencies(ctx, since);
    await jobs.stop();
    const peakPassagesPerSec = (2 * PASSAGES / RUSH_MS) * 1000 * SPEED; // triangular peak = 2× mean

    // 2. Ceiling: a backlog written with the dispatcher stopped, then drained.
    const since2 = new Date(Date.now() + 1).toISOString();
    await sleep(2);
    for (let i = 0; i < CEILING_PASSAGES; i++) await passage(roster[i % roster.length]!.id);
    const d0 = performance.now();
    jobs = await startJobsRole(ctx, { pollMs: 100, concurrency: CONCURRENCY });
    await waitHanded(ctx, since2, CEILING_PASSAGES * 2, 120_000);
    await jobs.stop();
    void d0;
    // Measured from the first to the last hand-over, so start-up and the polling of this script do not count.
    const span = await ctx.database.db.selectFrom('outbox').select((eb) => [eb.fn.min('handed_at').as('first'), eb.fn.max('handed_at').as('last'), eb.fn.count('id').as('n')])
      .where('template', '=', 'passage_entry').where('created_at', '>=', since2).where('handed_at', 'is not', null).executeTakeFirstOrThrow();
    const drained = Number(span.n);
    const drainMs = Math.max(1, Date.parse(String(span.last)) - Date.parse(String(span.first)));
    return {
      engine, passages: PASSAGES, messages, handed: lat.length, notHanded: pending, speedup: SPEED,
      rushPeakMessagesPerSec: Math.round(peakPassagesPerSec * 2), writerBehindMsMax: Math.round(behind),
      p50Ms: pct(lat, 50), p95Ms: pct(lat, 95), p99Ms: pct(lat, 99), maxMs: lat[lat.length - 1] ?? NaN,
      ceilingMessagesPerSec: Math.round(drained / (drainMs / 1000)), ceilingBacklog: drained,
      zalo: zalo.state.delivered.length,
    };
  } finally {
    await ctx.close(); await zalo.close(); await pg?.release();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const engines = opt('engines', 'sqlite,postgres').split(',') as Array<'sqlite' | 'postgres'>;
const results = [];
for (const e of engines) {
  const r = await runEngine(e);
  results.push(r);
  log(`[${e}] ${r.handed}/${r.messages} handed at ${SPEED}× (peak ${r.rushPeakMessagesPerSec} msg/s): p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, p99 ${r.p99Ms} ms; ceiling ${r.ceilingMessagesPerSec} msg/s`);
}
if (json) console.log(JSON.stringify({ bench: 'notify', target: { p95Ms: 500 }, results }, null, 2));
process.exit(0);
