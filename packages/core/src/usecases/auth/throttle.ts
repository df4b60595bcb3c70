import { DomainError } from '../../errors.ts';
import type { Repos } from '../../ports/repositories.ts';

/** Free failures before a key is locked; after that the lock doubles each time (30 s, 60 s, ... up to 15 min). */
export const FREE_FAILURES = 5;
const BASE_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;

/**
 * A whole school often signs in from one address behind the same router, so an address gets many more
 * free failures than one account does; it still stops a script guessing across many accounts.
 */
export const FREE_FAILURES_PER_ADDRESS = 30;
const freeFailuresFor = (key: string) => (key.startsWith('ip:') ? FREE_FAILURES_PER_ADDRESS : FREE_FAILURES);

export function lockDurationMs(failures: number, free = FREE_FAILURES): number {
  if (failures < free) return 0;
  return Math.min(BASE_LOCK_MS * 2 ** (failures - free), MAX_LOCK_MS);
}

export async function assertNotLocked(repos: Repos, keys: string[], now: Date): Promise<void> {
  for (const key of keys) {
    const t = await repos.users.getThrottle(key);
    if (t?.lockedUntil && new Date(t.lockedUntil) > now) {
      const retryAfterSeconds = Math.ceil((new Date(t.lockedUntil).getTime() - now.getTime()) / 1000);
      throw new DomainError('rate_limited',
        `Đăng nhập sai quá nhiều lần, thử lại sau ${retryAfterSeconds} giây / Too many failed attempts, try again in ${retryAfterSeconds} s`,
        { retryAfterSeconds });
    }
  }
}

export async function recordFailure(repos: Repos, keys: string[], now: Date): Promise<void> {
  for (const key of keys) {
    const t = await repos.users.getThrottle(key);
    const failures = (t?.failures ?? 0) + 1;
    const lock = lockDurationMs(failures, freeFailuresFor(key));
    await repos.users.putThrottle({ key, failures, lockedUntil: lock ? new Date(now.getTime() + lock).toISOString() : null, updatedAt: now.toISOString() });
  }
}

export async function clearFailures(repos: Repos, keys: string[]): Promise<void> {
  for (const key of keys) await repos.users.clearThrottle(key);
}
