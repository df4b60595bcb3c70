// HTTP snapshot polling: for cameras (or NVR channels) that give JPEGs but no usable stream.
// Each JPEG is decoded by a short ffmpeg run: a long-lived image2pipe decoder lags two snapshots
// behind (its parser waits for the next JPEG's start marker), which is worse at 1 fps.
import { DigestFetcher } from './digestAuth.ts';
import { cameraError, classifyHttpStatus, classifyNodeError, type CameraError } from './errors.ts';
import { globalArgs } from './ffmpegArgs.ts';
import { FfmpegProcess } from './ffmpegProcess.ts';

export interface SnapshotPollOptions {
  url: string;
  user?: string;
  password?: string;
  intervalMs: number;
  width: number;
  height: number;
  timeoutMs?: number;
  ffmpegPath?: string;
}

export async function decodeJpeg(jpeg: Buffer, width: number, height: number, ffmpegPath?: string): Promise<Buffer> {
  let frame: Buffer | undefined;
  const p = new FfmpegProcess({
    ffmpegPath,
    args: [...globalArgs({ stdin: true }), '-f', 'jpeg_pipe', '-i', 'pipe:0', '-frames:v', '1',
      '-vf', `scale=${width}:${height}`, '-pix_fmt', 'rgb24', '-f', 'rawvideo', 'pipe:1'],
    stdin: true,
    frameBytes: width * height * 3,
    onFrame: (d) => (frame = d),
  });
  p.stdin!.end(jpeg);
  const exit = await p.exited;
  if (!frame) throw Object.assign(new Error(exit.stderr.at(-1) ?? 'cannot decode JPEG'), { code: 'EDECODE' });
  return frame;
}

/** Poll until stopped or until an error; resolves with the error (null when stopped). */
export function pollSnapshots(opts: SnapshotPollOptions, onFrame: (rgb: Buffer) => void): { ended: Promise<CameraError | null>; stop(): void } {
  const abort = new AbortController();
  const fetcher = new DigestFetcher(opts.user, opts.password);
  const sleep = (ms: number) => new Promise<void>((r) => {
    const t = setTimeout(r, ms);
    abort.signal.addEventListener('abort', () => { clearTimeout(t); r(); }, { once: true });
  });
  const ended = (async (): Promise<CameraError | null> => {
    while (!abort.signal.aborted) {
      const started = Date.now();
      try {
        const signal = AbortSignal.any([abort.signal, AbortSignal.timeout(opts.timeoutMs ?? 5000)]);
        const res = await fetcher.fetch(opts.url, { signal });
        if (!res.ok) {
          await res.body?.cancel();
          return cameraError(classifyHttpStatus(res.status), `HTTP ${res.status}`);
        }
        const jpeg = Buffer.from(await res.arrayBuffer());
        if (abort.signal.aborted) break;
        let rgb: Buffer;
        try {
          rgb = await decodeJpeg(jpeg, opts.width, opts.height, opts.ffmpegPath);
        } catch (err) {
          return cameraError('unsupported', (err as Error).message);
        }
        if (abort.signal.aborted) break;
        onFrame(rgb);
      } catch (err) {
        if (abort.signal.aborted) break;
        return cameraError(classifyNodeError(err), (err as Error).message);
      }
      await sleep(Math.max(0, opts.intervalMs - (Date.now() - started)));
    }
    return null;
  })();
  return { ended, stop: () => abort.abort() };
}
