import type { FaceBox } from '../ports/faceEngine.ts';

/** One face seen in one frame, with whatever the recognizer computed for it. */
export interface Observation {
  at: number; // ms since epoch
  box: FaceBox;
  frameWidth: number;
  frameHeight: number;
  quality: number;
  liveness: number | null;
  embedding: Float32Array | null;
}

export interface Track {
  id: string;
  firstSeenAt: number;
  lastSeenAt: number;
  observations: Observation[];
  /** Set once the track has produced its passage; a walk-through yields exactly one. */
  decided: boolean;
}

export interface TrackerOptions { maxMissedMs: number; minIou: number; keepBest: number; minAppearance: number; maxSizeRatio?: number }
/**
 * minAppearance: cosine similarity between a detection and the track's latest embedding below which they
 * are different people however close the boxes are (same face frame to frame ≈ 0.8–0.95, strangers ≈ 0–0.3).
 * maxSizeRatio: a face does not shrink or grow by more than this between two of its frames. The appearance gate
 * alone let a ~20 px face of the next person far up the lane join the ~90 px track of the one just passing (tiny
 * faces give noisy embeddings), so the newcomer never got a passage (gate benchmark); walking at 5 fps, even with a
 * few frames dropped, a face changes by well under 2×.
 */
export const DEFAULT_TRACKER: TrackerOptions = { maxMissedMs: 1500, minIou: 0.2, keepBest: 12, minAppearance: 0.4, maxSizeRatio: 2.5 };

const cosine = (a: Float32Array, b: Float32Array) => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!; return s; };

export function iou(a: FaceBox, b: FaceBox): number {
  const x1 = Math.max(a.x, b.x), y1 = Math.max(a.y, b.y);
  const x2 = Math.min(a.x + a.width, b.x + b.width), y2 = Math.min(a.y + a.height, b.y + b.height);
  const inter = Math.max(0, x2 - x1) * Math.max(0, y2 - y1);
  return inter / (a.width * a.height + b.width * b.height - inter || 1);
}

const centreDistance = (a: FaceBox, b: FaceBox) => Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));

/**
 * Greedy association of detections to tracks, frame by frame. At 5 fps a walking face can move more than
 * its own width between frames, so a centre-distance fallback catches what IoU misses.
 */
export class FaceTracker {
  private tracks = new Map<string, Track>();
  private seq = 0;
  constructor(private readonly cameraId: string, private readonly opts: TrackerOptions = DEFAULT_TRACKER) {}

  update(observations: Observation[]): { active: Track[]; ended: Track[] } {
    const now = observations[0]?.at;
    // Tracks gone for longer than the miss window end first, so a newcomer never inherits them.
    const ended = now === undefined ? [] : this.expire(now);
    const open = [...this.tracks.values()];
    const pairs: Array<{ t: Track; o: number; score: number }> = [];
    observations.forEach((o, oi) => {
      for (const t of open) {
        const last = t.observations[t.observations.length - 1]!;
        const overlap = iou(last.box, o.box);
        const near = centreDistance(last.box, o.box) < 1.5 * Math.max(last.box.width, o.box.width);
        const lastEmb = [...t.observations].reverse().find((x) => x.embedding)?.embedding;
        const looks = lastEmb && o.embedding && lastEmb.length === o.embedding.length ? cosine(lastEmb, o.embedding) : null;
        if (looks !== null && looks < this.opts.minAppearance) continue;
        if (Math.max(last.box.width, o.box.width) > (this.opts.maxSizeRatio ?? 2.5) * Math.min(last.box.width, o.box.width)) continue;
        if (overlap >= this.opts.minIou || near) pairs.push({ t, o: oi, score: overlap + (near ? 0.1 : 0) + (looks ?? 0) });
      }
    });
    pairs.sort((a, b) => b.score - a.score);
    const usedTracks = new Set<string>(), usedObs = new Set<number>();
    for (const p of pairs) {
      if (usedTracks.has(p.t.id) || usedObs.has(p.o)) continue;
      usedTracks.add(p.t.id); usedObs.add(p.o);
      this.add(p.t, observations[p.o]!);
    }
    observations.forEach((o, oi) => {
      if (usedObs.has(oi)) return;
      const t: Track = { id: `${this.cameraId}:${o.at}:${++this.seq}`, firstSeenAt: o.at, lastSeenAt: o.at, observations: [], decided: false };
      this.add(t, o);
      this.tracks.set(t.id, t);
    });
    return { active: [...this.tracks.values()], ended };
  }

  /** Ends tracks not seen for maxMissedMs; call on empty frames too (with the frame time). */
  expire(now: number): Track[] {
    const ended: Track[] = [];
    for (const [id, t] of this.tracks) {
      if (now - t.lastSeenAt > this.opts.maxMissedMs) { ended.push(t); this.tracks.delete(id); }
    }
    return ended;
  }

  private add(t: Track, o: Observation) {
    t.lastSeenAt = o.at;
    t.observations.push(o);
    // Keep the newest observation (for association) plus the best by quality (for recognition), bounded.
    if (t.observations.length > this.opts.keepBest) {
      const newest = t.observations.pop()!;
      t.observations.sort((a, b) => b.quality - a.quality);
      t.observations.length = this.opts.keepBest - 1;
      t.observations.sort((a, b) => a.at - b.at);
      t.observations.push(newest);
    }
  }
}
