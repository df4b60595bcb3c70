import { describe, expect, it } from 'vitest';
import { applySimilarity, laplacianVariance, nms, similarityTransform, warpSimilarity, type Point } from './geometry.ts';
import { REFERENCE_FACIAL_POINTS } from './landmarks.ts';

describe('similarityTransform (least-squares, Umeyama in 2-D)', () => {
  it('recovers a known rotation + scale + translation exactly', () => {
    const th = (30 * Math.PI) / 180;
    const T = { a: 0.8 * Math.cos(th), b: 0.8 * Math.sin(th), tx: 5, ty: -3 };
    const src = REFERENCE_FACIAL_POINTS.map((p) => [p[0], p[1]] as Point);
    const got = similarityTransform(src, src.map((p) => applySimilarity(T, p)));
    expect(got.a).toBeCloseTo(T.a, 10);
    expect(got.b).toBeCloseTo(T.b, 10);
    expect(got.tx).toBeCloseTo(5, 9);
    expect(got.ty).toBeCloseTo(-3, 9);
  });
  it('two points: 90° rotation with scale 2 (worked by hand)', () => {
    const t = similarityTransform([[0, 0], [1, 0]], [[0, 0], [0, 2]]);
    expect([t.a, t.b, t.tx, t.ty].map((v) => v + 0)).toEqual([0, 2, 0, 0]);
  });
  it('never reflects: a mirrored triangle gives a = 0, b = −0.5 (hand-computed), not a mirror', () => {
    const t = similarityTransform([[0, 0], [1, 0], [0, 1]], [[0, 0], [-1, 0], [0, 1]]);
    expect(t.a).toBeCloseTo(0, 12);
    expect(t.b).toBeCloseTo(-0.5, 12);
  });
});

describe('warpSimilarity', () => {
  const img = { width: 3, height: 2, data: Uint8Array.from([10, 11, 12, 20, 21, 22, 30, 31, 32, 40, 41, 42, 50, 51, 52, 60, 61, 62]) };
  it('identity returns the same pixels', () => {
    expect(Array.from(warpSimilarity(img, { a: 1, b: 0, tx: 0, ty: 0 }, 3, 2).data)).toEqual(Array.from(img.data));
  });
  it('translation by +1 px shifts right and fills with 0 (constant border)', () => {
    const out = warpSimilarity(img, { a: 1, b: 0, tx: 1, ty: 0 }, 3, 1).data;
    expect(Array.from(out)).toEqual([0, 0, 0, 10, 11, 12, 20, 21, 22]);
  });
  it('half-pixel translation interpolates bilinearly', () => {
    const out = warpSimilarity(img, { a: 1, b: 0, tx: -0.5, ty: 0 }, 1, 1).data;
    expect(Array.from(out)).toEqual([15, 16, 17]);
  });
});

describe('nms', () => {
  it('keeps by score, drops overlaps (IoU 81/119) and boxes nested in a better one', () => {
    const A = { x1: 0, y1: 0, x2: 10, y2: 10, score: 0.9 };
    const B = { x1: 1, y1: 1, x2: 11, y2: 11, score: 0.8 };
    const C = { x1: 20, y1: 20, x2: 30, y2: 30, score: 0.95 };
    const D = { x1: 2, y1: 2, x2: 5, y2: 5, score: 0.85 }; // an "eye" inside face A
    expect(nms([B, D, A, C], 0.4)).toEqual([C, A]);
    expect(nms([B, A], 0.7)).toEqual([A]); // 0.68 ≤ 0.7 → B would survive IoU alone…
    expect(nms([B, A], 0.7, 1.01)).toEqual([A, B]); // …when containment is disabled
  });
});

describe('laplacianVariance', () => {
  const grey = (w: number, h: number, f: (x: number, y: number) => number) => {
    const d = new Uint8Array(w * h * 3);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) d.fill(f(x, y), (y * w + x) * 3, (y * w + x) * 3 + 3);
    return { width: w, height: h, data: d };
  };
  it('is 0 on a flat image', () => expect(laplacianVariance(grey(5, 5, () => 77))).toBe(0));
  it('is 1020² on a 0/255 checkerboard (±1020 at every interior pixel)', () => {
    expect(laplacianVariance(grey(4, 4, (x, y) => ((x + y) % 2 ? 255 : 0)))).toBeCloseTo(1020 * 1020, -1);
  });
});
