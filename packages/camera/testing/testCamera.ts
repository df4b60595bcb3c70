// Starts the fake RTSP camera (camsim.py + its ffmpeg feeders) in its own process group, so one
// signal to the group stops, freezes (SIGSTOP) or resumes all of them.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CAMSIM = join(dirname(fileURLToPath(import.meta.url)), 'camsim.py');

export interface TestCameraOptions {
  port: number;
  user?: string;
  password?: string;
  auth?: 'digest' | 'basic';
  /** Folder with main1080.ts and sub360.ts (see makeTestMedia). */
  media: string;
}

export interface TestCamera {
  port: number;
  pid: number;
  /** rtsp URL of a mount, with this camera's credentials unless `creds` overrides them. */
  url(path: string, creds?: { user: string; password: string } | null): string;
  /** SIGSTOP the server and its feeders: connections stay open, no data flows (a hung camera). */
  freeze(): void;
  resume(): void;
  /** SIGKILL the whole group: a camera losing power. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** A TCP port that was free a moment ago (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const c = connect(port, '127.0.0.1');
    c.once('connect', () => { c.destroy(); resolve(true); });
    c.once('error', () => resolve(false));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

export async function startTestCamera(opts: TestCameraOptions): Promise<TestCamera> {
  const args = [CAMSIM, '--port', String(opts.port), '--media', opts.media, '--exit-with-stdin'];
  if (opts.user) args.push('--user', opts.user, '--password', opts.password ?? '', '--auth', opts.auth ?? 'digest');
  // Debian's interpreter: python3-gi is installed for it, not for a venv that may shadow it on PATH.
  const child = spawn(process.env.CAMSIM_PYTHON ?? '/usr/bin/python3', args, { detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const pid = child.pid!;
  const group = (sig: NodeJS.Signals) => { try { process.kill(-pid, sig); } catch { /* already gone */ } };
  const stop = async () => {
    group('SIGCONT'); // a frozen group cannot act on SIGTERM
    group('SIGTERM');
    const t = setTimeout(() => group('SIGKILL'), 2000);
    await exited(child);
    clearTimeout(t);
    group('SIGKILL'); // feeders that outlived the parent
  };
  const deadline = Date.now() + 15_000;
  while (!(log.includes('camsim listening') && (await accepts(opts.port)))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`camsim did not start on port ${opts.port}: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port: opts.port,
    pid,
    url(path, creds) {
      const c = creds === undefined ? (opts.user ? { user: opts.user, password: opts.password ?? '' } : null) : creds;
      const auth = c ? `${encodeURIComponent(c.user)}:${encodeURIComponent(c.password)}@` : '';
      return `rtsp://${auth}127.0.0.1:${opts.port}${path}`;
    },
    freeze: () => group('SIGSTOP'),
    kill: async () => { group('SIGKILL'); await exited(child); },
    resume: () => group('SIGCONT'),
    stop,
  };
}
