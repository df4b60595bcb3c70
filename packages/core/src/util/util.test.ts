import { describe, expect, it } from 'vitest';
import { ageOn, parseVnDate, vnDate } from './dates.ts';
import { displayPhone, normalisePhone } from './phone.ts';
import { FREE_FAILURES_PER_ADDRESS, lockDurationMs } from '../usecases/auth/throttle.ts';

describe('phones', () => {
  it.each([
    ['0912345678', '84912345678'], ['0912 345 678', '84912345678'], ['+84 912-345-678', '84912345678'], ['84912345678', '84912345678'],
    ['0312345678', '84312345678'], ['(091) 234.5678', '84912345678'],
  ])('%s → %s', (raw, want) => expect(normalisePhone(raw)).toBe(want));
  it.each(['091234567', '09123456789', '0212345678', '02438234567', 'abc', '', '+1 650 253 0000'])('refuses %s', (raw) => expect(normalisePhone(raw)).toBeNull());
  it('reads back in the local form', () => expect(displayPhone('84912345678')).toBe('0912 345 678'));
});

describe('dates', () => {
  it('school days are Vietnam days', () => expect(vnDate(new Date('2026-11-22T18:30:00Z'))).toBe('2026-11-23'));
  it('age counts whole years', () => {
    expect(ageOn('2019-11-23', '2026-11-22')).toBe(6);
    expect(ageOn('2019-11-22', '2026-11-22')).toBe(7);
  });
  it.each([['5/9/2015', '2015-09-05'], ['05-09-2015', '2015-09-05'], ['05.09.2015', '2015-09-05'], ['2015-09-05', '2015-09-05']])('%s', (raw, iso) => expect(parseVnDate(raw)).toBe(iso));
  it.each(['31/02/2015', '2015/09/05', '5/9/15', '00/01/2015', 'hôm qua'])('refuses %s', (raw) => expect(parseVnDate(raw)).toBeNull());
});

describe('sign-in backoff', () => {
  it('allows five failures, then doubles the lock up to 15 minutes', () => {
    expect([4, 5, 6, 7].map((n) => lockDurationMs(n))).toEqual([0, 30_000, 60_000, 120_000]);
    expect(lockDurationMs(30)).toBe(15 * 60_000);
  });
  it('gives a shared school address many more free failures than one account', () => {
    expect(lockDurationMs(29, FREE_FAILURES_PER_ADDRESS)).toBe(0);
    expect(lockDurationMs(30, FREE_FAILURES_PER_ADDRESS)).toBe(30_000);
  });
});
