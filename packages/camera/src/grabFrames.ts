// "Look at the camera for a few seconds": connect once, keep frames spread over a short window, disconnect.
// Used by guided enrolment at the gate, where a teacher asks a pupil to stand in front of the camera.
// Like checkCamera there are no retries: a wrong password costs one attempt and the error comes back in plain words.
import type { CameraError } from './errors.ts';
import type { Frame } from './frameSlot.ts';
import { CameraSupervisor, type CameraSupervisorOptions } from './supervisor.ts';

export interface GrabOptions extends Omit<CameraSupervisorOptions, 'id' | 'fps'> {
  id?: string;
  /** How many frames to keep (spread evenly over `seconds`). */
  frames: number;
  seconds: number;
}

export type GrabResult =
  | { ok: true; ms: number; frames: Frame[] }
  | { ok: false; ms: number; error: CameraError };

/**
 * Resolves once `frames` frames arrived or `seconds` passed since the first one (whatever came by then),
 * or with the first connection error. ffmpeg is asked for frames/seconds fps, so frames are spread in time.
 */
export async function grabFrames(opts: GrabOptions): Promise<GrabResult> {
  const t0 = Date.now();
  const { frames: wanted, seconds, ...rest } = opts;
  const fps = Math.max(1, Math.ceil(wanted / seconds));
  const sup = new CameraSupervisor({ id: 'grab', ...rest, fps });
  const kept: Frame[] = [];
  const result = await new Promise<GrabResult>((resolve) => {
    let deadline: NodeJS.Timeout | undefined;
    const finish = (r: GrabResult) => { clearTimeout(deadline); resolve(r); };
    sup.on('frame', (frame) => {
      // The supervisor reuses nothing, but copy anyway: the caller keeps these after the camera stops.
      kept.push({ ...frame, data: Buffer.from(frame.data) });
      if (kept.length === 1) deadline = setTimeout(() => finish({ ok: true, ms: Date.now() - t0, frames: kept }), seconds * 1000 + 500);
      if (kept.length >= wanted) finish({ ok: true, ms: Date.now() - t0, frames: kept });
    });
    sup.on('state', (s) => {
      if ((s.state === 'backoff' || s.state === 'error') && s.lastError) {
        finish(kept.length ? { ok: true, ms: Date.now() - t0, frames: kept } : { ok: false, ms: Date.now() - t0, error: s.lastError });
      }
    });
    sup.start();
  });
  await sup.stop();
  return result.ok ? { ...result, frames: result.frames.slice(0, wanted) } : result;
}
