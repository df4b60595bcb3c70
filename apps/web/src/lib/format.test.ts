import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPhone, formatTime, todayIso } from './format.ts';

describe('format', () => {
  it('writes calendar dates as dd/MM/yyyy in both languages, without a time-zone shift', () => {
    expect(formatDate('2015-06-04', 'vi')).toBe('04/06/2015');
    expect(formatDate('2015-06-04', 'en')).toBe('04/06/2015');
  });

  it('writes instants in Vietnam time, date first', () => {
    expect(formatDateTime('2026-11-22T15:30:00.000Z', 'vi')).toBe('22/11/2026 22:30');
    expect(formatDateTime('2026-11-22T17:05:00.000Z', 'en')).toBe('23/11/2026 00:05');
  });

  it('writes gate times as HH:mm in Vietnam time, and knows today there', () => {
    expect(formatTime('2026-11-22T00:05:00.000Z', 'vi')).toBe('07:05');
    expect(formatTime('2026-11-22T13:41:00.000Z', 'en')).toBe('20:41');
    expect(formatTime(null, 'vi')).toBe('');
    expect(todayIso(new Date('2026-11-22T17:30:00.000Z'))).toBe('2026-11-23');
  });

  it('shows phones the local way', () => {
    expect(formatPhone('84912345678')).toBe('0912 345 678');
    expect(formatPhone(null)).toBe('');
  });
});
