import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { openContext } from '../compose.ts';
import { startHarness } from '../testing/harness.ts';

/** Issue 2, point 4: `truongan audit verify` fails after any single audit row is altered in the database. */
const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/truongan.js');
let dataDir: string;
let rows: number;

async function verifyCli(dir: string) {
  try {
    const { stdout } = await run(process.execPath, [BIN, 'audit', 'verify', '--data', dir, '--json'], { env: { PATH: process.env.PATH } });
    return { code: 0, out: JSON.parse(stdout.trim().split('\n').pop()!) };
  } catch (e: any) {
    return { code: e.code as number, out: JSON.parse(String(e.stdout).trim().split('\n').pop()!) };
  }
}

beforeAll(async () => {
  // A real data folder with a real history: sign-ins, a failed sign-in, consent decisions, a settings change.
  const h = await startHarness();
  await h.signIn('hieutruong');
  await h.signIn('gvcn.6a1');
  await h.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'baove', password: 'wrong-password' }) });
  await h.signInGuardian();
  await h.ctx.close();
  dataDir = h.dataDir;
  const db = new SQLite(path.join(dataDir, 'truongan.db'));
  rows = (db.prepare('select count(*) n from audit_log').get() as { n: number }).n;
  db.close();
}, 120_000);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function copyData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truongan-audit-'));
  fs.cpSync(dataDir, dir, { recursive: true });
  return dir;
}

describe('audit verify', () => {
  it('passes on an untouched log (CLI exit 0)', async () => {
    expect(rows).toBeGreaterThanOrEqual(6);
    const r = await verifyCli(dataDir);
    expect(r).toMatchObject({ code: 0, out: { ok: true, rows } });
  });

  it('the CLI exits 1 and names the row when one field of a middle row is edited', async () => {
    const dir = copyData();
    const db = new SQLite(path.join(dir, 'truongan.db'));
    db.prepare("update audit_log set actor_name = 'ai đó' where seq = 3").run();
    db.close();
    const r = await verifyCli(dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatchObject({ ok: false, firstBadSeq: 3 });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('detects an edit of every single row, in every column, and a deletion of every row', async () => {
    const dir = copyData();
    const file = path.join(dir, 'truongan.db');
    const pristine = fs.readFileSync(file);
    const columns = ['at', 'actor_id', 'actor_name', 'action', 'target_kind', 'target_id', 'school_id', 'detail'];
    const check = async (mutate: (db: SQLite.Database) => void, seq: number, what: string) => {
      fs.writeFileSync(file, pristine);
      for (const ext of ['-wal', '-shm']) fs.rmSync(file + ext, { force: true });
      const db = new SQLite(file);
      mutate(db);
      db.close();
      const ctx = await openContext(loadConfig({}, { dataDir: dir }));
      const result = await ctx.deps.repos.audit.verify();
      await ctx.close();
      expect.soft(result.ok, `${what} of row ${seq} went unnoticed`).toBe(false);
    };
    for (let seq = 1; seq <= rows; seq++) {
      const col = columns[seq % columns.length]!;
      await check((db) => db.prepare(`update audit_log set ${col} = coalesce(${col}, '') || 'x' where seq = ?`).run(seq), seq, `editing ${col}`);
      await check((db) => db.prepare('delete from audit_log where seq = ?').run(seq), seq, 'deleting');
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
