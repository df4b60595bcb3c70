/**
 * Pre/post-processing for each faceplugin model, as pure functions (tensors in, numbers out).
 * What each model expects was read from the package's browser code and then checked on fixtures
 * (see docs/faces.md): the browser code itself is not used.
 */
import { nms, type ScoredBox } from '../geometry.ts';

/**
 * Detector input size. The input tensors themselves are filled by pixels.ts: detector NCHW RGB
 * (v − 127)/128 (the package fed BGR by accident; RGB measured better, docs/faces.md), landmarks
 * 64×64 luma / 256 (the package swapped R and B in its luma weights), feature 112×112 RGB
 * (v − 127)/128, liveness 128×128 raw 0..255 BGR.
 */
export const DET_W = 320, DET_H = 240;

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

/** Landmark output is 68 (x, y) pairs normalised to the crop. */
export function decodeLandmarks(out: Float32Array, crop: Rect): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  for (let i = 0; i < 68; i++) pts.push([crop.x + out[i * 2]! * crop.width, crop.y + out[i * 2 + 1]! * crop.height]);
  return pts;
}

export function softmax(v: ArrayLike<number>): number[] {
  const m = Math.max(...Array.from(v));
  const e = Array.from(v, (x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}
