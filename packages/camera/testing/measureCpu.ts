// Measures CPU per camera (ffmpeg children only, % of one core) against the RTSP test camera.
// Run: npx tsx packages/camera/testing/measureCpu.ts [seconds]
import { ffmpegChildTicks as childTicks, TICK } from './ffmpegTicks.ts';
import { CameraSupervisor, ClipRing } from '../src/index.ts';
import { freePort, makeTestMedia, startTestCamera, TEST_MEDIA_DIR, waitFor } from './index.ts';

const seconds = Number(process.argv[2] ?? 20);
async function measure(label: string, start: () => Promise<() => Promise<void>>): Promise<void> {
  const stop = await start();
  await new Promise((r) => setTimeout(r, 5000)); // past connection and probing
  const t0 = childTicks();
  const n0 = process.cpuUsage();
  const w0 = Date.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const wall = (Date.now() - w0) / 1000;
  const pct = ((childTicks() - t0) / TICK) / wall * 100;
  const n = process.cpuUsage(n0);
  const nodePct = ((n.user + n.system) / 1e6) / wall * 100; // this whole process: frame copies, timers
  console.log(`${label.padEnd(52)} ffmpeg ${pct.toFixed(1)} %, node ${nodePct.toFixed(1)} % of one core`);
  await stop();
}

const media = await makeTestMedia(TEST_MEDIA_DIR);
const cam = await startTestCamera({ port: await freePort(), media: media.dir });
const decode = (path: string, width: number, height: number, skipLoopFilter = false) => async () => {
  const s = new CameraSupervisor({ id: 'm', source: { kind: 'rtsp', url: cam.url(path) }, width, height, fps: 5, skipLoopFilter });
  s.start();
  await waitFor(() => s.status().state === 'streaming', 15_000, 'streaming');
  return () => s.stop();
};
try {
  await measure('360p substream -> 640x360 rgb24 @ 5 fps', decode('/Streaming/Channels/102', 640, 360));
  await measure('1080p25 main -> 960x540 rgb24 @ 5 fps', decode('/Streaming/Channels/101', 960, 540));
  await measure('1080p25 main -> 960x540 @ 5 fps, skipLoopFilter', decode('/Streaming/Channels/101', 960, 540, true));
  await measure('clip ring: copy-only 2 s segments of 1080p main', async () => {
    const ring = new ClipRing({ input: { kind: 'rtsp', url: cam.url('/Streaming/Channels/101') }, dir: `/dev/shm/truongan-ring-${process.pid}`, keepSeconds: 20 });
    ring.start();
    return async () => { await ring.stop(); (await import('node:fs')).rmSync(`/dev/shm/truongan-ring-${process.pid}`, { recursive: true, force: true }); };
  });
} finally {
  await cam.stop();
}
