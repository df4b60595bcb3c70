// Polling helpers for integration tests: wait for a condition, fail with what was last seen.
import type { CameraStatus, CameraSupervisor } from '../src/supervisor.ts';

export async function waitFor<T>(probe: () => T | undefined | false, timeoutMs: number, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Resolves with the status (and how long it took) once `pred` holds for the camera's status. */
export async function waitForStatus(cam: CameraSupervisor, pred: (s: CameraStatus) => boolean, timeoutMs: number): Promise<{ status: CameraStatus; ms: number }> {
  const t0 = Date.now();
  try {
    const status = await waitFor(() => { const s = cam.status(); return pred(s) && s; }, timeoutMs, 'camera status');
    return { status, ms: Date.now() - t0 };
  } catch (err) {
    throw new Error(`${(err as Error).message}; last status ${JSON.stringify(cam.status())}`);
  }
}
