/**
 * Pre/post-processing for each faceplugin model, as pure functions (tensors in, numbers out).
 * What each model expects was read from the package's browser code and then checked on fixtures
 * (see docs/faces.md): the browser code itself is not used.
 */
import type { RgbImage } from '../image.ts';
import { nms, type ScoredBox } from '../geometry.ts';

export const DET_W = 320, DET_H = 240;

/**
 * Detector input: NCHW float, (v − 127) / 128. The channel order is a parameter because the
 * package fed BGR by accident; `bgr=false` (RGB) is what this model (Ultra-Light-Fast RFB-320,
 * trained on RGB) was measured to detect best with — see the detector comparison in docs/faces.md.
 */
export function detectorInput(small: RgbImage, bgr: boolean): Float32Array {
  const n = DET_W * DET_H;
  const out = new Float32Array(3 * n);
  const d = small.data;
  for (let i = 0; i < n; i++) {
    const r = (d[i * 3]! - 127) / 128, g = (d[i * 3 + 1]! - 127) / 128, b = (d[i * 3 + 2]! - 127) / 128;
    out[i] = bgr ? b : r;
    out[n + i] = g;
    out[2 * n + i] = bgr ? r : b;
  }
  return out;
}

/** Size to resize a w×h image to so it fits 320×240 without distortion; scale = new/old. */
export function letterboxGeometry(w: number, h: number): { width: number; height: number; scale: number } {
  const scale = Math.min(DET_W / w, DET_H / h);
  return { width: Math.min(DET_W, Math.max(1, Math.round(w * scale))), height: Math.min(DET_H, Math.max(1, Math.round(h * scale))), scale };
}

/** Place the image top-left on a 127-grey canvas (127 normalises to 0, the detector's "nothing"). */
export function padTo(img: RgbImage, w: number, h: number): RgbImage {
  const data = new Uint8Array(w * h * 3).fill(127);
  for (let y = 0; y < img.height; y++) data.set(img.data.subarray(y * img.width * 3, (y + 1) * img.width * 3), y * w * 3);
  return { data, width: w, height: h };
}

/**
 * The graph already outputs decoded corner boxes, normalised to 0..1 (the prior-box code in
 * fr_detect.js is dead). Scores are [background, face] pairs. Returns boxes in image pixels.
 */
export function decodeDetections(scores: Float32Array, boxes: Float32Array, imgW: number, imgH: number, minScore: number, iouThreshold: number): ScoredBox[] {
  const cands: ScoredBox[] = [];
  const count = scores.length / 2;
  for (let i = 0; i < count; i++) {
    const s = scores[i * 2 + 1]!;
    if (s < minScore) continue;
    cands.push({ x1: boxes[i * 4]! * imgW, y1: boxes[i * 4 + 1]! * imgH, x2: boxes[i * 4 + 2]! * imgW, y2: boxes[i * 4 + 3]! * imgH, score: s });
  }
  return nms(cands, iouThreshold);
}

export interface Rect { x: number; y: number; width: number; height: number }

/**
 * Square crop of side `scale`·box height centred on the box, shifted (not shrunk) to stay inside
 * the image, and shrunk only if the image is smaller. Mirrors how the package cropped for the
 * landmark (scale 1) and liveness (scale 2.7) models, since those models were trained on such crops.
 */
export function squareCrop(box: ScoredBox, imgW: number, imgH: number, scale: number): Rect {
  const side0 = box.y2 - box.y1;
  const cx = (box.x1 + box.x2) / 2, cy = (box.y1 + box.y2) / 2;
  const s = Math.min(side0 * scale, imgW - 1, imgH - 1);
  let x = cx - s / 2, y = cy - s / 2;
  x = Math.min(Math.max(x, 0), imgW - 1 - s);
  y = Math.min(Math.max(y, 0), imgH - 1 - s);
  return { x, y, width: s, height: s };
}

/** Landmark input: 64×64 luma / 256 (the package computed luma with R and B swapped; we use the correct weights). */
export function landmarkInput(crop64: RgbImage): Float32Array {
  const n = 64 * 64;
  const out = new Float32Array(n);
  const d = crop64.data;
  for (let i = 0; i < n; i++) out[i] = (0.299 * d[i * 3]! + 0.587 * d[i * 3 + 1]! + 0.114 * d[i * 3 + 2]!) / 256;
  return out;
}

/** Landmark output is 68 (x, y) pairs normalised to the crop. */
export function decodeLandmarks(out: Float32Array, crop: Rect): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  for (let i = 0; i < 68; i++) pts.push([crop.x + out[i * 2]! * crop.width, crop.y + out[i * 2 + 1]! * crop.height]);
  return pts;
}

/** Feature input: aligned 112×112 RGB, NCHW, (v − 127) / 128. */
export function featureInput(aligned: RgbImage): Float32Array {
  const n = 112 * 112;
  const out = new Float32Array(3 * n);
  const d = aligned.data;
  for (let i = 0; i < n; i++) for (let c = 0; c < 3; c++) out[c * n + i] = (d[i * 3 + c]! - 127) / 128;
  return out;
}

/** Liveness input: 128×128, NCHW, raw 0..255 values (no normalisation, as the package did). */
export function livenessInput(crop128: RgbImage, bgr: boolean): Float32Array {
  const n = 128 * 128;
  const out = new Float32Array(3 * n);
  const d = crop128.data;
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < 3; c++) out[c * n + i] = d[i * 3 + (bgr ? 2 - c : c)]!;
  }
  return out;
}

export function softmax(v: ArrayLike<number>): number[] {
  const m = Math.max(...Array.from(v));
  const e = Array.from(v, (x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}
