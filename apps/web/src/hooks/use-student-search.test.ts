import { describe, expect, it } from 'vitest';
import { fold } from './use-student-search.ts';

describe('fold', () => {
  it('ignores diacritics and case, including đ', () => {
    expect(fold('Nguyễn Đức Khang')).toBe('nguyen duc khang');
  });
});
