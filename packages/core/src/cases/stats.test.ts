import { describe, expect, it } from 'vitest';
import { aggregateCases, percentile } from './stats.ts';

describe('case statistics', () => {
  it('counts by category, school, month (Vietnam time) and status, and measures times', () => {
    const s = aggregateCases([
      { id: '1', schoolId: 'a', category: 'scam', status: 'closed', createdAt: '2026-10-31T17:30:00.000Z', firstResponseAt: '2026-10-31T19:30:00.000Z', closedAt: '2026-11-01T17:30:00.000Z' },
      { id: '2', schoolId: 'b', category: 'scam', status: 'new', createdAt: '2026-10-15T00:00:00.000Z', firstResponseAt: null, closedAt: null },
    ]);
    expect(s.byCategory).toEqual({ scam: 2 });
    expect(s.byMonth).toEqual({ '2026-11': 1, '2026-10': 1 });
    expect(s.byStatus).toEqual({ closed: 1, new: 1 });
    expect(s.firstResponseHours).toEqual({ count: 1, median: 2, p90: 2 });
    expect(s.closeHours.median).toBe(24);
  });
  it('reports no data as null, not zero', () => {
    expect(percentile([], 50)).toBeNull();
    expect(aggregateCases([]).closeHours.median).toBeNull();
  });
});
