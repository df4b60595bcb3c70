import { describe, expect, it } from 'vitest';
import { cropResize, warpSimilarity } from '../geometry.ts';
import type { RgbImage } from '../image.ts';
import { axisTable, cropLumaInto, cropRawInto, letterboxInto, warpInto } from './pixels.ts';

/** A deterministic textured image (no flat areas, so any sampling mistake changes values). */
function texture(width: number, height: number): RgbImage {
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
    const o = (y * width + x) * 3;
    data[o] = (x * 7 + y * 3) & 255; data[o + 1] = (x * x + y * 11) & 255; data[o + 2] = (x * 13 ^ y * 5) & 255;
  }
  return { data, width, height };
}

describe('fast crops and warp reproduce the reference helpers exactly', () => {
  const img = texture(211, 157);
  const rects = [{ x: 40.3, y: 20.7, width: 90.2, height: 90.2 }, { x: -10, y: 100, width: 300, height: 300 }, { x: 3, y: 2, width: 20, height: 20 }];

  it('liveness crop (raw, BGR NCHW) equals cropResize + channel reorder', () => {
    for (const r of rects) {
      const ref = cropResize(img, r, 32, 32).data;
      const out = new Float32Array(3 * 32 * 32);
      cropRawInto(img, r, 32, 32, out, true);
      const n = 32 * 32;
      for (let i = 0; i < n; i++) {
        expect([out[i], out[n + i], out[2 * n + i]]).toEqual([ref[i * 3 + 2], ref[i * 3 + 1], ref[i * 3]]);
      }
    }
  });

  it('landmark crop (luma / 256) equals cropResize + luma', () => {
    const r = rects[0]!;
    const ref = cropResize(img, r, 16, 16).data;
    const out = new Float32Array(16 * 16);
    cropLumaInto(img, r, 16, 16, out);
    for (let i = 0; i < 256; i++) expect(out[i]).toBe(Math.fround((0.299 * ref[i * 3]! + 0.587 * ref[i * 3 + 1]! + 0.114 * ref[i * 3 + 2]!) / 256));
  });

  it('similarity warp gives the same aligned pixels and the feature tensor (v − 127)/128', () => {
    const t = { a: 0.9, b: 0.25, tx: -30, ty: 12 }; // rotated, scaled, partly outside the image
    const ref = warpSimilarity(img, t, 40, 40).data;
    const aligned = new Uint8Array(40 * 40 * 3), tensor = new Float32Array(3 * 40 * 40);
    warpInto(img, t, 40, 40, aligned, tensor);
    expect(Array.from(aligned)).toEqual(Array.from(ref));
    expect(tensor[1600 + 5]).toBe(Math.fround((ref[5 * 3 + 1]! - 127) / 128));
  });
});

describe('letterbox into the detector tensor', () => {
  it('an exact 2× shrink is a 2×2 box average, padding is 0 (grey 127)', () => {
    const img = texture(8, 4);
    const out = new Float32Array(3 * 6 * 2).fill(9);
    const r = letterboxInto(img, { x: 0, y: 0, width: 8, height: 4 }, 6, 2, out, false, 3);
    expect(r).toEqual({ width: 4, height: 2, scaleX: 0.5, scaleY: 0.5 });
    const px = (x: number, y: number, c: number) => img.data[(y * 8 + x) * 3 + c]!;
    const avg = (px(2, 2, 1) + px(3, 2, 1) + px(2, 3, 1) + px(3, 3, 1)) / 4; // output (1, 1), green
    expect(out[12 + 6 + 1]).toBeCloseTo((avg - 127) / 128, 5);
    expect(out[5]).toBe(0); // right of the fitted 4 columns
    expect(out[2 * 12 + 6 + 4]).toBe(0); // same, second row, blue plane
  });

  it('a region (tile) is sampled from its own pixels and BGR swaps the outer planes', () => {
    const img = texture(20, 10);
    const rgb = new Float32Array(3 * 4 * 4), bgr = new Float32Array(3 * 4 * 4);
    letterboxInto(img, { x: 10, y: 2, width: 4, height: 4 }, 4, 4, rgb, false);
    letterboxInto(img, { x: 10, y: 2, width: 4, height: 4 }, 4, 4, bgr, true);
    expect(rgb[0]).toBeCloseTo((img.data[(2 * 20 + 10) * 3]! - 127) / 128, 6); // 1:1, top-left of the tile
    expect(bgr.subarray(32, 48)).toEqual(rgb.subarray(0, 16));
  });

  it('shrinking by 6 with 3 taps samples 3 evenly spread pixels of each cell; enlarging is bilinear', () => {
    const s = axisTable(0, 12, 2, 1, 3);
    expect(Array.from(s.off)).toEqual([1, 3, 5, 7, 9, 11]);
    const e = axisTable(0, 2, 4, 1, 3); // 2 → 4: centres at −0.25, 0.25, 0.75, 1.25 (clamped)
    expect(Array.from(e.off)).toEqual([0, 1, 0, 1, 0, 1, 1, 1]);
    expect(Array.from(e.wt)).toEqual([1, 0, 0.75, 0.25, 0.25, 0.75, 1, 0]);
  });
});
