import { describe, expect, it } from 'vitest';
import { addToCentroid, daysInWindow, DEFAULT_STRANGER_SETTINGS as S, isReturning, lingerExceeded, meanEmbedding, nearestCluster, normalise, withinSchoolHours, zoneOf } from './rules.ts';

const vec = (...xs: number[]) => normalise(Float32Array.from(xs));
// 09:00 in Hanoi is 02:00 UTC.
const nineAm = Date.parse('2026-11-23T02:00:00Z');

describe('stranger rules', () => {
  it('lingering counts only past the zone limit and within school hours', () => {
    expect(lingerExceeded('outside', nineAm, nineAm + 59_000, S)).toBe(false);
    expect(lingerExceeded('outside', nineAm, nineAm + 60_000, S)).toBe(true);
    expect(lingerExceeded('gate_lane', nineAm, nineAm + 30_000, S)).toBe(true);
    const night = Date.parse('2026-11-23T15:00:00Z'); // 22:00 in Hanoi
    expect(lingerExceeded('outside', night, night + 120_000, S)).toBe(false);
    expect(withinSchoolHours(new Date(nineAm), S.schoolHours)).toBe(true);
  });

  it('cameras without a zone: perimeter cameras watch the fence, the others the gate lane', () => {
    expect(zoneOf('perimeter', null)).toBe('perimeter');
    expect(zoneOf('entry', null)).toBe('gate_lane');
    expect(zoneOf('entry', 'inside')).toBe('inside');
  });

  it('returning means M different days within K days, repeated days on one day count once', () => {
    expect(isReturning(['2026-11-10', '2026-11-10', '2026-11-12'], '2026-11-12', S)).toBe(false);
    expect(isReturning(['2026-11-01', '2026-11-10', '2026-11-12'], '2026-11-12', S)).toBe(true);
    // 2026-10-29 is 15 days before: outside the 14-day window.
    expect(isReturning(['2026-10-29', '2026-11-10', '2026-11-12'], '2026-11-12', S)).toBe(false);
    expect(daysInWindow(['2026-11-12', '2026-10-30', '2026-10-29'], '2026-11-12', 14)).toEqual(['2026-10-30', '2026-11-12']);
  });

  it('re-identifies by the nearest centroid above the threshold, and nobody below it', () => {
    const a = { id: 'a', centroid: vec(1, 0, 0) }, b = { id: 'b', centroid: vec(0, 1, 0) };
    expect(nearestCluster(vec(0.9, 0.3, 0), [a, b], 0.45)?.cluster.id).toBe('a');
    expect(nearestCluster(vec(0, 0, 1), [a, b], 0.45)).toBeNull();
  });

  it('centroids are running means, normalised', () => {
    const c = addToCentroid(vec(1, 0), 1, vec(0, 1));
    expect(c[0]).toBeCloseTo(Math.SQRT1_2); expect(c[1]).toBeCloseTo(Math.SQRT1_2);
    const m = meanEmbedding([vec(1, 0), vec(1, 0), vec(0, 1)])!;
    expect(m[0]! > m[1]!).toBe(true);
    expect(Math.hypot(m[0]!, m[1]!)).toBeCloseTo(1);
  });
});
