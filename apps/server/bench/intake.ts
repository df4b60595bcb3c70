/**
 * Public report form load test (issue 6, point 2): concurrent reporters post to /api/public/cases over loopback for a
 * bounded time, each doing what the phone does (fetch a challenge, solve the proof of work, post). Prints accepted/s,
 * latency percentiles of the POST, and lost submissions = acknowledged (201) minus found in the database. Then
 * malformed and oversized submissions must be refused with clear errors.
 * `npm run bench:intake [-- --json] [-- --seconds 10] [-- --concurrency 16] [-- --pow-bits 8] [-- --pg]`
 */
import { Worker } from 'node:worker_threads';
import { solvePow } from '@truongan/core';

const args = process.argv.slice(2);
const arg = (name: string, dflt: number) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : dflt; };
const json = args.includes('--json');
const SECONDS = arg('seconds', 10);
const CONCURRENCY = arg('concurrency', 16);
// The load generator solves every challenge on one thread; at the production 16 bits it would measure itself, not the
// server. The cost of 16 bits is measured separately below and printed.
const POW_BITS = arg('pow-bits', 8);
const log = (s: string) => { if (!json) console.error(s); };
// `--pg` runs against PostgreSQL (DATABASE_URL or the local default) in a scratch schema; SQLite otherwise.
const PG_URL = args.includes('--pg') ? process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres' : null;

// A worker does not inherit tsx's loader on Node 20: register it inside the worker, then load the TypeScript entry.
const entry = new URL('./intake/server.ts', import.meta.url).href;
const worker = new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`, { eval: true, workerData: { powBits: POW_BITS, pgUrl: PG_URL } });
const next = <T>(type: string) => new Promise<T>((resolve, reject) => {
  const on = (m: any) => { if (m.type === type) { worker.off('message', on); resolve(m); } };
  worker.on('message', on);
  worker.once('error', reject);
});
const { port } = await next<{ port: number }>('ready');
const base = `http://127.0.0.1:${port}`;
const CATEGORIES = ['violence_physical', 'cyberbullying', 'scam', 'stranger', 'gate_traffic', 'abuse_physical', 'self_harm', 'other'];

