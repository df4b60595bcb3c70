import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, type Database, makeStore, migrateToLatest } from '@truongan/db';
import pg from 'pg';
import { captureBaseline } from './resetDatabase.ts';

export type Store = ReturnType<typeof makeStore>;
/** A migrated (or, on request, empty) database with a store on top, and how to throw it away. */
export interface OpenedStore {
  database: Database; store: Store; auditKey: Uint8Array;
  /** Back to the state right after open (empty, migrated): cheap isolation between tests sharing one store. */
  reset(): Promise<void>;
  cleanup(): Promise<void>;
}
export interface OpenOptions {
  /** false: leave the database empty, for migration tests. */
  migrate?: boolean;
  auditKey?: Uint8Array;
  now?: () => string;
}
/** What a contract suite needs from a driver: a fresh, isolated store on every call. */
export type OpenStore = (opts?: OpenOptions) => Promise<OpenedStore>;

async function finish(database: Database, opts: OpenOptions, cleanup: () => Promise<void>): Promise<OpenedStore> {
  const auditKey = opts.auditKey ?? new Uint8Array(randomBytes(32));
  let reset: () => Promise<void>;
  try {
    if (opts.migrate !== false) await migrateToLatest(database.db, database.dialect);
    reset = await captureBaseline(database);
  } catch (err) { await cleanup(); throw err; }
  return { database, store: makeStore(database, { auditKey, ...(opts.now ? { now: opts.now } : {}) }), auditKey, reset, cleanup };
}

/**
 * SQLite in a temp file by default, because that is how the product runs (WAL needs a real file);
 * `file: false` gives an in-memory database for speed.
 */
export async function openSqliteStore(opts: OpenOptions & { file?: boolean } = {}): Promise<OpenedStore> {
  const dir = opts.file === false ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'truongan-sqlite-'));
  const database = createDatabase({ sqlitePath: dir ? path.join(dir, 'truongan.db') : ':memory:' });
  return finish(database, opts, async () => {
    await database.destroy();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
}

/**
 * A fresh schema inside the run's PostgreSQL database, selected through search_path on every pooled
 * connection, so parallel test files (and tests) never see each other's rows. Cleanup drops the schema.
 */
export async function openPgStore(url: string, opts: OpenOptions & { poolSize?: number } = {}): Promise<OpenedStore> {
  const schema = await freshPgSchemaUrl(url);
  const database = createDatabase({ databaseUrl: schema.url, poolSize: opts.poolSize ?? 5 });
  return finish(database, opts, async () => {
    await database.destroy();
    await schema.drop();
  });
}

/**
 * A fresh PostgreSQL schema and a connection URL that selects it, for tests that run the whole product
 * (which opens its own database from a URL). `drop` removes the schema and everything in it.
 */
export async function freshPgSchemaUrl(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try { await admin.query(`CREATE SCHEMA "${schema}"`); } finally { await admin.end(); }
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try { await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`); } finally { await c.end(); }
    },
  };
}
