/**
 * Metric maths of EVAL-PROTOCOL.md as pure functions over score lists (unit-tested by hand).
 * Scores are JS doubles; −Infinity stands for "no face" (never accepted, always rejected).
 */

/** Smallest double strictly greater than x (nextafter(x, +∞)). */
export function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return -Number.MAX_VALUE;
  if (x === 0) return Number.MIN_VALUE; // covers −0 too
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const bits = buf.getBigUint64(0);
  buf.setBigUint64(0, x > 0 ? bits + 1n : bits - 1n);
  return buf.getFloat64(0);
}

export interface RateThreshold { threshold: number; achieved: number; resolution_limited: boolean }

/**
 * Threshold at a false-alarm rate r over negative scores: with N negatives and m = floor(r·N),
 * t = the smallest double above the (m+1)-th highest score, so at most m negatives score ≥ t.
 * When r·N < 1 only zero false alarms can be allowed (resolution_limited). If m ≥ N every
 * negative may pass: t = −Infinity.
 */
export function thresholdAtRate(negatives: readonly number[], rate: number): RateThreshold {
  const n = negatives.length;
  if (n === 0) return { threshold: -Infinity, achieved: 0, resolution_limited: true };
  const m = Math.floor(rate * n);
  const desc = [...negatives].sort((a, b) => b - a);
  const threshold = m >= n ? -Infinity : nextUp(desc[m]!);
  const achieved = negatives.filter((s) => s >= threshold).length / n;
  return { threshold, achieved, resolution_limited: rate * n < 1 };
}

export interface ProbeResult {
  /** true = identity enrolled (known probe); false = unknown probe. */
  known: boolean;
  /** best identity's score (−Infinity for FTA or when no template exists). */
  score: number;
  /** whether the best identity is the probe's own (always false for unknown probes and FTAs). */
  correct: boolean;
  fta: boolean;
}

export interface OpenSetPoint extends RateThreshold {
  fpir: number; fnir: number;
  misses: { fta: number; wrong_identity: number; below_threshold: number };
}

/**
 * FNIR at FPIR = r. Misses are split exclusively: FTA first, then a wrong best identity (whatever
 * its score), then a right identity scoring below t.
 */
export function openSetAt(probes: readonly ProbeResult[], rate: number): OpenSetPoint {
  const unknown = probes.filter((p) => !p.known).map((p) => p.score);
  const known = probes.filter((p) => p.known);
  const t = thresholdAtRate(unknown, rate);
  let fta = 0, wrong = 0, below = 0;
  for (const p of known) {
    if (p.fta) fta++;
    else if (!p.correct) wrong++;
    else if (p.score < t.threshold) below++;
  }
  const kn = known.length || 1;
  return { ...t, fpir: t.achieved, fnir: (fta + wrong + below) / kn, misses: { fta, wrong_identity: wrong, below_threshold: below } };
}

export function rank1(probes: readonly ProbeResult[]): { rank1: number; rank1_acquired_only: number } {
  const known = probes.filter((p) => p.known);
  const acquired = known.filter((p) => !p.fta);
  const right = known.filter((p) => p.correct && !p.fta).length;
  return { rank1: known.length ? right / known.length : 0, rank1_acquired_only: acquired.length ? right / acquired.length : 0 };
}

/** FAR = P(impostor ≥ t), FRR = P(genuine < t). */
export function farFrr(genuine: readonly number[], impostor: readonly number[], t: number): { far: number; frr: number } {
  return {
    far: impostor.length ? impostor.filter((s) => s >= t).length / impostor.length : 0,
    frr: genuine.length ? genuine.filter((s) => s < t).length / genuine.length : 0,
  };
}

/** Index of the first element ≥ t in an ascending array. */
function lowerBound(asc: readonly number[], t: number): number {
  let lo = 0, hi = asc.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (asc[mid]! < t) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * EER = (FAR + FRR) / 2 at the observed score (any genuine or impostor score) where |FAR − FRR| is
 * smallest; ties go to the lowest such score.
 */
export function eer(genuine: readonly number[], impostor: readonly number[]): { eer: number; threshold: number; far: number; frr: number } {
  const g = [...genuine].sort((a, b) => a - b);
  const im = [...impostor].sort((a, b) => a - b);
  const cands = [...new Set([...g, ...im])].sort((a, b) => a - b);
  let best = { eer: NaN, threshold: NaN, far: NaN, frr: NaN, gap: Infinity };
  for (const t of cands) {
    const far = im.length ? (im.length - lowerBound(im, t)) / im.length : 0;
    const frr = g.length ? lowerBound(g, t) / g.length : 0;
    const gap = Math.abs(far - frr);
    if (gap < best.gap) best = { eer: (far + frr) / 2, threshold: t, far, frr, gap };
  }
  const { gap: _gap, ...rest } = best;
  return rest;
}

export interface VerificationPoint extends RateThreshold { far: number; tar: number }

/** TAR at FAR = r, threshold by the same rule as FPIR over impostor pairs. */
export function tarAt(genuine: readonly number[], impostor: readonly number[], rate: number): VerificationPoint {
  const t = thresholdAtRate(impostor, rate);
  const tar = genuine.length ? genuine.filter((s) => s >= t.threshold).length / genuine.length : 0;
  return { ...t, far: t.achieved, tar };
}

export interface PadPoint { threshold: number; apcer: number; bpcer: number }

/**
 * APCER at BPCER = b: the highest t with P(bona fide < t) ≤ b. With bona fide scores ascending and
 * k = floor(b·N), that is the (k+1)-th smallest bona fide score (nothing strictly below it exceeds k).
 */
export function apcerAt(bonafide: readonly number[], attack: readonly number[], b: number): PadPoint {
  const asc = [...bonafide].sort((x, y) => x - y);
  const k = Math.floor(b * asc.length);
  const threshold = k >= asc.length ? Infinity : asc[k]!;
  const { far, frr } = farFrr(bonafide, attack, threshold);
  return { threshold, apcer: far, bpcer: frr };
}
