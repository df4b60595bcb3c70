// A camera that dies, hangs or is not there: the state says so within the watchdog time and the
// stream comes back by itself. Each test gets its own RTSP server because it breaks it.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, makeTestMedia, startTestCamera, TEST_MEDIA_DIR, waitForStatus, type TestCamera } from '../testing/index.ts';
import { CameraSupervisor } from './supervisor.ts';

const WATCHDOG_MS = 3000;
let mediaDir: string;
const cleanup: Array<() => Promise<void>> = [];

beforeAll(async () => { mediaDir = (await makeTestMedia(TEST_MEDIA_DIR)).dir; });
afterEach(async () => { for (const c of cleanup.splice(0).reverse()) await c(); });

async function camera(port?: number): Promise<TestCamera> {
  const cam = await startTestCamera({ port: port ?? (await freePort()), media: mediaDir });
  cleanup.push(() => cam.stop());
  return cam;
}

function supervise(url: string): CameraSupervisor {
  // Short backoff cap so recovery is quick in a test; production default is 30 s.
  const sup = new CameraSupervisor({ id: 'gate', source: { kind: 'rtsp', url }, watchdogMs: WATCHDOG_MS, backoff: { baseMs: 250, maxMs: 1000 } });
  cleanup.push(() => sup.stop());
  sup.start();
  return sup;
}

describe('RTSP failures', () => {
  it('camera killed: leaves streaming at once, then recovers when the camera is back', async () => {
    const cam = await camera();
    const sup = supervise(cam.url('/Streaming/Channels/102'));
    await waitForStatus(sup, (s) => s.state === 'streaming', 10_000);
    await cam.kill();
    const down = await waitForStatus(sup, (s) => s.state !== 'streaming', WATCHDOG_MS);
    expect(['ended', 'unreachable']).toContain(down.status.lastError?.code); // ffmpeg exits 0 here
    await waitForStatus(sup, (s) => s.lastError?.code === 'unreachable' && s.state === 'backoff', 5000);
    const reconnectsBefore = sup.status().reconnects;
    await camera(cam.port); // same address, like a camera rebooting
    const up = await waitForStatus(sup, (s) => s.state === 'streaming', 12_000);
    expect(up.status.reconnects).toBeGreaterThan(reconnectsBefore);
    expect(up.status.lastFrameAt).toBeGreaterThan(Date.now() - 1000);
  });

  it('camera frozen (SIGSTOP): stalled within the watchdog time, recovers after SIGCONT', async () => {
    const cam = await camera();
    const sup = supervise(cam.url('/Streaming/Channels/102'));
    await waitForStatus(sup, (s) => s.state === 'streaming', 10_000);
    cam.freeze();
    const stalled = await waitForStatus(sup, (s) => s.lastError?.code === 'stalled', WATCHDOG_MS + 1000);
    expect(stalled.ms).toBeGreaterThanOrEqual(WATCHDOG_MS - 300); // it waited for the watchdog...
    expect(stalled.ms).toBeLessThan(WATCHDOG_MS + 1000); // ...and no longer (ffmpeg alone needs ~20 s)
    expect(stalled.status.state).not.toBe('streaming');
    await new Promise((r) => setTimeout(r, 1500)); // reconnect attempts against the frozen camera
    cam.resume();
    const up = await waitForStatus(sup, (s) => s.state === 'streaming', 15_000);
    expect(up.status.reconnects).toBeGreaterThanOrEqual(1);
  });

  it('nothing listening: unreachable, retried with backoff', async () => {
    const sup = supervise(`rtsp://127.0.0.1:${await freePort()}/Streaming/Channels/102`);
    const { status } = await waitForStatus(sup, (s) => s.reconnects >= 2, 5000);
    expect(status.lastError?.code).toBe('unreachable');
    expect(status.lastError?.vi).toMatch(/Không kết nối được/);
    expect(['backoff', 'connecting']).toContain(status.state);
  });
});
