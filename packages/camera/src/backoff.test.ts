import { describe, expect, it } from 'vitest';
import { backoffCeiling, backoffDelay } from './backoff.ts';

describe('backoff with full jitter', () => {
  const opts = { baseMs: 500, maxMs: 30_000 };

  it('doubles the ceiling per attempt up to the cap', () => {
    expect([0, 1, 2, 3, 6, 7].map((n) => backoffCeiling(n, opts))).toEqual([500, 1000, 2000, 4000, 30_000, 30_000]);
  });

  it('draws the delay uniformly between 0 and the ceiling', () => {
    expect(backoffDelay(3, opts, () => 0)).toBe(0);
    expect(backoffDelay(3, opts, () => 0.5)).toBe(2000);
    expect(backoffDelay(3, opts, () => 0.999999)).toBe(3999);
  });

  it('spreads many cameras out instead of retrying in lock-step', () => {
    const delays = Array.from({ length: 200 }, () => backoffDelay(5, opts));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThan(16_000);
    expect(new Set(delays).size).toBeGreaterThan(150);
  });

  it('stays finite after days of failures', () => {
    expect(backoffCeiling(10_000, opts)).toBe(30_000);
  });
});
