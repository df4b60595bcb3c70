// Event clip from the copy-only ring, recorded from the 1080p main stream of the RTSP test camera.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, makeTestMedia, startTestCamera, TEST_MEDIA_DIR, waitFor, type TestCamera } from '../testing/index.ts';
import { ClipRing } from './clipRing.ts';

let cam: TestCamera;
let ring: ClipRing | undefined;
const dir = mkdtempSync(join(tmpdir(), 'cliptest-'));

beforeAll(async () => {
  const media = await makeTestMedia(TEST_MEDIA_DIR);
  cam = await startTestCamera({ port: await freePort(), media: media.dir });
});
afterAll(async () => {
  await ring?.stop();
  await cam?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const probe = (file: string) => JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration,format_name:stream=codec_name,width,height', '-of', 'json', file]).toString());

describe('ClipRing', () => {
  it('cuts a playable ~10 s mp4 around an event, from 2 s copy-only segments', async () => {
    ring = new ClipRing({ input: { kind: 'rtsp', url: cam.url('/Streaming/Channels/101') }, dir: join(dir, 'ring'), keepSeconds: 20 });
    ring.start();
    // Enough history for 5 s before the event (connecting takes 1-4 s, more on a loaded machine).
    // The second segment's birth time is exact (the first file is opened before its first frame).
    await waitFor(() => (ring!.segments()[1]?.start ?? Infinity) < Date.now() - 5200, 20_000, '5 s of history');
    const t = Date.now();
    const clip = await ring.clip(t, join(dir, 'event.mp4'), { before: 5, after: 5 });
    const readyMs = Date.now() - t;
    expect(readyMs).toBeGreaterThanOrEqual(5000); // it waited for the 5 s after the event
    // ~7 s on an idle machine (5 s + the segment closing + probe/concat); 11 s seen at load average 12.
    expect(readyMs).toBeLessThan(15_000);
    const info = probe(clip.path);
    expect(info.format.format_name).toContain('mp4');
    expect(info.streams[0]).toMatchObject({ codec_name: 'h264', width: 1920, height: 1080 });
    expect(Number(info.format.duration)).toBeGreaterThan(9);
    expect(Number(info.format.duration)).toBeLessThan(11.5);
    expect(clip.segments.length).toBeGreaterThanOrEqual(5);
    expect(clip.to - clip.from).toBeGreaterThan(9900);
    // Decodes end to end (a broken concat fails here even when the container looks fine).
    execFileSync('ffmpeg', ['-v', 'error', '-xerror', '-i', clip.path, '-f', 'null', '-']);
  });
});
