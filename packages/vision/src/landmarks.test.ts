import { describe, expect, it } from 'vitest';
import type { Point } from './geometry.ts';
import { REFERENCE_FACIAL_POINTS, estimatePose, fivePointsFrom68 } from './landmarks.ts';

describe('fivePointsFrom68', () => {
  it('eyes from eyelid points 37,38,40,41 / 43,44,46,47, nose 30, mouth corners (48+60)/2, (54+64)/2', () => {
    const pts = Array.from({ length: 68 }, (_, i) => [i, 2 * i] as Point);
    expect(fivePointsFrom68(pts)).toEqual([[39, 78], [45, 90], [30, 60], [54, 108], [59, 118]]);
  });
});

describe('estimatePose', () => {
  it('the alignment template itself is frontal', () => {
    const p = estimatePose(REFERENCE_FACIAL_POINTS.map((q) => [q[0], q[1]] as Point));
    expect(Math.abs(p.yawDeg)).toBeLessThan(1);
    expect(Math.abs(p.pitchDeg)).toBeLessThan(1);
    expect(Math.abs(p.rollDeg)).toBeLessThan(1);
  });
  const turned: Point[] = [[40, 50], [80, 50], [70, 70], [45, 90], [75, 90]];
  it('nose half-way to the eye gives yaw asin(0.5) = 30°', () => {
    const p = estimatePose(turned);
    expect(p.yawDeg).toBeCloseTo(30, 9);
    expect(p.rollDeg).toBeCloseTo(0, 9);
    // ratio 0.5 vs frontal 20.1378/40.686 → asin(0.01008) ≈ 0.578°
    expect(p.pitchDeg).toBeCloseTo(0.578, 2);
  });
  it('is invariant to in-plane rotation (roll reported separately)', () => {
    const rot = turned.map(([x, y]) => [-y, x] as Point); // 90° about the origin
    const p = estimatePose(rot);
    expect(p.rollDeg).toBeCloseTo(90, 9);
    expect(p.yawDeg).toBeCloseTo(30, 9);
  });
});
