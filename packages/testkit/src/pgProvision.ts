import { randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { startThrowawayCluster } from './pgCluster.ts';

/** A PostgreSQL database that belongs to one test run, and how to give it back. */
export interface ProvisionedPostgres { url: string; description: string; release(): Promise<void> }

export interface ProvisionOptions {
  /** An explicit server (TEST_DATABASE_URL); when unset the local one is probed. */
  databaseUrl?: string;
  host?: string;
  port?: number;
  /** How long to wait for the local server before falling back to a throwaway cluster. */
  probeTimeoutMs?: number;
  log?: (line: string) => void;
}

const withDatabase = (url: string, name: string) => { const u = new URL(url); u.pathname = `/${name}`; return u.toString(); };

async function connect(url: string, timeoutMs: number): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {}); // a server shutting down under us must not crash the runner
  try { await client.connect(); return client; } catch (err) { await client.end().catch(() => {}); throw err; }
}

/** First of `postgres` and the current OS user that the local server lets in (trust auth). */
async function probeLocal(host: string, port: number, timeoutMs: number): Promise<string | undefined> {
  const users = [...new Set(['postgres', os.userInfo().username])];
  for (const user of users) {
    const url = `postgres://${encodeURIComponent(user)}@${host}:${port}/postgres`;
    try { await (await connect(url, timeoutMs)).end(); return url; } catch { /* try the next user, then give up */ }
  }
  return undefined;
}

/**
 * Creates `truongan_test_<random>` on the server behind adminUrl. Dropping it terminates leftover
 * connections first, otherwise DROP DATABASE waits for pools a crashed worker left open.
 */
async function createRunDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const name = `truongan_test_${randomBytes(6).toString('hex')}`;
  const admin = await connect(adminUrl, 5000);
  try { await admin.query(`CREATE DATABASE "${name}"`); } catch (err) {
    await admin.end();
    if ((err as { code?: string }).code === '42501') return undefined; // no CREATEDB right: use the given database as it is
    throw err;
  }
  await admin.end();
  return {
    url: withDatabase(adminUrl, name),
    async drop() {
      const c = await connect(adminUrl, 5000);
      try {
        await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
        await c.query(`DROP DATABASE IF EXISTS "${name}"`);
      } finally { await c.end(); }
    },
  };
}

async function serverVersion(url: string): Promise<string> {
  const c = await connect(url, 5000);
  try { return (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v; } finally { await c.end(); }
}

const redact = (url: string) => { const u = new URL(url); if (u.password) u.password = '***'; return u.toString(); };

/** TEST_DATABASE_URL, else the server on 127.0.0.1:5432, else a throwaway initdb cluster. */
export async function provisionPostgres(opts: ProvisionOptions = {}): Promise<ProvisionedPostgres> {
  const log = opts.log ?? (() => {});
  if (opts.databaseUrl) {
    const db = await createRunDatabase(opts.databaseUrl);
    const version = await serverVersion(opts.databaseUrl);
    if (!db) return { url: opts.databaseUrl, description: `PostgreSQL ${version} from TEST_DATABASE_URL (${redact(opts.databaseUrl)}, used as is)`, release: async () => {} };
    return { url: db.url, description: `PostgreSQL ${version} from TEST_DATABASE_URL, database ${redact(db.url)}`, release: db.drop };
  }
  const host = opts.host ?? '127.0.0.1', port = opts.port ?? 5432;
  const localUrl = await probeLocal(host, port, opts.probeTimeoutMs ?? 2000);
  if (localUrl) {
    const db = (await createRunDatabase(localUrl))!;
    return { url: db.url, description: `PostgreSQL ${await serverVersion(localUrl)} on ${host}:${port}, database ${redact(db.url)}`, release: db.drop };
  }
  log(`no PostgreSQL answered on ${host}:${port}; starting a throwaway cluster with initdb`);
  const cluster = await startThrowawayCluster();
  try {
    const db = (await createRunDatabase(cluster.url))!;
    return {
      url: db.url, description: `throwaway PostgreSQL cluster (${cluster.version}, ${cluster.binDir}), database ${db.url}`,
      async release() { try { await db.drop(); } finally { await cluster.stop(); } },
    };
  } catch (err) { await cluster.stop(); throw err; }
}
