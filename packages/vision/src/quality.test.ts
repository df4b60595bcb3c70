import { describe, expect, it } from 'vitest';
import { assessQuality, DEFAULT_QUALITY } from './quality.ts';

const ok = { sizePx: 96, yawDeg: 15, pitchDeg: 0, blur: 90, liveness: 0.9, multipleFaces: false };

describe('assessQuality', () => {
  it('scores size 1 × pose (1 − 15/60) × sharpness 90/180 = 0.375, no issues', () => {
    expect(assessQuality(ok, DEFAULT_QUALITY)).toMatchObject({ score: 0.375, issues: [] });
  });
  it('flags every limit it crosses', () => {
    const q = assessQuality({ sizePx: 30, yawDeg: -45, pitchDeg: 0, blur: 10, liveness: 0.1, multipleFaces: true }, DEFAULT_QUALITY);
    expect(q.issues).toEqual(['too_small', 'blurry', 'not_frontal', 'multiple_faces', 'spoof']);
  });
  it('no liveness model → never "spoof"', () => {
    expect(assessQuality({ ...ok, liveness: null }).issues).toEqual([]);
  });
});

describe('roll', () => {
  it('a head tilted beyond maxRollDeg is not frontal', () => {
    expect(assessQuality({ ...ok, rollDeg: 45 }).issues).toEqual(['not_frontal']);
    expect(assessQuality({ ...ok, rollDeg: -20 }).issues).toEqual([]);
  });
});
