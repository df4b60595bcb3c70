// Exponential backoff with "full jitter" (delay drawn uniformly in [0, min(max, base * 2^attempt)]):
// after a power cut, forty cameras must not reconnect to the school NVR in lock-step.

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 30_000 };

/** Upper bound of the delay before retry number `attempt` (0 = first retry). */
export function backoffCeiling(attempt: number, opts: BackoffOptions = DEFAULT_BACKOFF): number {
  // Clamp the exponent so 2^attempt cannot overflow to Infinity after days of failures.
  return Math.min(opts.maxMs, opts.baseMs * 2 ** Math.min(attempt, 30));
}

export function backoffDelay(attempt: number, opts: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  return Math.floor(random() * backoffCeiling(attempt, opts));
}
