/**
 * Exponential backoff with "full jitter" (AWS architecture blog): a random wait in [base·2^n / 2, base·2^n],
 * capped. Half the window is kept so a burst of failures does not retry at once, and never at zero.
 */
export interface RetryPolicy { baseMs: number; capMs: number; triesPerChannel: number; receiptTimeoutMs: number }
export const DEFAULT_RETRY: RetryPolicy = { baseMs: 2_000, capMs: 5 * 60_000, triesPerChannel: 4, receiptTimeoutMs: 90_000 };

export function backoffMs(tryNo: number, policy: Pick<RetryPolicy, 'baseMs' | 'capMs'>, random: () => number = Math.random, hintMs?: number): number {
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, tryNo - 1));
  const jittered = exp / 2 + random() * (exp / 2);
  // A provider's Retry-After is a floor, never a ceiling: retrying earlier only earns another 429.
  return Math.round(Math.max(jittered, hintMs ?? 0));
}
