/**
 * Ground truth for the rush: which walker each track was, and the passage figures per walker. A track belongs to the
 * walker on screen at its time on its camera; when two are (close behind), the one whose photo it resembles most.
 */
import type { PassageEvent } from '@truongan/contracts';
import type { Observation } from '@truongan/core';
import type { WalkerFace } from './dataset.ts';
import { WALK_S, type Plan } from './scenario.ts';

export interface TrackLog { camera: number; trackId: string; frames: Observation[] }
export interface PassageLog { event: PassageEvent; camera: number; firstLargeAt: number; at: number }
export interface WalkerTruth { identity: string; known: boolean; studentId: string | null }

const dot = (a: Float32Array, b: Float32Array) => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!; return s; };

/** walk index per track (null: no walker on screen then, e.g. a false detection). `t0[c]` = wall ms of video second 0 on camera c. */
export function assignTracks(plan: Plan, faces: WalkerFace[], tracks: TrackLog[], t0: number[]): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const t of tracks) {
    const from = (t.frames[0]!.at - t0[t.camera]!) / 1000, to = (t.frames[t.frames.length - 1]!.at - t0[t.camera]!) / 1000;
    // 0.8 s slack: RTSP + decode delay and the feeder starting a little after camsim's process.
    const on = plan.walks.map((w, i) => ({ w, i })).filter(({ w }) => w.camera === t.camera && w.start - 0.8 < to && w.start + WALK_S + 0.8 > from);
    if (on.length <= 1) { out.set(t.trackId, on[0]?.i ?? null); continue; }
    const looks = (i: number) => {
      const e = faces[plan.walks[i]!.walker]!.embedding;
      const embs = t.frames.filter((f) => f.embedding).map((f) => f.embedding!);
      return e && embs.length ? embs.reduce((s, x) => s + dot(x, e), 0) / embs.length : -1;
    };
    out.set(t.trackId, on.sort((a, b) => looks(b.i) - looks(a.i))[0]!.i);
  }
  return out;
}

export const pct = (xs: number[], p: number) => { if (!xs.length) return null; const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!; };

export function passageFigures(plan: Plan, truth: WalkerTruth[], passages: PassageLog[], tracks: TrackLog[], walkOf: Map<string, number | null>) {
  const byWalk = new Map<number, PassageLog[]>();
  let phantom = 0;
  passages = passages.filter((p) => !plan.skip?.has(walkOf.get(p.event.trackId) ?? -1));
  for (const p of passages) {
    const w = walkOf.get(p.event.trackId);
    if (w === undefined || w === null) { phantom++; continue; }
    byWalk.set(w, [...(byWalk.get(w) ?? []), p]);
  }
  const walks = plan.walks.map((w, i) => ({ i, truth: truth[w.walker]!, ps: byWalk.get(i) ?? [] })).filter((w) => !plan.skip?.has(w.i));
  const known = walks.filter((w) => w.truth.known), unknown = walks.filter((w) => !w.truth.known);
  const all = passages.map((p) => ({ p, w: walkOf.get(p.event.trackId) }));
  const count = (pred: (x: (typeof all)[number]) => boolean) => all.filter(pred).length;
  // Latency from the first frame in which the track's face box is >= 60 px wide (taken from every recorded frame of the
  // track, which goes on after its passage: the lane's own firstLargeAt is unset when it decides before 60 px). Negative =
  // recognised before the face was that large. Split: waiting for evidence (frames) vs computing behind the camera.
  const framesOf = new Map(tracks.map((t) => [t.trackId, t.frames]));
  const timed = passages.flatMap((p) => {
    const frames = framesOf.get(p.event.trackId) ?? [];
    const large = frames.find((f) => f.box.width >= 60)?.at ?? p.firstLargeAt;
    const seen = frames.filter((f) => f.at <= p.at);
    const lastAt = seen.length ? seen[seen.length - 1]!.at : p.at;
    return [{ known: p.event.decision === 'known', total: p.at - large, evidence: lastAt - large, lag: p.at - lastAt }];
  });
  const latency = timed.map((x) => x.total), knownLatency = timed.filter((x) => x.known).map((x) => x.total);
  const split = timed;
  const perWalker: Record<string, number> = {};
  for (const w of walks) { const k = w.ps.length >= 2 ? '2+' : String(w.ps.length); perWalker[k] = (perWalker[k] ?? 0) + 1; }
  return {
    walkers: { known: known.length, unknown: unknown.length, close_behind: plan.walks.filter((w, i) => w.closeBehind && !plan.skip?.has(i)).length, not_observed: plan.skip?.size ?? 0 },
    passages: passages.length,
    passage_recall: known.filter((w) => w.ps.some((p) => p.event.decision === 'known' && p.event.studentId === w.truth.studentId)).length / Math.max(1, known.length),
    wrong_identity_passages: count(({ p, w }) => w != null && p.event.decision === 'known' && truth[plan.walks[w]!.walker]!.known && p.event.studentId !== truth[plan.walks[w]!.walker]!.studentId),
    unknown_as_known_passages: count(({ p, w }) => w != null && p.event.decision === 'known' && !truth[plan.walks[w]!.walker]!.known),
    unknowns_correctly_unknown: unknown.filter((w) => w.ps.length > 0 && w.ps.every((p) => p.event.decision === 'unknown')).length,
    unknown_walkers_without_passage: unknown.filter((w) => w.ps.length === 0).length,
    needs_confirmation: count(({ p }) => p.event.decision === 'needs_confirmation'),
    decisions: Object.fromEntries(['known', 'unknown', 'needs_confirmation', 'spoof'].map((d) => [d, count(({ p }) => p.event.decision === d)])),
    passages_without_walker: phantom,
    passages_per_walker: perWalker,
    latency_ms: { p50: pct(latency, 50), p95: pct(latency, 95), max: pct(latency, 100), known_p50: pct(knownLatency, 50), known_p95: pct(knownLatency, 95),
      evidence_p50: pct(split.map((x) => x.evidence), 50), evidence_p95: pct(split.map((x) => x.evidence), 95),
      compute_lag_p50: pct(split.map((x) => x.lag), 50), compute_lag_p95: pct(split.map((x) => x.lag), 95),
      // For "unknown" the lag includes the tracker's 1.5 s miss window: unknown is only decided once the face has gone.
      known_compute_lag_p50: pct(split.filter((x) => x.known).map((x) => x.lag), 50), known_compute_lag_p95: pct(split.filter((x) => x.known).map((x) => x.lag), 95),
      unknown_p50: pct(split.filter((x) => !x.known).map((x) => x.total), 50), unknown_p95: pct(split.filter((x) => !x.known).map((x) => x.total), 95) },
  };
}
