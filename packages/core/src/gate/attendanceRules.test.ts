import type { DaySession } from '@truongan/contracts';
import { describe, expect, it } from 'vitest';
import { attendanceStatus, sessionAt } from './attendanceRules.ts';

const morning: DaySession = { id: 'm', schoolId: 's', name: 'morning', startsAt: '07:00', endsAt: '11:30', lateAfterMinutes: 1, absentAfterMinutes: 15 };
const afternoon: DaySession = { ...morning, id: 'a', name: 'afternoon', startsAt: '13:30', endsAt: '17:00' };
/** Vietnam time on 2026-11-23 (UTC+7). */
const vn = (hm: string, s = 0) => { const [h, m] = hm.split(':').map(Number) as [number, number]; return new Date(Date.UTC(2026, 10, 23, h - 7, m, s)); };
const facts = (entry: Date | null, over = {}) => ({ entryAt: entry, exitAt: null, excused: false, corrected: null, ...over });

describe('attendance rules', () => {
  it('on time up to the end of the first minute, late from +1 min', () => {
    expect(attendanceStatus(morning, facts(vn('06:58')), vn('07:30')).status).toBe('present');
    expect(attendanceStatus(morning, facts(vn('07:00', 59)), vn('07:30')).status).toBe('present');
    expect(attendanceStatus(morning, facts(vn('07:01')), vn('07:30'))).toEqual({ status: 'late', lateMinutes: 1 });
    expect(attendanceStatus(morning, facts(vn('07:12', 30)), vn('07:30'))).toEqual({ status: 'late', lateMinutes: 12 });
  });
  it('not yet before +15 min, absent after, excused when the family told the school', () => {
    expect(attendanceStatus(morning, facts(null), vn('07:14')).status).toBe('not_yet');
    expect(attendanceStatus(morning, facts(null), vn('07:15')).status).toBe('absent');
    expect(attendanceStatus(morning, facts(null, { excused: true }), vn('07:20')).status).toBe('excused');
  });
  it('an exit after the entry means the student has left; a teacher correction overrides everything', () => {
    expect(attendanceStatus(morning, facts(vn('06:50'), { exitAt: vn('09:00') }), vn('09:05')).status).toBe('left');
    expect(attendanceStatus(morning, facts(null, { corrected: 'present' }), vn('08:00')).status).toBe('present');
  });
  it('picks the running session, or the next, across the day', () => {
    expect(sessionAt([morning, afternoon], vn('06:30'))!.name).toBe('morning');
    expect(sessionAt([morning, afternoon], vn('12:00'))!.name).toBe('afternoon');
    expect(sessionAt([morning, afternoon], vn('18:00'))!.name).toBe('afternoon');
    expect(sessionAt([], vn('08:00'))).toBeNull();
  });
});
