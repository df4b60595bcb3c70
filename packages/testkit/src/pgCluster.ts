import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A throwaway PostgreSQL cluster made with Debian's initdb/pg_ctl, for machines where no server answers.
 * It lives in one temp folder (data, socket, log) and is stopped and deleted on teardown.
 */
export interface ThrowawayCluster { url: string; binDir: string; version: string; stop(): Promise<void> }

/** Newest /usr/lib/postgresql/<v>/bin that has initdb and pg_ctl, else the PATH. */
export function findPgBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const dir = path.join(root, v, 'bin');
    if (fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  return undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

// initdb refuses to run as root, so as root every PostgreSQL binary runs as the `postgres` user
// and the temp folder is handed to that user.
const asRoot = process.getuid?.() === 0;
function runPg(binDir: string, tool: string, args: string[]): string {
  const file = path.join(binDir, tool);
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd: os.tmpdir() });
}

export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const binDir = findPgBinDir();
  if (!binDir) throw new Error('no PostgreSQL server answered and no initdb/pg_ctl was found (apt-get install postgresql)');
  // Short path on purpose: unix socket paths are limited to ~107 bytes.
  const dir = fs.mkdtempSync(path.join('/tmp', 'truongan-pg-'));
  const data = path.join(dir, 'data');
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    fs.chownSync(dir, uid, gid);
  }
  const version = runPg(binDir, 'pg_ctl', ['--version']).trim();
  try {
    runPg(binDir, 'initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    const port = await freePort();
    // Durability is pointless for a cluster that is deleted after the run; turning it off makes DDL fast.
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    runPg(binDir, 'pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', opts, '-w', '-t', '30', 'start']);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`, binDir, version,
      async stop() {
        try { runPg(binDir, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); } finally { fs.rmSync(dir, { recursive: true, force: true }); }
      },
    };
  } catch (err) {
    const log = path.join(dir, 'server.log');
    const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-2000) : '';
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start a throwaway PostgreSQL with ${binDir}: ${(err as Error).message}\n${tail}`);
  }
}
