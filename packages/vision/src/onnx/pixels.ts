/**
 * Fast pre-processing for the ONNX models. Every function writes straight into a caller-owned,
 * reused Float32Array tensor: no intermediate images, no per-pixel closures or allocations, and the
 * per-axis sampling positions are computed once per row/column (or once per frame size) instead of
 * once per pixel. Before this file, libvips' resize of a 1080p frame plus the per-pixel helpers cost
 * ~18 ms per face, more than the four networks together (docs/faces.md, "Speed").
 *
 * The bilinear crops and the similarity warp reproduce geometry.ts's cropResize / warpSimilarity
 * arithmetic exactly (same weights, same order, same rounding), so landmarks, embeddings and
 * liveness scores are bit-identical for the same box; only the detector's letterbox resize is a
 * different (sub-sampled area) filter.
 */
import type { RgbImage } from '../image.ts';
import type { Similarity } from '../geometry.ts';

export interface Rect { x: number; y: number; width: number; height: number }

/** For each output position, `taps` source byte offsets (index × 3) and weights. */
export interface AxisTable { off: Int32Array; wt: Float32Array; taps: number }

/**
 * Sampling table for one axis of a resize of [start, start + len) to `out` positions, `stride` bytes
 * per source step. Shrinking: `taps` samples spread evenly over each output pixel's source cell with
 * equal weights — an area (box) filter on a sub-grid, exact when the cell is ≤ `maxTaps` pixels wide
 * (640×360 → 320×180 is an exact 2×2 box). Enlarging: bilinear with half-pixel centres, clamped.
 */
export function axisTable(start: number, len: number, out: number, stride: number, maxTaps: number): AxisTable {
  const cell = len / out;
  if (cell > 1) {
    const taps = Math.max(1, Math.min(maxTaps, Math.ceil(cell)));
    const off = new Int32Array(out * taps), wt = new Float32Array(out * taps).fill(1 / taps);
    for (let i = 0; i < out; i++) {
      for (let k = 0; k < taps; k++) {
        const p = Math.min(start + len - 1, Math.floor(start + (i + (k + 0.5) / taps) * cell));
        off[i * taps + k] = p * stride;
      }
    }
    return { off, wt, taps };
  }
  const off = new Int32Array(out * 2), wt = new Float32Array(out * 2);
  for (let i = 0; i < out; i++) {
    const x = Math.min(Math.max(start + (i + 0.5) * cell - 0.5, start), start + len - 1);
    const x0 = Math.floor(x), f = x - x0;
    off[i * 2] = x0 * stride; off[i * 2 + 1] = Math.min(x0 + 1, start + len - 1) * stride;
    wt[i * 2] = 1 - f; wt[i * 2 + 1] = f;
  }
  return { off, wt, taps: 2 };
}

/** Fitted size; scaleX/scaleY = new/old (equal unless stretched). */
export interface LetterboxResult { width: number; height: number; scaleX: number; scaleY: number }

/** Tables depend only on frame size, region and output size: a camera's frames all share one pair. */
const tableCache = new Map<string, { xs: AxisTable; ys: AxisTable }>();
let rowAcc = new Float32Array(0);

/**
 * Fit `region` of `img` (aspect kept) into the top-left of an outW×outH NCHW tensor, (v − 127)/128,
 * padding = 0 (grey 127, the detector's "nothing"). Returns the fitted size and scale (new/old).
 */
