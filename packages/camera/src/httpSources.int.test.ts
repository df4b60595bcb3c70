// Snapshot polling (with Digest auth, as on Hikvision/Dahua), MJPEG over HTTP, and a local video file.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, makeTestMedia, startHttpCamera, TEST_MEDIA_DIR, waitForStatus, type HttpCamera, type TestMedia } from '../testing/index.ts';
import { CameraSupervisor } from './supervisor.ts';
import type { CameraSource } from './sources.ts';

let http: HttpCamera;
let media: TestMedia;
const sups: CameraSupervisor[] = [];
const supervise = (source: CameraSource) => {
  const s = new CameraSupervisor({ id: 'http', source, width: 320, height: 180, fps: 5 });
  sups.push(s);
  s.start();
  return s;
};

beforeAll(async () => {
  media = await makeTestMedia(TEST_MEDIA_DIR);
  http = await startHttpCamera({ port: await freePort(), video: media.sub, user: 'admin', password: 'pw12345' });
});
afterEach(async () => { await Promise.all(sups.splice(0).map((s) => s.stop())); });
afterAll(async () => { await http?.stop(); });

describe('HTTP and file sources', () => {
  it('polls digest-protected snapshots, one request per snapshot once the nonce is known', async () => {
    const r0 = http.requests;
    const sup = supervise({ kind: 'snapshot', url: `${http.base}/ISAPI/Streaming/channels/101/picture`, user: 'admin', password: 'pw12345', intervalMs: 250 });
    sup.on('frame', (f) => expect(f.data.length).toBe(320 * 180 * 3));
    await waitForStatus(sup, (s) => s.frames >= 8, 8000);
    const s = sup.status();
    expect(s.state).toBe('streaming');
    expect(http.requests - r0).toBeLessThanOrEqual(s.frames + 2); // not two requests per frame
  });

  it('snapshot with a wrong password: auth_failed, no hammering', async () => {
    const r0 = http.requests;
    const sup = supervise({ kind: 'snapshot', url: `${http.base}/cgi-bin/snapshot.cgi`, user: 'admin', password: 'nope' });
    const { status } = await waitForStatus(sup, (st) => !!st.lastError, 5000);
    expect(status).toMatchObject({ state: 'error', lastError: { code: 'auth_failed' } });
    await new Promise((r) => setTimeout(r, 1000));
    expect(http.requests - r0).toBe(2); // challenge + one wrong answer
  });

  it('snapshot at a wrong path: not_found', async () => {
    const sup = supervise({ kind: 'snapshot', url: `${http.base}/nothing.jpg`, user: 'admin', password: 'pw12345' });
    const { status } = await waitForStatus(sup, (st) => !!st.lastError, 5000);
    expect(status.lastError?.code).toBe('not_found');
  });

  it('reads MJPEG over HTTP (ffmpeg answers digest from the URL) at the configured fps', async () => {
    const sup = supervise({ kind: 'mjpeg', url: `http://admin:pw12345@127.0.0.1:${new URL(http.base).port}/mjpeg` });
    await waitForStatus(sup, (s) => s.state === 'streaming', 8000);
    await new Promise((r) => setTimeout(r, 2500));
    expect(sup.status().fps).toBeGreaterThan(4);
    expect(sup.status().fps).toBeLessThan(6);
  });

  it('MJPEG with a wrong password: auth_failed', async () => {
    const sup = supervise({ kind: 'mjpeg', url: `http://admin:bad@127.0.0.1:${new URL(http.base).port}/mjpeg` });
    const { status } = await waitForStatus(sup, (s) => !!s.lastError, 5000);
    expect(status.lastError?.code).toBe('auth_failed');
    expect(status.lastError?.detail).not.toContain('bad@'); // the password never reaches the UI
  });

  it('replays a local video file in real time for demos', async () => {
    const sup = supervise({ kind: 'file', path: media.sub });
    await waitForStatus(sup, (s) => s.state === 'streaming', 5000);
    await new Promise((r) => setTimeout(r, 2500));
    expect(sup.status().fps).toBeGreaterThan(4);
    expect(sup.status().fps).toBeLessThan(6); // paced, not decoded as fast as possible
  });

  it('a missing video file: not_found', async () => {
    const sup = supervise({ kind: 'file', path: '/nonexistent/gate.mp4' });
    const { status } = await waitForStatus(sup, (s) => !!s.lastError, 5000);
    expect(status.lastError?.code).toBe('not_found');
  });
});
