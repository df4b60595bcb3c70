import { describe, expect, it } from 'vitest';
import { assertDiscipline, assertTransition } from './workflow.ts';
import { caseClocks, overdueClocks } from './policy.ts';

describe('case workflow', () => {
  it('moves forward one step and refuses skipping or leaving closed', () => {
    expect(() => assertTransition('new', 'triaged')).not.toThrow();
    expect(() => assertTransition('new', 'resolved')).toThrow(/Cannot move/);
    expect(() => assertTransition('closed', 'in_progress')).toThrow(/Cannot move/);
    expect(() => assertTransition('resolved', 'in_progress')).not.toThrow();
  });
  it('closes only with a reason', () => {
    expect(() => assertTransition('in_progress', 'closed')).toThrow(/reason/);
    expect(() => assertTransition('in_progress', 'closed', 'handled with the family')).not.toThrow();
  });
});

describe('TT 19/2025 discipline', () => {
  it('allows apology only for primary pupils and criticism only above primary', () => {
    expect(assertDiscipline('apology', 'primary')).toBe('apology');
    expect(() => assertDiscipline('apology', 'lower_secondary')).toThrow(/TT 19\/2025/);
    expect(assertDiscipline('self_assessment', 'upper_secondary')).toBe('self_assessment');
    expect(() => assertDiscipline('criticism', 'primary')).toThrow();
  });
  it('refuses suspension and expulsion by name', () => {
    for (const o of ['suspension', 'expulsion', 'đình chỉ']) expect(() => assertDiscipline(o, 'lower_secondary')).toThrow(/no suspension, no expulsion/);
  });
});

describe('clocks', () => {
  it('abuse gets a 12-hour intervention clock, scams do not', () => {
    const t = new Date('2026-11-01T00:00:00Z');
    expect(caseClocks('abuse_sexual', t).interventionDueAt).toBe('2026-11-01T12:00:00.000Z');
    expect(caseClocks('scam', t).interventionDueAt).toBeNull();
    const clocks = caseClocks('online_grooming', t);
    expect(overdueClocks({ status: 'new', firstResponseAt: null, closedAt: null, resolvedAt: null }, clocks, new Date('2026-11-01T13:00:00Z')))
      .toEqual(['first_response', 'intervention']);
  });
});
