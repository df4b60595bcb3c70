// The state machine with stand-in "ffmpeg" scripts, so each failure is exact and fast.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { waitForStatus } from '../testing/waitFor.ts';
import { CameraSupervisor, type CameraState } from './supervisor.ts';

const dir = mkdtempSync(join(tmpdir(), 'fakeffmpeg-'));
const W = 8, H = 4, FRAME = W * H * 3;
function script(name: string, body: string): string {
  const p = join(dir, name);
  writeFileSync(p, `#!/bin/sh\n${body}\n`);
  chmodSync(p, 0o755);
  return p;
}
const sups: CameraSupervisor[] = [];
function supervise(ffmpegPath: string, extra: Partial<ConstructorParameters<typeof CameraSupervisor>[0]> = {}) {
  const s = new CameraSupervisor({ id: 't', source: { kind: 'rtsp', url: 'rtsp://x/y' }, width: W, height: H, ffmpegPath, backoff: { baseMs: 100, maxMs: 400 }, random: () => 0.5, ...extra });
  const states: CameraState[] = [];
  s.on('state', (st) => { if (states.at(-1) !== st.state) states.push(st.state); });
  sups.push(s);
  s.start();
  return { s, states };
}
afterEach(async () => { await Promise.all(sups.splice(0).map((s) => s.stop())); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CameraSupervisor', () => {
  it('treats a silent exit 0 as a failure ("ended") and backs off with jitter', async () => {
    const { s, states } = supervise(script('exit0', 'exit 0'));
    const { status } = await waitForStatus(s, (st) => st.reconnects >= 2, 3000);
    expect(status.lastError?.code).toBe('ended');
    expect(states.slice(0, 3)).toEqual(['connecting', 'backoff', 'connecting']);
  });

  it('streams frames from stdout, then calls a silent pipe "stalled" after the watchdog time', async () => {
    const { s, states } = supervise(script('oneframe', `head -c ${FRAME * 3} /dev/zero; exec sleep 30`), { watchdogMs: 400 });
    const frames: number[] = [];
    s.on('frame', (f) => frames.push(f.data.length));
    const { status, ms } = await waitForStatus(s, (st) => st.lastError?.code === 'stalled', 3000);
    expect(frames.slice(0, 3)).toEqual([FRAME, FRAME, FRAME]);
    expect(ms).toBeGreaterThanOrEqual(300);
    expect(status.lastError?.detail).toMatch(/no frame for 400 ms/);
    expect(states.slice(0, 3)).toEqual(['connecting', 'streaming', 'backoff']);
  });

  it('gives up on a connection that never sends a first frame', async () => {
    const { s } = supervise(script('hang', 'exec sleep 30'), { connectTimeoutMs: 300 });
    const { status } = await waitForStatus(s, (st) => !!st.lastError, 2000);
    expect(status.lastError).toMatchObject({ code: 'stalled', detail: 'no frame within 300 ms of connecting' });
  });

  it('classifies the stderr of the failed attempt and retries slowly after 401', async () => {
    const { s } = supervise(script('auth', "echo '[rtsp @ 0x1] method DESCRIBE failed: 401 Unauthorized' >&2; exit 1"), { authRetryMs: 5000 });
    const { status } = await waitForStatus(s, (st) => st.state === 'error', 2000);
    expect(status.lastError?.code).toBe('auth_failed');
    expect(status.nextRetryAt! - Date.now()).toBeGreaterThan(4000);
  });

  it('says so when ffmpeg is not installed', async () => {
    const { s } = supervise(join(dir, 'no-such-ffmpeg'));
    const { status } = await waitForStatus(s, (st) => !!st.lastError, 2000);
    expect(status.lastError?.code).toBe('unknown');
    expect(status.lastError?.detail).toMatch(/could not start.*ENOENT/);
  });

  it('stops cleanly from any state and kills the child', async () => {
    const { s } = supervise(script('hang2', 'exec sleep 30'));
    await new Promise((r) => setTimeout(r, 100));
    await s.stop();
    expect(s.status().state).toBe('stopped');
  });
});
