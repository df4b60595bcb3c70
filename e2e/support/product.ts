import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'apps/server/bin/truongan.js');
const WEB = path.join(ROOT, 'apps/web');

export interface DemoAccount { username: string; password: string; role: string; scopeId: string; displayName: string; totpSecret?: string }
export interface DemoCredentials { accounts: DemoAccount[]; guardianPhone: string; school: string; otherSchool: string }

export interface Product {
  baseUrl: string;
  creds: DemoCredentials;
  account: (username: string) => DemoAccount;
  stop: () => Promise<void>;
}

/** The product as a newcomer runs it: SQLite in a fresh data folder, nothing from this shell's database settings. */
function productEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('TRUONGAN_') || k === 'DATABASE_URL' || k === 'NATS_URL') delete env[k];
  return env;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the web app when dist/ is missing or older than its sources, so the test never runs a stale UI. */
export function ensureWebBuilt() {
  const index = path.join(WEB, 'dist/index.html');
  const sources = Math.max(newestMtime(path.join(WEB, 'src')), fs.statSync(path.join(WEB, 'index.html')).mtimeMs);
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return;
  const r = spawnSync('npm', ['run', 'build', '-w', '@truongan/web'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`web build failed:\n${r.stdout}\n${r.stderr}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: productEnv() });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`truongan ${args[0]} exited ${code}:\n${out}`))));
  });
}

async function waitHealthy(baseUrl: string, child: ChildProcess, log: () => string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms:\n${log()}`);
}

/**
 * Starts the real product: web build, `truongan demo`, `truongan start --demo-outbox` on a free port.
 * `camera: true` adds the simulated gate camera and the vision role (face models, ~20 s more); other
 * tests leave it off so they start faster.
 */
export async function startProduct(opts: { camera?: boolean } = {}): Promise<Product> {
  ensureWebBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'truongan-e2e-'));
  await run(['demo', '--data', dataDir, ...(opts.camera ? [] : ['--no-camera'])]);
  const creds = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredentials;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const roles = opts.camera ? 'http,jobs,vision' : 'http,jobs';
  const server = spawn(process.execPath, [BIN, 'start', '--data', dataDir, '--port', String(port), '--demo-outbox', '--roles', roles], { cwd: ROOT, env: productEnv() });
  let log = '';
  server.stdout?.on('data', (d) => { log += d; });
  server.stderr?.on('data', (d) => { log += d; });
  try {
    await waitHealthy(baseUrl, server, () => log);
  } catch (e) {
    server.kill('SIGKILL');
    throw e;
  }

  return {
    baseUrl,
    creds,
    account: (username) => {
      const a = creds.accounts.find((x) => x.username === username);
      if (!a) throw new Error(`no demo account ${username}`);
      return a;
    },
    stop: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((r) => server.once('exit', r));
        server.kill('SIGTERM');
        const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
