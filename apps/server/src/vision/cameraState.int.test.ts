import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, makeTestMedia, startTestCamera, TEST_MEDIA_DIR, type TestCamera } from '@truongan/camera/testing';
import { DEMO } from '../demo/seed.ts';
import { startHarness, type ApiClient, type Harness } from '../testing/harness.ts';
import { startVisionRole } from './visionRole.ts';

// Issue 3, point 4 from the product's side: a camera configured through the HTTP API, watched by the real vision
// role, loses its RTSP server; the camera list says so in plain words within the watchdog time and recovers alone.
const WATCHDOG_MS = 3000; // CameraSupervisor's default: what a school gets

let h: Harness;
let principal: ApiClient, guard: ApiClient;
let cam: TestCamera;
let port: number;
let media: string;
let role: Awaited<ReturnType<typeof startVisionRole>>;
let cameraId: string;

const stateOf = async () => {
  const r = await guard.get(`/api/schools/${DEMO.school}/cameras`);
  return r.body.find((c: { id: string }) => c.id === cameraId)?.state as { state: string; lastError: { code: string; vi: string; en: string } | null; reconnects: number } | null;
};
async function until(pred: (s: NonNullable<Awaited<ReturnType<typeof stateOf>>>) => boolean, ms: number, what: string) {
  const t0 = Date.now();
  let last: Awaited<ReturnType<typeof stateOf>> = null;
  const deadline = t0 + ms;
  while (Date.now() < deadline) {
    last = await stateOf();
    if (last && pred(last)) return { state: last, ms: Date.now() - t0 };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}; last ${JSON.stringify(last)}`);
}

beforeAll(async () => {
  media = (await makeTestMedia(TEST_MEDIA_DIR)).dir;
  port = await freePort();
  cam = await startTestCamera({ port, media });
  h = await startHarness();
  principal = await h.signIn('hieutruong');
  guard = await h.signIn('baove');
  const r = await principal.post(`/api/schools/${DEMO.school}/cameras`, {
    name: 'Cổng phụ – thử nghiệm', kind: 'rtsp', role: 'entry', url: cam.url('/Streaming/Channels/102'), fps: 5,
  });
  expect(r.status).toBe(200);
  cameraId = r.body.id;
  role = await startVisionRole(h.ctx.deps, { workers: 1 });
  h.ctx.cameraStates = role.states;
}, 120_000);

afterAll(async () => {
  await role?.stop();
  await cam?.stop();
  await h?.close();
});

describe('camera state through the API', () => {
  it('streams, says in plain words when the RTSP server dies, and recovers by itself', async () => {
    await until((s) => s.state === 'streaming', 25_000, 'streaming');

    await cam.kill();
    const down = await until((s) => s.state !== 'streaming' && s.lastError !== null, WATCHDOG_MS + 1000, 'leaving streaming');
    expect(down.ms).toBeLessThanOrEqual(WATCHDOG_MS + 1000);
    expect(['connecting', 'backoff']).toContain(down.state.state);
    // Plain words in both languages, not a bare code or an ffmpeg message.
    expect(down.state.lastError!.vi.length).toBeGreaterThan(15);
    expect(down.state.lastError!.en).toMatch(/[a-z]+ [a-z]+/i);
    expect(down.state.lastError!.en).not.toMatch(/ffmpeg|exit code/i);
    const failed = await until((s) => s.lastError?.code === 'unreachable', 10_000, 'unreachable');
    expect(failed.state.lastError!.en).toMatch(/camera/i);

    cam = await startTestCamera({ port, media });
    const back = await until((s) => s.state === 'streaming', 30_000, 'recovered');
    expect(back.state.reconnects).toBeGreaterThan(0);
  }, 60_000);
});