export function letterboxInto(img: RgbImage, region: Rect, outW: number, outH: number, out: Float32Array, bgr: boolean, maxTaps = 3, stretch = false): LetterboxResult {
  const scale = Math.min(outW / region.width, outH / region.height);
  // stretch = fill the whole input, aspect not kept (what the package did; kept for comparisons)
  const lw = stretch ? outW : Math.min(outW, Math.max(1, Math.round(region.width * scale)));
  const lh = stretch ? outH : Math.min(outH, Math.max(1, Math.round(region.height * scale)));
  const key = `${img.width}:${region.x},${region.y},${region.width},${region.height}:${lw}x${lh}:${maxTaps}`;
  let t = tableCache.get(key);
  if (!t) {
    if (tableCache.size > 32) tableCache.clear(); // tiles and odd photo sizes: keep it bounded
    t = { xs: axisTable(region.x, region.width, lw, 3, maxTaps), ys: axisTable(region.y, region.height, lh, img.width * 3, maxTaps) };
    tableCache.set(key, t);
  }
  const { xs, ys } = t;
  const d = img.data, plane = outW * outH;
  const rOff = bgr ? 2 * plane : 0, bOff = bgr ? 0 : 2 * plane;
  if (rowAcc.length < lw * 3) rowAcc = new Float32Array(outW * 3);
  const acc = rowAcc;
  out.fill(0);
  const tx = xs.taps, ty = ys.taps;
  // Shrinking uses equal weights: sum integers and scale once per output pixel (≈2× faster than
  // multiplying every sample by its weight).
  const equal = xs.wt[0] === 1 / tx && ys.wt[0] === 1 / ty && lw * tx === xs.off.length && region.width > lw && region.height > lh;
  const norm = equal ? 1 / (tx * ty * 128) : 1 / 128;
  for (let oy = 0; oy < lh; oy++) {
    acc.fill(0, 0, lw * 3);
    for (let k = 0; k < ty; k++) {
      const row = ys.off[oy * ty + k]!;
      if (equal) {
        for (let ox = 0, a = 0, j = 0; ox < lw; ox++, a += 3) {
          let r = 0, g = 0, b = 0;
          for (const end = j + tx; j < end; j++) {
            const p = row + xs.off[j]!;
            r += d[p]!; g += d[p + 1]!; b += d[p + 2]!;
          }
          acc[a] = acc[a]! + r; acc[a + 1] = acc[a + 1]! + g; acc[a + 2] = acc[a + 2]! + b;
        }
      } else {
        const wy = ys.wt[oy * ty + k]!;
        for (let ox = 0, a = 0; ox < lw; ox++, a += 3) {
          let r = 0, g = 0, b = 0;
          for (let j = ox * tx, end = j + tx; j < end; j++) {
            const p = row + xs.off[j]!, w = xs.wt[j]!;
            r += d[p]! * w; g += d[p + 1]! * w; b += d[p + 2]! * w;
          }
          acc[a] = acc[a]! + r * wy; acc[a + 1] = acc[a + 1]! + g * wy; acc[a + 2] = acc[a + 2]! + b * wy;
        }
      }
    }
    const o = oy * outW;
    for (let ox = 0, a = 0; ox < lw; ox++, a += 3) {
      out[rOff + o + ox] = acc[a]! * norm - 127 / 128;
      out[plane + o + ox] = acc[a + 1]! * norm - 127 / 128;
      out[bOff + o + ox] = acc[a + 2]! * norm - 127 / 128;
    }
  }
  return { width: lw, height: lh, scaleX: lw / region.width, scaleY: lh / region.height };
}

/** Per-column / per-row bilinear positions of cropResize (half-pixel centres, clamped), reused buffers. */
let colLo = new Int32Array(0), colHi = new Int32Array(0), colF = new Float64Array(0);

function prepareColumns(img: RgbImage, rect: Rect, outW: number): void {
  if (colLo.length < outW) { colLo = new Int32Array(outW); colHi = new Int32Array(outW); colF = new Float64Array(outW); }
  const sx = rect.width / outW;
  for (let u = 0; u < outW; u++) {
    const x = Math.min(Math.max(rect.x + (u + 0.5) * sx - 0.5, 0), img.width - 1);
    const x0 = Math.floor(x);
    colLo[u] = x0 * 3; colHi[u] = (x0 + 1 < img.width ? x0 + 1 : x0) * 3; colF[u] = x - x0;
  }
}

/**
 * One output row of cropResize(img, rect, outW, outH) into rowOut (uint8, rounded as before). The two
 * consumers below are separate loops rather than one function taking a per-pixel callback: a closure
 * per pixel was what made the old helpers slow.
 */
function bilinearRow(img: RgbImage, rect: Rect, outW: number, outH: number, v: number, rowOut: Uint8Array): void {
  const d = img.data, w = img.width, sy = rect.height / outH;
  const y = Math.min(Math.max(rect.y + (v + 0.5) * sy - 0.5, 0), img.height - 1);
  const y0 = Math.floor(y), fy = y - y0;
  const r0 = y0 * w * 3, r1 = (y0 + 1 < img.height ? y0 + 1 : y0) * w * 3;
  for (let u = 0; u < outW; u++) {
    const fx = colF[u]!, lo = colLo[u]!, hi = colHi[u]!;
    // same weights and summation order as geometry.ts sampleRgb (zero weights add nothing)
    const w00 = (1 - fx) * (1 - fy), w10 = fx * (1 - fy), w01 = (1 - fx) * fy, w11 = fx * fy;
    for (let c = 0; c < 3; c++) {
      const v2 = d[r0 + lo + c]! * w00 + d[r0 + hi + c]! * w10 + d[r1 + lo + c]! * w01 + d[r1 + hi + c]! * w11;
      rowOut[u * 3 + c] = v2 + 0.5;
    }
  }
}

