import { describe, expect, it } from 'vitest';
import { decideTrack, DEFAULT_DECISION } from './decideTrack.ts';
import { Gallery } from './gallery.ts';
import type { Track } from './tracker.ts';

const DIM = 8;
const unit = (v: number[]) => { const n = Math.hypot(...v); return new Float32Array(v.map((x) => x / n)); };
/** An identity direction, and noisy views of it at a chosen cosine similarity. */
const axis = (i: number) => unit(Array.from({ length: DIM }, (_, j) => (j === i ? 1 : 0)));
const view = (i: number, cos: number, j = (i + 1) % DIM) => unit(Array.from({ length: DIM }, (_, k) => (k === i ? cos : k === j ? Math.sqrt(1 - cos * cos) : 0)));
const track = (embs: Float32Array[], liveness: number | null = 0.95, quality = 0.8): Track => ({
  id: 't', firstSeenAt: 0, lastSeenAt: embs.length * 200, decided: false,
  observations: embs.map((e, k) => ({ at: k * 200, box: { x: 0, y: 0, width: 80, height: 90 }, frameWidth: 640, frameHeight: 360, quality, liveness, embedding: e })),
});

function gallery(pairs: Array<[string, string]> = []) {
  const g = new Gallery(DIM);
  g.load([0, 1, 2, 3].map((i) => ({ studentId: `s${i}`, embedding: axis(i) })), pairs);
  return g;
}

describe('decideTrack', () => {
  it('recognises a student after two consistent confident frames, before the track ends', () => {
    const d = decideTrack(track([view(0, 0.8), view(0, 0.75)]), gallery(), DEFAULT_DECISION, false);
    expect(d).toMatchObject({ decision: 'known', studentId: 's0', votes: 2 });
  });

  it('waits rather than guessing from one frame', () => {
    expect(decideTrack(track([view(0, 0.8)]), gallery(), DEFAULT_DECISION, false)).toBeNull();
  });

  it('calls a stranger unknown, not the nearest enrolled student', () => {
    // Similar to s0 (0.40) but under the threshold on every frame: the nearest student must not be returned.
    const stranger = [view(0, 0.4, 5), view(0, 0.38, 6), view(0, 0.41, 7), view(0, 0.39, 5)];
    const d = decideTrack(track(stranger), gallery(), DEFAULT_DECISION, true)!;
    expect(d.decision).toBe('unknown');
    expect(d.studentId).toBeNull();
    expect(d.candidates[0]!.studentId).toBe('s0'); // still shown to a human as the closest, clearly labelled
  });

  it('asks for confirmation between siblings whose scores stay close', () => {
    const both = unit([0.7, 0.68, 0, 0, 0, 0, 0.2, 0]);
    const g = gallery([['s0', 's1']]);
    const d = decideTrack(track([both, both, both]), g, { ...DEFAULT_DECISION, margin: 0.01 }, true)!;
    expect(d.decision).toBe('needs_confirmation');
    expect(d.candidates.slice(0, 2).map((c) => c.studentId).sort()).toEqual(['s0', 's1']);
    // The same scores between two unrelated students pass on votes, because only siblings get the wider margin.
    expect(decideTrack(track([both, both, both]), gallery(), { ...DEFAULT_DECISION, margin: 0.01 }, true)!.decision).toBe('known');
  });

  it('refuses a printed photo held to the camera', () => {
    const d = decideTrack(track([view(0, 0.9), view(0, 0.9), view(0, 0.9)], 0.1), gallery(), DEFAULT_DECISION, false)!;
    expect(d.decision).toBe('spoof');
  });

  it('ignores blurred or tiny frames when voting, and a glimpse is not a passage', () => {
    expect(decideTrack(track([view(0, 0.9), view(0, 0.9)], 0.9, 0.03), gallery(), DEFAULT_DECISION, true)).toBeNull();
  });

  it('calls a stranger unknown while still walking, once enough clear frames agree, and never names the nearest student', () => {
    const stranger = [view(0, 0.3, 5), view(0, 0.28, 6), view(0, 0.32, 7)];
    expect(decideTrack(track(stranger.slice(0, 2)), gallery(), DEFAULT_DECISION, false)).toBeNull(); // 2 frames: too early
    const d = decideTrack(track(stranger), gallery(), DEFAULT_DECISION, false)!;
    expect(d).toMatchObject({ decision: 'unknown', studentId: null, frames: 3 });
    expect(d.candidates[0]!.studentId).toBe('s0');
  });

  it('does not call unknown early on a near miss, on small or blurred frames, on a replay, or when switched off', () => {
    const t = DEFAULT_DECISION.threshold;
    // best score just under the threshold (within unknownMargin): a bigger frame may still match, so wait
    const near = [view(0, t - 0.02, 5), view(0, t - 0.03, 6), view(0, t - 0.01, 7)];
    expect(decideTrack(track(near), gallery(), DEFAULT_DECISION, false)).toBeNull();
    expect(decideTrack(track(near), gallery(), DEFAULT_DECISION, true)!.decision).toBe('unknown'); // at the end it is unknown
    // …or once unknownPatienceFrames clear frames have all stayed under the threshold
    const patient = Array.from({ length: DEFAULT_DECISION.unknownPatienceFrames }, (_, k) => view(0, t - 0.02, 4 + (k % 4)));
    expect(decideTrack(track(patient.slice(0, -1)), gallery(), DEFAULT_DECISION, false)).toBeNull();
    expect(decideTrack(track(patient), gallery(), DEFAULT_DECISION, false)).toMatchObject({ decision: 'unknown', studentId: null });
    // one lucky frame at the threshold does not stop a patient unknown, two frames (a possible "known") do
    const oneLucky = [...patient.slice(0, -1), view(0, t + 0.01, 5)];
    expect(decideTrack(track(oneLucky), gallery(), DEFAULT_DECISION, false)?.decision).toBe('unknown');
    const stranger = [view(0, 0.3, 5), view(0, 0.28, 6), view(0, 0.32, 7)];
    // frames good enough to vote (quality ≥ minQuality) but not clear enough to rule everyone out
    const blurred = (DEFAULT_DECISION.minQuality + DEFAULT_DECISION.unknownMinQuality!) / 2;
    expect(decideTrack(track(stranger, 0.95, blurred), gallery(), DEFAULT_DECISION, false)).toBeNull();
    // one of the three frames is not live (median still live, so no spoof): only 2 clear live frames, wait
    const mixed = track(stranger);
    mixed.observations[2]!.liveness = 0.3;
    expect(decideTrack(mixed, gallery(), DEFAULT_DECISION, false)).toBeNull();
    expect(decideTrack(mixed, gallery(), { ...DEFAULT_DECISION, antiSpoof: false }, false)!.decision).toBe('unknown');
    expect(decideTrack(track(stranger), gallery(), { ...DEFAULT_DECISION, unknownMinQuality: null }, false)).toBeNull();
  });

  it('a student whose first frames are clear and matching is known, not unknown, while walking', () => {
    const d = decideTrack(track([view(1, 0.3, 5), view(1, 0.72, 6), view(1, 0.75, 7)]), gallery(), DEFAULT_DECISION, false)!;
    expect(d).toMatchObject({ decision: 'known', studentId: 's1' });
  });

  it('an embedding of the wrong size is refused at load, not silently mis-scored', () => {
    expect(() => new Gallery(DIM).load([{ studentId: 'x', embedding: new Float32Array(4) }])).toThrow(/dims/);
  });
});
