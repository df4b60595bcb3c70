/**
 * Pure geometry and pixel maths for the face pipeline (no I/O, no models): unit-testable.
 */
import type { RgbImage } from './image.ts';

export type Point = [number, number];

/** 2-D similarity x' = s·R·x + t stored as [a, -b, tx; b, a, ty] with a = s·cosθ, b = s·sinθ. */
export interface Similarity { a: number; b: number; tx: number; ty: number }

/**
 * Least-squares similarity transform from src to dst points (Umeyama 1991, restricted to 2-D).
 * In 2-D the SVD solution with the reflection guard reduces to this closed form: treat points as
 * complex numbers; the optimal a+ib = Σ conj(src_c)·dst_c / Σ |src_c|². Unlike the package's
 * 3-point affine, it cannot shear a non-frontal face and uses all five points.
 */
export function similarityTransform(src: readonly Point[], dst: readonly Point[]): Similarity {
  if (src.length !== dst.length || src.length < 2) throw new Error('similarityTransform: need ≥2 matching points');
  const n = src.length;
  let sx = 0, sy = 0, dx = 0, dy = 0;
  for (let i = 0; i < n; i++) { sx += src[i]![0]; sy += src[i]![1]; dx += dst[i]![0]; dy += dst[i]![1]; }
  sx /= n; sy /= n; dx /= n; dy /= n;
  let num_a = 0, num_b = 0, den = 0;
  for (let i = 0; i < n; i++) {
    const x = src[i]![0] - sx, y = src[i]![1] - sy;
    const u = dst[i]![0] - dx, v = dst[i]![1] - dy;
    num_a += x * u + y * v;
    num_b += x * v - y * u;
    den += x * x + y * y;
  }
  if (den === 0) throw new Error('similarityTransform: degenerate source points');
  const a = num_a / den, b = num_b / den;
  return { a, b, tx: dx - (a * sx - b * sy), ty: dy - (b * sx + a * sy) };
}

export function applySimilarity(t: Similarity, p: Point): Point {
  return [t.a * p[0] - t.b * p[1] + t.tx, t.b * p[0] + t.a * p[1] + t.ty];
}

/**
 * Bilinear sample of all 3 channels at (x, y) (pixel-index coordinates) into out[o..o+2]; pixels
 * outside the image count as 0 (OpenCV BORDER_CONSTANT). Written flat because it runs ~50k times
 * per face: closures and per-channel calls made warps 10× slower.
 */
function sampleRgb(img: RgbImage, x: number, y: number, out: Uint8Array, o: number): void {
  const w = img.width, h = img.height, d = img.data;
  const x0 = Math.floor(x), y0 = Math.floor(y);
  const fx = x - x0, fy = y - y0;
  const inX0 = x0 >= 0 && x0 < w, inX1 = x0 + 1 >= 0 && x0 + 1 < w;
  const inY0 = y0 >= 0 && y0 < h, inY1 = y0 + 1 >= 0 && y0 + 1 < h;
  const w00 = inX0 && inY0 ? (1 - fx) * (1 - fy) : 0, w10 = inX1 && inY0 ? fx * (1 - fy) : 0;
  const w01 = inX0 && inY1 ? (1 - fx) * fy : 0, w11 = inX1 && inY1 ? fx * fy : 0;
  const i00 = (y0 * w + x0) * 3, i10 = i00 + 3, i01 = i00 + w * 3, i11 = i01 + 3;
  for (let c = 0; c < 3; c++) {
    let v = 0;
    if (w00) v += d[i00 + c]! * w00;
    if (w10) v += d[i10 + c]! * w10;
    if (w01) v += d[i01 + c]! * w01;
    if (w11) v += d[i11 + c]! * w11;
    out[o + c] = v + 0.5; // Uint8Array assignment truncates: +0.5 rounds
  }
}