async function post(body: unknown, raw?: string) {
  const res = await fetch(`${base}/api/public/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ?? JSON.stringify(body) });
  return { status: res.status, body: await res.json().catch(() => null) as any };
}
async function solved() {
  const ch = await (await fetch(`${base}/api/public/intake/challenge`)).json() as { challenge: string; bits: number };
  return { challenge: ch.challenge, nonce: solvePow(ch.challenge, ch.bits) };
}
const report = (i: number) => ({ schoolId: 'sch-thcs-nguyen-trai', category: CATEGORIES[i % CATEGORIES.length], anonymous: true,
  what: `Báo cáo thử tải số ${i}: có học sinh bị bắt nạt ở cổng trường sau giờ tan học, cần nhà trường kiểm tra.`, where: 'Cổng trường', when: '2026-11-20 16:30' });

log(`intake bench: ${CONCURRENCY} reporters for ${SECONDS} s, proof of work ${POW_BITS} bits, ${PG_URL ? 'PostgreSQL' : 'SQLite'}`);
const latencies: number[] = [];
const codes: string[] = [];
const failures: Record<string, number> = {};
let sent = 0;
const until = performance.now() + SECONDS * 1000;
await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
  while (performance.now() < until) {
    const i = sent++;
    const pow = await solved();
    const t0 = performance.now();
    try {
      const r = await post({ ...report(i), pow });
      latencies.push(performance.now() - t0);
      if (r.status === 201 && r.body?.code) codes.push(r.body.code);
      else failures[`${r.status} ${r.body?.code}`] = (failures[`${r.status} ${r.body?.code}`] ?? 0) + 1;
    } catch (e) { failures[String((e as Error).message)] = (failures[String((e as Error).message)] ?? 0) + 1; }
  }
}));
const elapsed = SECONDS;
worker.postMessage({ type: 'verify', codes });
const { found, total } = await next<{ found: number; total: number }>('verified');

// Refusals: each must come back with the right status and a {code, message} body.
const pow = async () => solved();
const refusals = [
  { name: 'malformed JSON', want: [400, 'invalid_input'], r: await post(null, '{"schoolId": "sch-thcs-nguyen-trai", ') },
  { name: 'missing fields / unknown category', want: [400, 'invalid_input'], r: await post({ schoolId: 'sch-thcs-nguyen-trai', category: 'kidnap', pow: await pow() }) },
  { name: 'honeypot filled', want: [400, 'invalid_input'], r: await post({ ...report(0), website: 'http://x', pow: await pow() }) },
  { name: 'no proof of work', want: [400, 'invalid_input'], r: await post({ ...report(0), pow: { challenge: 'x.1.1.x', nonce: '0' } }) },
  { name: 'text over 4000 chars', want: [400, 'invalid_input'], r: await post({ ...report(0), what: 'a'.repeat(4001), pow: await pow() }) },
  { name: 'photo over 5 MB', want: [413, 'payload_too_large'], r: await post({ ...report(0), pow: await pow(), attachments: [{ name: 'a.jpg', type: 'image/jpeg', dataBase64: Buffer.alloc(5.5 * 1024 * 1024).toString('base64') }] }) },
  { name: 'body over 10 MB', want: [413, 'payload_too_large'], r: await post(null, JSON.stringify({ ...report(0), what: 'a'.repeat(11 * 1024 * 1024) })) },
  { name: 'not an image', want: [400, 'invalid_input'], r: await post({ ...report(0), pow: await pow(), attachments: [{ name: 'a.exe', type: 'application/x-msdownload', dataBase64: 'TVo=' }] }) },
].map(({ name, want, r }) => ({ name, status: r.status, code: r.body?.code, message: r.body?.message, ok: r.status === want[0] && r.body?.code === want[1] && typeof r.body?.message === 'string' }));

const powCost = (bits: number) => { const t = performance.now(); for (let i = 0; i < 20; i++) solvePow(`cost-probe-${bits}-${i}`, bits); return Math.round((performance.now() - t) / 20); };
const pow14Ms = powCost(14);
const pow16Ms = powCost(16);

worker.postMessage({ type: 'stop' });
await next('stopped');
await worker.terminate();

const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10 : null);
const result = {
  database: PG_URL ? 'postgres' : 'sqlite', seconds: elapsed, concurrency: CONCURRENCY, powBits: POW_BITS, attempted: latencies.length, accepted: codes.length,
  acceptedPerSec: Math.round((codes.length / elapsed) * 10) / 10, p50Ms: pct(50), p95Ms: pct(95), p99Ms: pct(99),
  lostSubmissions: codes.length - found, casesInDatabase: total, failures, refusals, allRefusalsOk: refusals.every((r) => r.ok),
  powSolveMsAvgNode: { bits14: pow14Ms, bits16: pow16Ms },
};
if (json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`accepted ${result.accepted} in ${elapsed} s = ${result.acceptedPerSec}/s; POST p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, p99 ${result.p99Ms} ms`);
  console.log(`lost submissions: ${result.lostSubmissions} (acknowledged ${codes.length}, found ${found}); failures ${JSON.stringify(failures)}`);
  for (const r of refusals) console.log(`${r.ok ? 'ok ' : 'BAD'} ${r.name}: ${r.status} ${r.code} — ${r.message}`);
  console.log(`proof of work per report in Node (one core): 14 bits (default) ${pow14Ms} ms, 16 bits ${pow16Ms} ms`);
}
process.exitCode = result.lostSubmissions === 0 && result.allRefusalsOk && failures && Object.keys(failures).length === 0 ? 0 : 1;