let rowBuf = new Uint8Array(0);

/** Landmark input: 64×64 (or any) luma / 256 of the bilinear crop. */
export function cropLumaInto(img: RgbImage, rect: Rect, outW: number, outH: number, out: Float32Array): void {
  prepareColumns(img, rect, outW);
  if (rowBuf.length < outW * 3) rowBuf = new Uint8Array(outW * 3);
  for (let v = 0; v < outH; v++) {
    bilinearRow(img, rect, outW, outH, v, rowBuf);
    for (let u = 0; u < outW; u++) out[v * outW + u] = (0.299 * rowBuf[u * 3]! + 0.587 * rowBuf[u * 3 + 1]! + 0.114 * rowBuf[u * 3 + 2]!) / 256;
  }
}

/** Liveness input: raw 0..255 NCHW of the bilinear crop, optionally BGR. */
export function cropRawInto(img: RgbImage, rect: Rect, outW: number, outH: number, out: Float32Array, bgr: boolean): void {
  prepareColumns(img, rect, outW);
  if (rowBuf.length < outW * 3) rowBuf = new Uint8Array(outW * 3);
  const n = outW * outH;
  const p0 = bgr ? 2 * n : 0, p2 = bgr ? 0 : 2 * n;
  for (let v = 0; v < outH; v++) {
    bilinearRow(img, rect, outW, outH, v, rowBuf);
    const o = v * outW;
    for (let u = 0; u < outW; u++) {
      out[p0 + o + u] = rowBuf[u * 3]!; out[n + o + u] = rowBuf[u * 3 + 1]!; out[p2 + o + u] = rowBuf[u * 3 + 2]!;
    }
  }
}

/**
 * Similarity warp (dst(u,v) = src(T⁻¹(u,v)), outside = 0, as cv.warpAffine) into `aligned` (uint8,
 * kept for the sharpness measure) and the feature tensor (NCHW, (v − 127)/128) in one pass.
 */
export function warpInto(img: RgbImage, t: Similarity, width: number, height: number, aligned: Uint8Array, tensor: Float32Array): void {
  const w = img.width, h = img.height, d = img.data, n = width * height;
  const det = t.a * t.a + t.b * t.b;
  for (let v = 0; v < height; v++) {
    for (let u = 0; u < width; u++) {
      const du = u - t.tx, dv = v - t.ty;
      const x = (t.a * du + t.b * dv) / det, y = (-t.b * du + t.a * dv) / det;
      const x0 = Math.floor(x), y0 = Math.floor(y);
      const fx = x - x0, fy = y - y0;
      const inX0 = x0 >= 0 && x0 < w, inX1 = x0 + 1 >= 0 && x0 + 1 < w;
      const inY0 = y0 >= 0 && y0 < h, inY1 = y0 + 1 >= 0 && y0 + 1 < h;
      const w00 = inX0 && inY0 ? (1 - fx) * (1 - fy) : 0, w10 = inX1 && inY0 ? fx * (1 - fy) : 0;
      const w01 = inX0 && inY1 ? (1 - fx) * fy : 0, w11 = inX1 && inY1 ? fx * fy : 0;
      const i00 = (y0 * w + x0) * 3, i10 = i00 + 3, i01 = i00 + w * 3, i11 = i01 + 3;
      const o = (v * width + u) * 3, q = v * width + u;
      for (let c = 0; c < 3; c++) {
        let s = 0;
        if (w00) s += d[i00 + c]! * w00;
        if (w10) s += d[i10 + c]! * w10;
        if (w01) s += d[i01 + c]! * w01;
        if (w11) s += d[i11 + c]! * w11;
        const byte = (s + 0.5) | 0; // Uint8Array assignment truncated the same way in warpSimilarity
        aligned[o + c] = byte;
        tensor[c * n + q] = (byte - 127) / 128;
      }
    }
  }
}
