import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import sharp from 'sharp';

/**
 * The demo's simulated gate camera: faces cut from the sample photos that ship with @vladmandic/face-api
 * (the only real faces available through npm) walk one by one towards a drawn school gate, growing as they
 * approach, on a loop. The video is made at first start with ffmpeg; nothing is downloaded.
 */
export const DEMO_FRAME = { width: 640, height: 360, fps: 10 };
const WALK_SECONDS = 3;
const GAP_SECONDS = 1.2;

export function sampleImagePaths(): string[] {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo');
  return [1, 2, 3, 4, 5, 6].map((i) => path.join(dir, `sample${i}.jpg`)).filter((f) => fs.existsSync(f));
}

export function gateBackground(schoolName: string, w = DEMO_FRAME.width, h = DEMO_FRAME.height) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc9e8"/><stop offset="1" stop-color="#e8f1f6"/></linearGradient></defs>
    <rect width="${w}" height="${h}" fill="url(#sky)"/>
    <rect y="${h * 0.62}" width="${w}" height="${h * 0.38}" fill="#b8b1a4"/>
    <rect x="40" y="60" width="70" height="${h * 0.62}" fill="#c9a227"/><rect x="${w - 110}" y="60" width="70" height="${h * 0.62}" fill="#c9a227"/>
    <rect x="30" y="30" width="${w - 60}" height="46" fill="#a52a2a"/>
    <text x="${w / 2}" y="62" font-family="DejaVu Sans, sans-serif" font-size="22" fill="#ffe680" text-anchor="middle">${schoolName.toUpperCase()}</text>
    <rect x="${w * 0.3}" y="${h * 0.62}" width="${w * 0.4}" height="${h * 0.38}" fill="#cfc8ba"/>
  </svg>`;
  return sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
}

/** The face with a soft oval edge, so it reads as a head in the scene rather than a pasted square. */
export async function ovalFace(face: Buffer, size: number): Promise<Buffer> {
  const mask = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><defs><filter id="f"><feGaussianBlur stdDeviation="${size / 30}"/></filter></defs>
    <ellipse cx="${size / 2}" cy="${size / 2}" rx="${size * 0.44}" ry="${size * 0.49}" fill="#fff" filter="url(#f)"/></svg>`);
  return sharp(face).resize(size, size, { fit: 'cover' }).ensureAlpha().composite([{ input: mask, blend: 'dest-in' }]).png().toBuffer();
}

/** Where a walker's face is at time t (0..1 of the walk): from small and far up the lane to large and close. */
export function walkPose(t: number, lane: number) {
  const size = Math.round(96 + 72 * t);
  const cx = DEMO_FRAME.width / 2 + lane * 40 + Math.sin(t * Math.PI * 2) * 6;
  const top = Math.round(DEMO_FRAME.height * 0.64 - t * 50 - size / 2);
  return { size, left: Math.round(cx - size / 2), top: Math.max(0, top) };
}

export interface Walker { face: Buffer; lane: number }

/** One face in one frame of a scene, in pixels of that frame. */
export interface Placement { face: Buffer; size: number; left: number; top: number }
export interface SceneSpec {
  width: number; height: number; fps: number; frames: number;
  background: Buffer; // raw RGB, width × height
  at(frame: number): Placement[]; // drawn in order: put the nearest (largest) face last
  /** mp4 for files the product plays; mpegts for the RTSP test camera (camsim replays MPEG-TS). */
  format?: 'mp4' | 'mpegts';
}

/**
 * Composites faces over a background frame by frame and encodes H.264 like a camera's substream (GOP of 2 s,
 * no B-frames). Shared by the demo's gate video and the gate benchmark's morning rush.
 */
export async function renderScene(out: string, spec: SceneSpec, onProgress?: (done: number, total: number) => void) {
  const { width, height, fps, frames } = spec;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const container = spec.format === 'mpegts' ? ['-f', 'mpegts'] : ['-movflags', '+faststart'];
  const ff = spawn('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${width}x${height}`, '-r', String(fps), '-i', '-',
    '-c:v', 'libx264', '-preset', 'veryfast', '-g', String(fps * 2), '-bf', '0', '-pix_fmt', 'yuv420p', ...container, out], { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  ff.stderr.on('data', (d) => { stderr += d; });
  const done = new Promise<void>((res, rej) => ff.on('close', (code) => (code === 0 ? res() : rej(new Error(`ffmpeg: ${stderr.trim() || code}`)))));
  // Resized oval faces are reused across frames (a walker's size changes by a pixel or two per frame).
  const sized = new Map<Buffer, Map<number, Buffer>>();
  const oval = async (face: Buffer, size: number) => {
    const bySize = sized.get(face) ?? new Map<number, Buffer>();
    sized.set(face, bySize);
    if (!bySize.has(size)) bySize.set(size, await ovalFace(face, size));
    return bySize.get(size)!;
  };
  for (let f = 0; f < frames; f++) {
    const placed = spec.at(f);
    let frame = spec.background;
    if (placed.length) {
      const layers = await Promise.all(placed.map(async (p) => ({ input: await oval(p.face, p.size), left: p.left, top: p.top })));
      frame = await sharp(spec.background, { raw: { width, height, channels: 3 } }).composite(layers).removeAlpha().raw().toBuffer();
    }
    if (!ff.stdin.write(frame)) await new Promise((r) => ff.stdin.once('drain', r));
    if (f % fps === 0) onProgress?.(f, frames);
  }
  ff.stdin.end();
  await done;
  onProgress?.(frames, frames);
}

/** Renders the demo loop: walkers one by one, each a WALK_SECONDS approach then a gap. */
export async function renderGateVideo(out: string, walkers: Walker[], schoolName: string, onProgress?: (done: number, total: number) => void) {
  const { width, height, fps } = DEMO_FRAME;
  const perWalker = Math.round((WALK_SECONDS + GAP_SECONDS) * fps);
  await renderScene(out, {
    width, height, fps, frames: perWalker * walkers.length, background: await gateBackground(schoolName),
    at(f) {
      const w = walkers[Math.floor(f / perWalker)]!;
      const t = (f % perWalker) / (WALK_SECONDS * fps);
      return t <= 1 ? [{ face: w.face, ...walkPose(t, w.lane) }] : [];
    },
  }, onProgress);
}
