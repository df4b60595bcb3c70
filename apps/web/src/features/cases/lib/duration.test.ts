import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration.ts';

describe('formatDuration', () => {
  it('shows h:mm:ss under two days and days past that, for time left or time over', () => {
    expect(formatDuration(12 * 3_600_000)).toBe('12:00:00');
    expect(formatDuration(11 * 3_600_000 + 59 * 60_000 + 3_000)).toBe('11:59:03');
    expect(formatDuration(-(5 * 60_000 + 1_500))).toBe('0:05:01');
    expect(formatDuration(50 * 3_600_000)).toBe('2d 2h');
  });
});
