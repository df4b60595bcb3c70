/**
 * The server side of the intake benchmark, in its own worker thread so that the load generator's work (JSON,
 * proof of work) does not share the server's event loop. SQLite in a temp data folder, as on a school mini-PC.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { loadConfig } from '../../src/config.ts';
import { openContext } from '../../src/compose.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { createHttpApp } from '../../src/http/app.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'truongan-bench-intake-'));
const config = loadConfig({}, { dataDir, demoOutbox: true });
// --pg: a scratch schema in the given PostgreSQL, dropped at the end.
const scratch = workerData.pgUrl ? await (await import('@truongan/testkit')).freshPgSchemaUrl(workerData.pgUrl) : null;
if (scratch) config.databaseUrl = scratch.url;
const ctx = await openContext(config);
await seedDemo(ctx.deps, dataDir, { studentsPerClass: 2 });
// Every request comes from 127.0.0.1, so the per-address limit is lifted; the proof of work stays on at the given cost.
ctx.intake = { perAddressPerMinute: 1_000_000_000, powBits: workerData.powBits };
const app = createHttpApp(ctx);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => parentPort!.postMessage({ type: 'ready', port: info.port }));

parentPort!.on('message', async (m: { type: 'verify'; codes: string[] } | { type: 'stop' }) => {
  if (m.type === 'verify') {
    let found = 0;
    for (let i = 0; i < m.codes.length; i += 500) {
      const rows = await ctx.database.db.selectFrom('cases').select('code').where('code', 'in', m.codes.slice(i, i + 500)).execute();
      found += rows.length;
    }
    const total = Number((await ctx.database.db.selectFrom('cases').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    parentPort!.postMessage({ type: 'verified', found, total });
  } else {
    server.close();
    await ctx.close();
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    parentPort!.postMessage({ type: 'stopped' });
  }
});
