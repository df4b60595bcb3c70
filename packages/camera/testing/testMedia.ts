// Synthesised test video for the fake camera: 1080p main stream and 360p substream, H.264 in
// MPEG-TS, GOP 50 and no B-frames like a real IP camera. Generated on demand, never committed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestMediaOptions {
  /** Length of each file; the camera loops it. */
  seconds?: number;
  /** A real video to use instead of the moving test pattern. */
  input?: string;
  /** Also write an H.265 main stream for the /h265 mount. */
  h265?: boolean;
}

export interface TestMedia {
  dir: string;
  main: string;
  sub: string;
}

export function runFfmpeg(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn('ffmpeg', ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg ${code}: ${err.slice(-500)}`))));
  });
}

function encode(opts: TestMediaOptions, size: string, bitrate: string, codec: 'libx264' | 'libx265', out: string): Promise<void> {
  const seconds = String(opts.seconds ?? 10);
  const source = opts.input
    ? ['-stream_loop', '-1', '-i', opts.input, '-t', seconds]
    : ['-f', 'lavfi', '-i', `testsrc2=size=${size}:rate=25`, '-t', seconds];
  const gop = codec === 'libx264'
    ? ['-g', '50', '-keyint_min', '50', '-sc_threshold', '0', '-bf', '0']
    : ['-x265-params', 'keyint=50:min-keyint=50:bframes=0:scenecut=0:log-level=error'];
  return runFfmpeg([
    ...source, '-an', '-vf', `scale=${size.replace('x', ':')},fps=25,format=yuv420p`,
    '-c:v', codec, '-preset', 'veryfast', ...gop, '-b:v', bitrate, '-maxrate', bitrate, '-bufsize', bitrate,
    '-f', 'mpegts', out,
  ]);
}

/** Writes main1080.ts and sub360.ts (and main1080_h265.ts) into dir, reusing them if made with the same options. */
export async function makeTestMedia(dir: string, opts: TestMediaOptions = {}): Promise<TestMedia> {
  mkdirSync(dir, { recursive: true });
  const main = join(dir, 'main1080.ts');
  const sub = join(dir, 'sub360.ts');
  const stamp = join(dir, 'media.json');
  const key = JSON.stringify(opts);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return { dir, main, sub };
  // Test files run in parallel workers: encode under private names, then rename (atomic), so a
  // camera never replays a half-written file.
  const jobs: Array<[string, string, string, 'libx264' | 'libx265']> = [
    [main, '1920x1080', '4M', 'libx264'],
    [sub, '640x360', '512k', 'libx264'],
    ...(opts.h265 ? [[join(dir, 'main1080_h265.ts'), '1920x1080', '2M', 'libx265'] as [string, string, string, 'libx265']] : []),
  ];
  await Promise.all(jobs.map(async ([out, size, rate, codec]) => {
    const tmp = `${out}.${process.pid}.part`;
    await encode(opts, size, rate, codec, tmp);
    renameSync(tmp, out);
  }));
  writeFileSync(stamp, key);
  return { dir, main, sub };
}
