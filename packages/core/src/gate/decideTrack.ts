import type { PassageDecision } from '@truongan/contracts';
import type { Candidate, Gallery } from './gallery.ts';
import type { Track } from './tracker.ts';

/**
 * Open-set decision over the frames of one walk-through. A frame votes for an identity only when its best
 * score clears the threshold AND beats the runner-up by a margin; the track becomes "known" only with enough
 * consistent votes. Anything else is "unknown" — never the nearest enrolled student. Siblings and twins whose
 * scores stay close become "needs_confirmation" for a person to decide.
 */
export interface DecisionOptions {
  threshold: number;        // cosine similarity a frame must reach to count as a match
  margin: number;           // best minus second-best identity
  minVotes: number;         // consistent frames needed for "known"
  minFramesForUnknown: number; // good frames needed before calling a face unknown
  /**
   * Early "unknown" while the person is still walking: once `minFramesForUnknown` frames of at least this quality
   * (and live, when anti-spoof is on) are in and no good frame's best score reached threshold − unknownMargin
   * (see earlyUnknown for near misses).
   * null = only decide "unknown" when the track ends (then the miss window adds 1.5 s to every unknown passage).
   */
  unknownMinQuality: number | null;
  unknownMargin: number;      // early unknown needs every score this far below the threshold: near misses wait…
  unknownPatienceFrames: number; // …until this many clear frames have come in without a single one reaching the threshold
  minQuality: number;       // frames below this quality do not vote
  siblingMargin: number;    // confusable pairs need this much separation (mean over frames)
  livenessThreshold: number; // median liveness below this → presentation attack
  /** Off only for sources that are recordings by nature (demo video files, composited benchmark video). */
  antiSpoof: boolean;
}

/**
 * threshold and minQuality come from the gate benchmark (docs/gate.md): at 0.45, 14 % of never-enrolled walkers became
 * a student's passage on composited 640×360 gate video; at 0.50, 0–8 % (one look-alike identity); at 0.52, none in
 * four runs with the same passage recall. A 0.12 quality floor threw away small but well-matching frames (codec blur
 * caps the sharpness factor), missing walkers without stopping any false match. The early-unknown values (clear frame
 * quality 0.1, 0.1 under the threshold, patience 6) brought "unknown" p95 from ~3.8 s to < 1 s with no known walker
 * called unknown in those runs. Few people were measured, all on still photos: re-check on a school's own cameras.
 */
export const DEFAULT_DECISION: DecisionOptions = {
  threshold: 0.52, margin: 0.05, minVotes: 2, minFramesForUnknown: 3, minQuality: 0.05, siblingMargin: 0.08, livenessThreshold: 0.5, antiSpoof: true,
  unknownMinQuality: 0.1, unknownMargin: 0.1, unknownPatienceFrames: 6,
};

export interface TrackDecision {
  decision: PassageDecision;
  studentId: string | null;
  candidates: Candidate[];
  score: number;
  margin: number;
  votes: number;
  frames: number;
  quality: number;
  liveness: number | null;
}

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN; };

