// One connection attempt to a camera, whatever its kind: frames go to a callback, and the attempt
// ends with the reason (a CameraError) or null when we stopped it. The supervisor retries.
import { cameraError, classifyStderr, type CameraError } from './errors.ts';
import { frameReaderArgs, type SourceInput } from './ffmpegArgs.ts';
import { FfmpegProcess } from './ffmpegProcess.ts';
import { pollSnapshots } from './snapshotSource.ts';

export type CameraSource =
  | { kind: 'rtsp'; url: string; timeoutMs?: number }
  | { kind: 'mjpeg'; url: string; timeoutMs?: number; format?: 'mpjpeg' | 'mjpeg' }
  | { kind: 'snapshot'; url: string; user?: string; password?: string; intervalMs?: number; timeoutMs?: number }
  | { kind: 'file'; path: string; loop?: boolean };

export interface FrameFormat {
  width: number;
  height: number;
  fps: number;
  skipLoopFilter?: boolean;
}

export interface SourceAttempt {
  ended: Promise<CameraError | null>;
  stop(): Promise<void>;
  /** ffmpeg child pid, for tests and diagnostics (none for snapshot polling between decodes). */
  pid?: number;
}

export function ffmpegInputFor(source: Exclude<CameraSource, { kind: 'snapshot' }>): SourceInput {
  return source;
}

export function openSource(source: CameraSource, fmt: FrameFormat, onFrame: (rgb: Buffer) => void, ffmpegPath?: string): SourceAttempt {
  if (source.kind === 'snapshot') {
    const poll = pollSnapshots({
      url: source.url, user: source.user, password: source.password, timeoutMs: source.timeoutMs,
      intervalMs: source.intervalMs ?? Math.round(1000 / fmt.fps), width: fmt.width, height: fmt.height, ffmpegPath,
    }, onFrame);
    return { ended: poll.ended, stop: async () => { poll.stop(); await poll.ended; } };
  }
  const proc = new FfmpegProcess({
    ffmpegPath,
    args: frameReaderArgs(ffmpegInputFor(source), fmt),
    frameBytes: fmt.width * fmt.height * 3,
    onFrame,
  });
  const ended = proc.exited.then((exit): CameraError | null => {
    if (exit.requested) return null;
    // Exit code 0 without our asking is a failure too: that is how ffmpeg reports a dead camera.
    const { code, detail } = classifyStderr(exit.stderr);
    return cameraError(code, detail ?? `ffmpeg exited with ${exit.signal ?? exit.code}`);
  });
  return { ended, stop: async () => { await proc.stop(); }, pid: proc.pid };
}
