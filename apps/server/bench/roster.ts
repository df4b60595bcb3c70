/**
 * Roster import benchmark: a realistic 3,000-pupil XLSX (Vietnamese names, two parents each, 75 classes 10A1…12A25)
 * parsed, validated and imported into SQLite (a temp file, as on the mini-PC) and PostgreSQL when one answers,
 * then imported again (the idempotent path). `npm run bench:roster [-- --json] [-- --rows N]`.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { importRoster, systemActor, validateRoster, vnDate } from '@truongan/core';
import { parseRosterFile } from '@truongan/roster';
import { buildPupils, classNames, pupilsToXlsx } from '@truongan/roster/testing/fixtures';
import { openTestSchool } from '@truongan/roster/testing/testSchool';

const args = process.argv.slice(2);
const json = args.includes('--json');
const rowsArg = args.indexOf('--rows');
const ROWS = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 3000;
const NOW = new Date('2026-11-20T03:00:00Z');
const ms = (t0: number) => Math.round(performance.now() - t0);
const log = (s: string) => { if (!json) console.log(s); };

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await fn();
  return [v, ms(t0)];
}

/** A PostgreSQL server to borrow: DATABASE_URL, else the local default. A scratch database is created and dropped. */
async function postgresUrl(): Promise<string | null> {
  const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try { await c.connect(); await c.end(); return url; } catch { return null; }
}

async function withScratchPg<T>(adminUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `truongan_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // CREATE DATABASE fails while another session (a parallel test run) is copying template1; try again briefly.
  for (let attempt = 1; ; attempt++) {
    try { await admin.query(`CREATE DATABASE ${name}`); break; } catch (e) {
      if (attempt >= 5) throw e;
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  try { return await fn(u.toString()); } finally {
    await dropScratch(admin, name);
    await admin.end();
  }
}

/**
 * pg-pool's end() resolves before its sockets close; a FORCE drop right away kills them and the pool (which has no
 * error listener in @truongan/db) crashes the process. So wait for them to go, and force only as a last resort.
 */
async function dropScratch(admin: pg.Client, name: string) {
  for (let attempt = 1; ; attempt++) {
    try { await admin.query(`DROP DATABASE IF EXISTS ${name}${attempt > 10 ? ' WITH (FORCE)' : ''}`); return; } catch (e) {
      if (attempt > 10) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

const classes = classNames([10, 11, 12], 25);
const pupils = buildPupils(ROWS, { classes, seed: 2026 });
const [file, generateMs] = await timed(() => pupilsToXlsx(pupils));
log(`Generated ${ROWS} pupils, ${classes.length} classes: ${(file.byteLength / 1024).toFixed(0)} KB XLSX in ${generateMs} ms`);
const [parsed, parseMs] = await timed(() => parseRosterFile(file, 'bench.xlsx'));
const [validated, validateMs] = await timed(() => validateRoster(parsed, { today: vnDate(NOW), classNames: classes }));
if (validated.problems.length) throw new Error(`generated file has problems: ${JSON.stringify(validated.problems.slice(0, 3))}`);

interface EngineRun { engine: string; importMs: number; reimportMs: number; dryRunMs: number; created: number; guardiansCreated: number; unchangedOnReimport: number }
async function runEngine(engine: string, open: { sqlitePath?: string; databaseUrl?: string }): Promise<EngineRun> {
  const t = await openTestSchool({ classes, now: NOW, ...open });
  const actor = systemActor('bench');
  const input = { schoolId: t.schoolId, headerLine: parsed.headerLine, columns: parsed.columns, rows: parsed.rows, source: 'bench.xlsx' };
  try {
    const [first, importMs] = await timed(() => importRoster(t.deps, actor, { ...input, dryRun: false }));
    const [, dryRunMs] = await timed(() => importRoster(t.deps, actor, { ...input, dryRun: true }));
    const [again, reimportMs] = await timed(() => importRoster(t.deps, actor, { ...input, dryRun: false }));
    if (first.created !== ROWS || again.created !== 0 || again.unchanged !== ROWS) throw new Error(`unexpected counts ${JSON.stringify({ first, again })}`);
    return { engine, importMs, reimportMs, dryRunMs, created: first.created, guardiansCreated: first.guardiansCreated, unchangedOnReimport: again.unchanged };
  } finally { await t.close(); }
}

const runs: EngineRun[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truongan-bench-'));
try { runs.push(await runEngine('sqlite', { sqlitePath: path.join(dir, 'bench.db') })); } finally { fs.rmSync(dir, { recursive: true, force: true }); }
const pgUrl = await postgresUrl();
if (pgUrl) runs.push(await withScratchPg(pgUrl, (url) => runEngine('postgres', { databaseUrl: url })));
else log('PostgreSQL: no server answered (set DATABASE_URL); skipped');

log('');
log(`parse XLSX: ${parseMs} ms   validate: ${validateMs} ms   (${ROWS} rows)`);
log(['engine    ', 'import ms', 'dry-run ms', 're-import ms', 'created', 'guardians', 'unchanged on re-import'].join('  '));
for (const r of runs) {
  log([r.engine.padEnd(10), String(r.importMs).padStart(9), String(r.dryRunMs).padStart(10), String(r.reimportMs).padStart(12),
    String(r.created).padStart(7), String(r.guardiansCreated).padStart(9), String(r.unchangedOnReimport).padStart(22)].join('  '));
}
if (json) {
  console.log(JSON.stringify({ rows: ROWS, classes: classes.length, fileBytes: file.byteLength, parseMs, validateMs, engines: runs,
    node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null }));
}
