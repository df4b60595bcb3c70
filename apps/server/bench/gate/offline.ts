/**
 * Issue point 2 from the recorded run: single-image FNIR at FPIR 1 % (every frame on its own, best gallery match)
 * against passage-level FNIR at a 1 % unknown-as-known passage rate (decideTrack re-run over the recorded tracks
 * with its threshold swept). Both use the same people, frames and gallery.
 */
import { DEFAULT_DECISION, DEFAULT_TRACKER, decideTrack, type DecisionOptions, type Gallery, type Observation, type Track, type TrackDecision } from '@truongan/core';
import type { TrackLog, WalkerTruth } from './score.ts';
import type { Plan } from './scenario.ts';

/** EVAL-PROTOCOL threshold: the smallest float above the (m+1)-th highest unknown score, m = floor(r·N). */
export function thresholdAt(unknownScores: number[], r: number) {
  const s = [...unknownScores].sort((a, b) => b - a);
  const m = Math.floor(r * s.length);
  const t = s[m] === undefined ? -Infinity : nextUp(s[m]!);
  return { t, m, n: s.length, resolutionLimited: r * s.length < 1 };
}
const nextUp = (x: number) => { const b = new Float64Array([x]); const i = new BigInt64Array(b.buffer); i[0]! += x >= 0 ? 1n : -1n; return x === 0 ? Number.MIN_VALUE : b[0]!; };

export function singleImage(tracks: TrackLog[], walkOf: Map<string, number | null>, plan: Plan, truth: WalkerTruth[], gallery: Gallery, minQuality = 0) {
  const known: Array<{ id: string; score: number; want: string }> = [], unknown: number[] = [];
  for (const t of tracks) {
    const w = walkOf.get(t.trackId);
    if (w === null || w === undefined || plan.skip?.has(w)) continue;
    const who = truth[plan.walks[w]!.walker]!;
    for (const f of t.frames) {
      if (!f.embedding || f.quality < minQuality) continue;
      const best = gallery.search(f.embedding, 1)[0];
      if (!best) continue;
      if (who.known) known.push({ id: best.studentId, score: best.score, want: who.studentId! }); else unknown.push(best.score);
    }
  }
  const th = thresholdAt(unknown, 0.01);
  const miss = known.filter((k) => k.score < th.t || k.id !== k.want).length;
  return { frames_known: known.length, frames_unknown: unknown.length, threshold: th.t, fpir_allowed_false: th.m, fnir: miss / Math.max(1, known.length) };
}

/** Replays one recorded track frame by frame as the lane does: bounded best frames, early "known", final decision at the end. */
export function replayTrack(frames: Observation[], gallery: Gallery, o: DecisionOptions): TrackDecision[] {
  const t: Track = { id: 'replay', firstSeenAt: frames[0]!.at, lastSeenAt: frames[0]!.at, observations: [], decided: false };
  for (const f of frames) {
    t.observations.push(f);
    t.lastSeenAt = f.at;
    if (t.observations.length > DEFAULT_TRACKER.keepBest) { // same bounding as FaceTracker.add
      const newest = t.observations.pop()!;
      t.observations.sort((a, b) => b.quality - a.quality);
      t.observations.length = DEFAULT_TRACKER.keepBest - 1;
      t.observations.sort((a, b) => a.at - b.at);
      t.observations.push(newest);
    }
    const d = decideTrack(t, gallery, o, false);
    if (d) return [d];
  }
  const d = decideTrack(t, gallery, o, true);
  return d ? [d] : [];
}

