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

  it('an embedding of the wrong size is refused at load, not silently mis-scored', () => {
    expect(() => new Gallery(DIM).load([{ studentId: 'x', embedding: new Float32Array(4) }])).toThrow(/dims/);
  });
});
