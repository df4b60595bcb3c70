import { describe, expect, it } from 'vitest';
import { FaceTracker, iou, type Observation } from './tracker.ts';

const obs = (at: number, x: number, y = 100, w = 60, quality = 0.5): Observation => ({ at, box: { x, y, width: w, height: w }, frameWidth: 640, frameHeight: 360, quality, liveness: null, embedding: null });

describe('FaceTracker', () => {
  it('keeps one track for one person walking across the frame at 5 fps', () => {
    const t = new FaceTracker('cam');
    let ids = new Set<string>();
    for (let k = 0; k < 10; k++) ids = new Set([...ids, ...t.update([obs(k * 200, 50 + k * 45)]).active.map((x) => x.id)]);
    expect(ids.size).toBe(1);
  });

  it('separates two people walking side by side', () => {
    const t = new FaceTracker('cam');
    for (let k = 0; k < 5; k++) t.update([obs(k * 200, 50 + k * 10), obs(k * 200, 400 + k * 10)]);
    expect(t.update([obs(1000, 100), obs(1000, 450)]).active).toHaveLength(2);
  });

  it('does not hand a finished walker\'s track to the next person, even right behind them', () => {
    const t = new FaceTracker('cam');
    const a = new Float32Array([1, 0, 0]), b = new Float32Array([0, 1, 0]);
    const first = t.update([{ ...obs(0, 300), embedding: a }]).active[0]!.id;
    const next = t.update([{ ...obs(400, 310), embedding: b }]).active;
    expect(next).toHaveLength(2);
    expect(next.find((x) => x.observations.at(-1)!.embedding === b)!.id).not.toBe(first);
    // After the miss window the first track ends before the new frame is associated.
    const later = t.update([{ ...obs(3000, 300), embedding: a }]);
    expect(later.ended.map((x) => x.id)).toContain(first);
  });

  it('a small face far up the lane is the next person, not the large one just passing', () => {
    const t = new FaceTracker('cam');
    const e = new Float32Array([1, 0, 0]); // same (noisy) embedding: only the size tells them apart
    const near = t.update([{ ...obs(0, 280, 150, 90), embedding: e }]).active[0]!.id;
    const next = t.update([{ ...obs(400, 300, 110, 21), embedding: e }]).active;
    expect(next.find((x) => x.observations.at(-1)!.box.width === 21)!.id).not.toBe(near);
  });

  it('ends a track after the person has been gone for the miss window', () => {
    const t = new FaceTracker('cam', { maxMissedMs: 1000, minIou: 0.2, keepBest: 12, minAppearance: 0.4 });
    t.update([obs(0, 100)]);
    expect(t.expire(900)).toHaveLength(0);
    expect(t.expire(1100)).toHaveLength(1);
  });

  it('keeps the best frames and the newest one, bounded', () => {
    const t = new FaceTracker('cam', { maxMissedMs: 1000, minIou: 0.2, keepBest: 4, minAppearance: 0.4 });
    let tr;
    for (let k = 0; k < 20; k++) tr = t.update([obs(k * 100, 100 + k, 100, 60, k === 3 ? 0.99 : 0.1)]).active[0]!;
    expect(tr!.observations).toHaveLength(4);
    expect(tr!.observations.some((o) => o.quality === 0.99)).toBe(true);
    expect(tr!.observations.at(-1)!.at).toBe(1900);
  });

  it('iou', () => {
    expect(iou({ x: 0, y: 0, width: 10, height: 10 }, { x: 0, y: 0, width: 10, height: 10 })).toBe(1);
    expect(iou({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 0, width: 10, height: 10 })).toBeCloseTo(1 / 3);
    expect(iou({ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 0, width: 10, height: 10 })).toBe(0);
  });
});