/** Per walker outcome at one decision setting: hit (right student, no wrong one) / false alarm (unknown walker called known). */
function outcome(tracks: TrackLog[], walkOf: Map<string, number | null>, plan: Plan, truth: WalkerTruth[], gallery: Gallery, o: DecisionOptions) {
  const per = new Map<number, TrackDecision[]>();
  for (const t of tracks) {
    const w = walkOf.get(t.trackId);
    if (w === null || w === undefined) continue;
    per.set(w, [...(per.get(w) ?? []), ...replayTrack(t.frames, gallery, o)]);
  }
  let hits = 0, known = 0, alarms = 0, unknown = 0, spoof = 0;
  plan.walks.forEach((w, i) => {
    if (plan.skip?.has(i)) return;
    const who = truth[w.walker]!, ds = per.get(i) ?? [];
    spoof += ds.filter((d) => d.decision === 'spoof').length;
    if (who.known) { known++; if (ds.some((d) => d.decision === 'known' && d.studentId === who.studentId) && !ds.some((d) => d.decision === 'known' && d.studentId !== who.studentId)) hits++; }
    else { unknown++; if (ds.some((d) => d.decision === 'known')) alarms++; }
  });
  return { fnir: 1 - hits / Math.max(1, known), rate: alarms / Math.max(1, unknown), alarms, unknown, spoof };
}

/** Lowest passage FNIR among thresholds whose unknown-as-known rate stays within 1 % (with few unknown walkers: none at all). */
export function passageLevel(tracks: TrackLog[], walkOf: Map<string, number | null>, plan: Plan, truth: WalkerTruth[], gallery: Gallery, base: DecisionOptions = DEFAULT_DECISION) {
  let best: { threshold: number; fnir: number; rate: number } | null = null;
  const curve: Array<[number, number, number]> = [];
  for (let th = 0.2; th <= 0.8001; th += 0.01) {
    const r = outcome(tracks, walkOf, plan, truth, gallery, { ...base, threshold: th, antiSpoof: false });
    curve.push([Math.round(th * 100) / 100, r.fnir, r.rate]);
    if (r.alarms <= Math.floor(0.01 * r.unknown) && (!best || r.fnir < best.fnir)) best = { threshold: Math.round(th * 100) / 100, fnir: r.fnir, rate: r.rate };
  }
  const atDefault = outcome(tracks, walkOf, plan, truth, gallery, { ...base, antiSpoof: false });
  const withAntiSpoof = outcome(tracks, walkOf, plan, truth, gallery, { ...base, antiSpoof: true });
  return { best, at_default_threshold: { threshold: base.threshold, fnir: atDefault.fnir, rate: atDefault.rate }, anti_spoof_would_refuse: withAntiSpoof.spoof, curve };
}

/** P(X ≤ k) for X ~ Binomial(n, p), summed term by term (n is at most a few hundred walkers here). */
function binomCdf(k: number, n: number, p: number) {
  if (p <= 0) return 1;
  if (p >= 1) return k >= n ? 1 : 0;
  let term = (1 - p) ** n, sum = term;
  for (let i = 1; i <= k; i++) { term *= ((n - i + 1) / i) * (p / (1 - p)); sum += term; }
  return sum;
}

/** One-sided 95 % (Clopper–Pearson) upper bound of a rate seen as k misses out of n: 3/n-ish for k = 0. */
export function upperBound95(k: number, n: number) {
  if (n <= 0) return 1;
  let lo = k / n, hi = 1;
  for (let i = 0; i < 60; i++) { const mid = (lo + hi) / 2; if (binomCdf(k, n, mid) > 0.05) lo = mid; else hi = mid; }
  return hi;
}

/**
 * Single-image FNIR over passage FNIR, as a point estimate (null when no known walker was missed: the ratio is then
 * unbounded) and as a conservative lower bound that uses the 95 % upper bound of the passage FNIR (k misses of n walkers).
 * With 43 walkers and no miss the bound is only single / 0.067: showing "≥ 5×" with 95 % confidence at single-image
 * FNIR 0.11 needs ≥ 130 known walkers without a miss.
 */
export function passageRatio(singleFnir: number, passageFnir: number, knownWalkers: number) {
  const misses = Math.round(passageFnir * knownWalkers);
  return {
    passage_misses: misses, known_walkers: knownWalkers,
    ratio: misses === 0 ? null : Math.round((singleFnir / passageFnir) * 10) / 10,
    ratio_lower_bound_95: Math.round((singleFnir / upperBound95(misses, knownWalkers)) * 10) / 10,
  };
}
