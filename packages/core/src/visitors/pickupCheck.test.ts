import { describe, expect, it } from 'vitest';
import { isYoungPupil } from './pickupCheck.ts';

describe('young pupil (pick-up alert applies)', () => {
  it('is every primary pupil (grades 1–5), whatever the age', () => {
    expect(isYoungPupil(1, '2019-01-01', '2026-11-22')).toBe(true);
    expect(isYoungPupil(5, '2014-01-01', '2026-11-22')).toBe(true);
  });
  it('is any child under 11 on the day, counted by birthday', () => {
    expect(isYoungPupil(6, '2015-11-23', '2026-11-22')).toBe(true); // turns 11 tomorrow
    expect(isYoungPupil(6, '2015-11-22', '2026-11-22')).toBe(false); // 11 today
    expect(isYoungPupil(null, '2016-06-01', '2026-11-22')).toBe(true);
    expect(isYoungPupil(9, '2012-03-03', '2026-11-22')).toBe(false);
  });
});