/** Warp so that dst(u,v) = src(T⁻¹(u,v)) — same convention as cv.warpAffine with the forward matrix. */
export function warpSimilarity(img: RgbImage, t: Similarity, width: number, height: number): RgbImage {
  const out = new Uint8Array(width * height * 3);
  const det = t.a * t.a + t.b * t.b;
  for (let v = 0; v < height; v++) {
    for (let u = 0; u < width; u++) {
      const du = u - t.tx, dv = v - t.ty;
      sampleRgb(img, (t.a * du + t.b * dv) / det, (-t.b * du + t.a * dv) / det, out, (v * width + u) * 3);
    }
  }
  return { data: out, width, height };
}

/** Crop the rectangle [x, y, w, h] (clamped) and resize it bilinearly (half-pixel centres, like cv.resize INTER_LINEAR). */
export function cropResize(img: RgbImage, rect: { x: number; y: number; width: number; height: number }, outW: number, outH: number): RgbImage {
  const out = new Uint8Array(outW * outH * 3);
  const sx = rect.width / outW, sy = rect.height / outH;
  for (let v = 0; v < outH; v++) {
    const y = Math.min(Math.max(rect.y + (v + 0.5) * sy - 0.5, 0), img.height - 1);
    for (let u = 0; u < outW; u++) {
      const x = Math.min(Math.max(rect.x + (u + 0.5) * sx - 0.5, 0), img.width - 1);
      sampleRgb(img, x, y, out, (v * outW + u) * 3);
    }
  }
  return { data: out, width: outW, height: outH };
}

export interface ScoredBox { x1: number; y1: number; x2: number; y2: number; score: number }

export function iou(a: ScoredBox, b: ScoredBox): number {
  const iw = Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1));
  const ih = Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));
  const inter = iw * ih;
  const union = (a.x2 - a.x1) * (a.y2 - a.y1) + (b.x2 - b.x1) * (b.y2 - b.y1) - inter;
  return union > 0 ? inter / union : 0;
}

/** Fraction of b's area that lies inside a. */
export function containedFraction(a: ScoredBox, b: ScoredBox): number {
  const iw = Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1));
  const ih = Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));
  const area = (b.x2 - b.x1) * (b.y2 - b.y1);
  return area > 0 ? (iw * ih) / area : 0;
}

/**
 * Greedy non-maximum suppression by descending score (the package sorted by bottom edge, keeping
 * the wrong box). Also drops a box lying mostly (≥ containThreshold) inside a better one: on
 * close-up photos this detector fires on each eye (score ~0.84) inside the whole face, and IoU
 * alone cannot remove a small box nested in a big one. Real faces never nest like that.
 */
export function nms(boxes: ScoredBox[], iouThreshold: number, containThreshold = 0.8): ScoredBox[] {
  const sorted = boxes.filter((b) => b.x2 > b.x1 && b.y2 > b.y1).sort((p, q) => q.score - p.score);
  const kept: ScoredBox[] = [];
  for (const b of sorted) {
    if (kept.every((k) => iou(k, b) <= iouThreshold && containedFraction(k, b) < containThreshold)) kept.push(b);
  }
  return kept;
}

/** Variance of the 4-neighbour Laplacian of the luma — a standard focus measure (low = blurry). */
export function laplacianVariance(img: RgbImage): number {
  const { width: w, height: h, data: d } = img;
  const g = new Float32Array(w * h);
  for (let i = 0; i < w * h; i++) g[i] = 0.299 * d[i * 3]! + 0.587 * d[i * 3 + 1]! + 0.114 * d[i * 3 + 2]!;
  let sum = 0, sum2 = 0, n = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const l = g[i - 1]! + g[i + 1]! + g[i - w]! + g[i + w]! - 4 * g[i]!;
      sum += l; sum2 += l * l; n++;
    }
  }
  if (n === 0) return 0;
  const mean = sum / n;
  return sum2 / n - mean * mean;
}

/** L2-normalise in place; returns the same array. */
export function l2normalize(v: Float32Array): Float32Array {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  const n = Math.sqrt(s) || 1;
  for (let i = 0; i < v.length; i++) v[i] = v[i]! / n;
  return v;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

