// One-shot "Test" button for the add-camera form: connect once, return the first frame or the
// first error in plain words, and disconnect. No retries, so a wrong password costs one attempt.
import type { CameraError } from './errors.ts';
import type { Frame } from './frameSlot.ts';
import { CameraSupervisor, type CameraSupervisorOptions } from './supervisor.ts';

export type CheckResult =
  | { ok: true; ms: number; frame: Frame }
  | { ok: false; ms: number; error: CameraError };

export async function checkCamera(opts: Omit<CameraSupervisorOptions, 'id'> & { id?: string }): Promise<CheckResult> {
  const t0 = Date.now();
  const sup = new CameraSupervisor({ id: 'check', ...opts });
  const result = await new Promise<CheckResult>((resolve) => {
    sup.once('frame', (frame) => resolve({ ok: true, ms: Date.now() - t0, frame }));
    sup.on('state', (s) => {
      if ((s.state === 'backoff' || s.state === 'error') && s.lastError) resolve({ ok: false, ms: Date.now() - t0, error: s.lastError });
    });
    sup.start();
  });
  await sup.stop();
  return result;
}
