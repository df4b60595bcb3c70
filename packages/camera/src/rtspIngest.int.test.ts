// Against a real RTSP server on loopback (GStreamer camsim, digest auth): streaming, fps, the
// newest-frame slot, and the errors a school meets when typing a camera in.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, makeTestMedia, startTestCamera, TEST_MEDIA_DIR, waitForStatus, type TestCamera } from '../testing/index.ts';
import { checkCamera } from './checkCamera.ts';
import { CameraSupervisor, type CameraSupervisorOptions } from './supervisor.ts';

let cam: TestCamera;
const sups: CameraSupervisor[] = [];
const supervise = (o: Partial<CameraSupervisorOptions> & Pick<CameraSupervisorOptions, 'source'>) => {
  const s = new CameraSupervisor({ id: `cam${sups.length}`, width: 640, height: 360, fps: 5, ...o });
  sups.push(s);
  s.start();
  return s;
};

beforeAll(async () => {
  const media = await makeTestMedia(TEST_MEDIA_DIR);
  cam = await startTestCamera({ port: await freePort(), user: 'admin', password: 'Truong@n 1', media: media.dir });
});
afterEach(async () => { await Promise.all(sups.splice(0).map((s) => s.stop())); });
afterAll(async () => { await cam?.stop(); });

describe('RTSP ingest', () => {
  it('streams the substream with digest auth and reports the measured fps', async () => {
    const sup = supervise({ source: { kind: 'rtsp', url: cam.url('/Streaming/Channels/102') } });
    const frames: number[] = [];
    sup.on('frame', (f) => { frames.push(f.seq); expect(f.data.length).toBe(640 * 360 * 3); });
    const { ms } = await waitForStatus(sup, (s) => s.state === 'streaming', 10_000);
    expect(ms).toBeLessThan(8000); // 3-4.5 s on real cameras (setup, probe, next key frame)
    await new Promise((r) => setTimeout(r, 3000));
    const s = sup.status();
    expect(s.fps).toBeGreaterThan(4);
    expect(s.fps).toBeLessThan(6);
    expect(s.reconnects).toBe(0);
    expect(s.lastError).toBeUndefined();
    expect(frames.length).toBeGreaterThanOrEqual(13);
  });

  it('wrong path: not_found, explained in Vietnamese and English', async () => {
    const sup = supervise({ source: { kind: 'rtsp', url: cam.url('/Streaming/Channels/999') } });
    const { status } = await waitForStatus(sup, (s) => !!s.lastError, 5000);
    expect(status.state).toBe('error');
    expect(status.lastError?.code).toBe('not_found');
    expect(status.lastError?.vi).toMatch(/đường dẫn/);
    expect(status.lastError?.detail).toMatch(/404/);
  });

  it('wrong password: auth_failed, and no second try for a minute (cameras lock accounts)', async () => {
    const sup = supervise({ source: { kind: 'rtsp', url: cam.url('/Streaming/Channels/102', { user: 'admin', password: 'wrong' }) } });
    const { status } = await waitForStatus(sup, (s) => !!s.lastError, 5000);
    expect(status.state).toBe('error');
    expect(status.lastError?.code).toBe('auth_failed');
    expect(status.lastError?.en).toBe('Wrong camera user name or password');
    expect(status.nextRetryAt! - status.lastError!.at).toBeGreaterThanOrEqual(59_000);
    await new Promise((r) => setTimeout(r, 2500));
    expect(sup.status()).toMatchObject({ state: 'error', reconnects: 0 });
  });

  it('wrong password retries when the slow-retry time has passed', async () => {
    const sup = supervise({ source: { kind: 'rtsp', url: cam.url('/Streaming/Channels/102', { user: 'admin', password: 'wrong' }) }, authRetryMs: 1000 });
    const { status } = await waitForStatus(sup, (s) => s.reconnects >= 2, 5000);
    expect(status.lastError?.code).toBe('auth_failed');
  });

  it('audio-only stream: no_video', async () => {
    const sup = supervise({ source: { kind: 'rtsp', url: cam.url('/audioonly') } });
    const { status } = await waitForStatus(sup, (s) => !!s.lastError, 8000);
    expect(status.lastError?.code).toBe('no_video');
    expect(status.state).toBe('error');
  });

  it('a slow consumer gets the newest frame and the skipped ones are counted', async () => {
    const sup = supervise({ source: { kind: 'rtsp', url: cam.url('/Streaming/Channels/102') } });
    await waitForStatus(sup, (s) => s.state === 'streaming', 10_000);
    const taken: Array<{ seq: number; ageMs: number }> = [];
    for (let i = 0; i < 4; i++) {
      const f = await sup.nextFrame();
      taken.push({ seq: f!.seq, ageMs: Date.now() - f!.at });
      await new Promise((r) => setTimeout(r, 1000)); // "inference" 5x slower than the camera
    }
    const s = sup.status();
    // Each frame handed over is about one frame interval (200 ms) old at most, never a backlog of seconds.
    for (const t of taken.slice(1)) expect(t.ageMs).toBeLessThan(400);
    // ~5 frames arrive per second and we take 1: about 4 of each 5 are dropped.
    expect(taken[3]!.seq - taken[0]!.seq).toBeGreaterThanOrEqual(12);
    expect(s.dropped).toBeGreaterThanOrEqual(10);
    expect(s.frames - s.dropped).toBeLessThanOrEqual(taken.length + 2);
  });

  it('checkCamera: one attempt, first frame or the reason', async () => {
    const good = await checkCamera({ source: { kind: 'rtsp', url: cam.url('/Streaming/Channels/102') }, width: 320, height: 180 });
    expect(good.ok && good.frame.data.length).toBe(320 * 180 * 3);
    const bad = await checkCamera({ source: { kind: 'rtsp', url: cam.url('/Streaming/Channels/102', { user: 'admin', password: 'x' }) } });
    expect(!bad.ok && bad.error.code).toBe('auth_failed');
  });
});