/** `final` = the track has ended; before that only a confident "known" (or a clear attack) is returned early. */
export function decideTrack(track: Track, gallery: Gallery, o: DecisionOptions, final: boolean): TrackDecision | null {
  const good = track.observations.filter((x) => x.embedding && x.quality >= o.minQuality);
  const lives = track.observations.map((x) => x.liveness).filter((x): x is number => x !== null);
  const liveness = lives.length ? median(lives) : null;
  const perFrame = good.map((x) => gallery.search(x.embedding!, 3));
  const votes = new Map<string, number>();
  const sums = new Map<string, { total: number; n: number }>();
  for (const cands of perFrame) {
    for (const c of cands) { const s = sums.get(c.studentId) ?? { total: 0, n: 0 }; s.total += c.score; s.n++; sums.set(c.studentId, s); }
    const [a, b] = cands;
    if (a && a.score >= o.threshold && a.score - (b?.score ?? -1) >= o.margin) votes.set(a.studentId, (votes.get(a.studentId) ?? 0) + 1);
  }
  // Mean over all good frames (a missing score counts as -1), so one lucky frame cannot carry an identity.
  const mean = (id: string) => ((sums.get(id)?.total ?? 0) + (good.length - (sums.get(id)?.n ?? 0)) * -1) / Math.max(good.length, 1);
  const ranked = [...sums.keys()].map((studentId) => ({ studentId, score: mean(studentId) })).sort((x, y) => y.score - x.score).slice(0, 5);
  const top = ranked[0], second = ranked[1];
  const quality = good.length ? Math.max(...good.map((x) => x.quality)) : 0;
  const base = { candidates: ranked, frames: good.length, quality, liveness, margin: top ? top.score - (second?.score ?? -1) : 0 };

  if (o.antiSpoof && liveness !== null && lives.length >= 2 && liveness < o.livenessThreshold) {
    return { ...base, decision: 'spoof', studentId: null, score: top?.score ?? 0, votes: 0 };
  }
  const [leader, leaderVotes = 0] = [...votes].sort((x, y) => y[1] - x[1])[0] ?? [];
  const runnerVotes = [...votes].sort((x, y) => y[1] - x[1])[1]?.[1] ?? 0;
  if (leader && leaderVotes >= o.minVotes && leaderVotes >= 2 * runnerVotes) {
    const rival = ranked.find((c) => c.studentId !== leader);
    if (rival && gallery.isConfusable(leader, rival.studentId) && mean(leader) - rival.score < o.siblingMargin) {
      return final ? { ...base, decision: 'needs_confirmation', studentId: null, score: mean(leader), votes: leaderVotes } : null;
    }
    return { ...base, decision: 'known', studentId: leader, score: mean(leader), votes: leaderVotes };
  }
  if (!final) return earlyUnknown(track, good, perFrame, o) ? { ...base, decision: 'unknown', studentId: null, score: top?.score ?? 0, votes: 0 } : null;
  if (good.length < o.minFramesForUnknown && track.observations.length < o.minFramesForUnknown) return null; // a glimpse, not a passage
  // Close but not conclusive between two people: let a person confirm rather than guess.
  if (leader && top && second && top.score >= o.threshold && top.score - second.score < o.margin) {
    return { ...base, decision: 'needs_confirmation', studentId: null, score: top.score, votes: leaderVotes };
  }
  return { ...base, decision: 'unknown', studentId: null, score: top?.score ?? 0, votes: leaderVotes };
}

/**
 * "Nobody enrolled" can be said before the face leaves once enough clear frames agree: every good frame's best score
 * stays clearly under the threshold and enough of them are large, sharp and live. A near miss (a score within
 * unknownMargin of the threshold, or one lucky frame at it) waits for unknownPatienceFrames clear frames.
 * Without this an unknown waited for the track to end: the rest of the walk plus the 1.5 s miss window (gate p95 ~4 s).
 */
function earlyUnknown(track: Track, good: Track['observations'], perFrame: Candidate[][], o: DecisionOptions): boolean {
  if (o.unknownMinQuality === null || track.observations.length === 0) return false;
  const highest = Math.max(-1, ...perFrame.map((c) => c[0]?.score ?? -1));
  const votes = perFrame.filter((c) => (c[0]?.score ?? -1) >= o.threshold).length;
  if (votes >= o.minVotes) return false; // two frames matched someone: leave it to "known" / the end of the track
  const live = (l: number | null) => !o.antiSpoof || l === null || l >= o.livenessThreshold;
  const clear = good.filter((x) => x.quality >= o.unknownMinQuality! && live(x.liveness)).length;
  return clear >= (highest < o.threshold - o.unknownMargin ? o.minFramesForUnknown : o.unknownPatienceFrames);
}
