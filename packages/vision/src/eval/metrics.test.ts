// Hand-computed expectations for the EVAL-PROTOCOL maths (worked out on paper, see comments).
import { describe, expect, it } from 'vitest';
import { apcerAt, eer, nextUp, openSetAt, rank1, tarAt, thresholdAtRate, type ProbeResult } from './metrics.ts';

describe('nextUp', () => {
  it('returns the next double', () => {
    expect(nextUp(1)).toBe(1 + 2 ** -52);
    expect(nextUp(0.5)).toBe(0.5 + 2 ** -53);
    expect(nextUp(-1)).toBe(-1 + 2 ** -53);
    expect(nextUp(0)).toBe(Number.MIN_VALUE);
    expect(nextUp(-Infinity)).toBe(-Number.MAX_VALUE);
  });
});

describe('thresholdAtRate', () => {
  const neg = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0];
  it('r=10% of N=10 → m=1 → just above the 2nd highest (0.8), one alarm', () => {
    expect(thresholdAtRate(neg, 0.1)).toEqual({ threshold: nextUp(0.8), achieved: 0.1, resolution_limited: false });
  });
  it('r·N < 1 → zero alarms allowed and flagged', () => {
    expect(thresholdAtRate(neg, 0.05)).toEqual({ threshold: nextUp(0.9), achieved: 0, resolution_limited: true });
  });
  it('ties at the cut make the achieved rate lower, never higher', () => {
    // desc = [.5,.5,.5,.1], m = 2 → t just above 0.5 → no alarm at all
    expect(thresholdAtRate([0.5, 0.5, 0.1, 0.5], 0.5)).toEqual({ threshold: nextUp(0.5), achieved: 0, resolution_limited: false });
  });
});

describe('open set', () => {
  const u = (score: number): ProbeResult => ({ known: false, score, correct: false, fta: score === -Infinity });
  const probes: ProbeResult[] = [
    u(0.9), u(0.6), u(0.3), u(-Infinity), // N=4 unknown (the FTA stays in N)
    { known: true, score: 0.95, correct: true, fta: false }, // hit
    { known: true, score: 0.6, correct: true, fta: false }, // right id but below t = nextUp(0.6)
    { known: true, score: 0.99, correct: false, fta: false }, // wrong identity
    { known: true, score: -Infinity, correct: false, fta: true }, // FTA
    { known: true, score: 0.7, correct: true, fta: false }, // hit
  ];
  it('FNIR at FPIR 25%: m=1, t=nextUp(0.6), 3 misses of 5', () => {
    const p = openSetAt(probes, 0.25);
    expect(p.threshold).toBe(nextUp(0.6));
    expect(p.fpir).toBe(0.25);
    expect(p.fnir).toBe(0.6);
    expect(p.misses).toEqual({ fta: 1, wrong_identity: 1, below_threshold: 1 });
  });
  it('rank-1 counts FTA as wrong; acquired-only excludes it', () => {
    expect(rank1(probes)).toEqual({ rank1: 0.6, rank1_acquired_only: 0.75 });
  });
});

describe('verification', () => {
  const gen = [0.9, 0.8, 0.7, 0.3];
  it('EER at the observed score with the smallest |FAR−FRR|', () => {
    // t=0.6: FAR = 1/5 (0.6), FRR = 1/4 (0.3) → gap 0.05 (t=0.5: 0.4 vs 0.25; t=0.7: 0 vs 0.25)
    expect(eer(gen, [0.6, 0.5, 0.4, 0.2, 0.1])).toEqual({ eer: 0.225, threshold: 0.6, far: 0.2, frr: 0.25 });
  });
  it('EER ties go to the lowest score', () => {
    // t=0: gap 1; t=0.5: FAR 1, FRR .5; t=1: FAR 0, FRR .5 → both gap .5, take t=0.5
    expect(eer([1, 0], [0.5])).toEqual({ eer: 0.75, threshold: 0.5, far: 1, frr: 0.5 });
  });
  const imp = [0.85, 0.6, 0.5, 0.4, 0.35, 0.2, 0.1, 0, -0.1, -Infinity];
  it('TAR at FAR 10%: t just above 0.6 accepts 3 of 4 genuine', () => {
    expect(tarAt(gen, imp, 0.1)).toMatchObject({ threshold: nextUp(0.6), far: 0.1, tar: 0.75, resolution_limited: false });
  });
  it('TAR at FAR 5% of 10 pairs is resolution limited', () => {
    expect(tarAt(gen, imp, 0.05)).toMatchObject({ threshold: nextUp(0.85), far: 0, tar: 0.25, resolution_limited: true });
  });
});

describe('presentation attack', () => {
  const bf = [0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1];
  const att = [0.85, 0.65, 0.3, 0.05];
  it('APCER at BPCER 20%: k=2 → t = 3rd lowest bona fide (0.3)', () => {
    expect(apcerAt(bf, att, 0.2)).toEqual({ threshold: 0.3, apcer: 0.75, bpcer: 0.2 });
  });
  it('BPCER 5% of 10 → k=0 → t = lowest bona fide', () => {
    expect(apcerAt(bf, att, 0.05)).toEqual({ threshold: 0.1, apcer: 0.75, bpcer: 0 });
  });
  it('BPCER 50% → t = 0.6', () => {
    expect(apcerAt(bf, att, 0.5)).toEqual({ threshold: 0.6, apcer: 0.5, bpcer: 0.5 });
  });
  it('FTA as rejected: bona fide −∞ is a BPCER error, attack −∞ never an APCER error', () => {
    expect(apcerAt([-Infinity, 0.9, 0.8, 0.7], [0.75, -Infinity], 0.25)).toEqual({ threshold: 0.7, apcer: 0.5, bpcer: 0.25 });
  });
});
