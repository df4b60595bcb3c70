import type { DirectionLine, Region } from '@truongan/contracts';
import type { FaceBox } from '@truongan/core';

export interface Rgb { data: Uint8Array; width: number; height: number }

/** Pixel rectangle of a fractional region, clamped to the frame, even-sized (encoders like that). */
export function regionPixels(r: Region, width: number, height: number) {
  const x = Math.max(0, Math.floor(r.x * width)), y = Math.max(0, Math.floor(r.y * height));
  const w = Math.min(width - x, Math.ceil(r.width * width)) & ~1, h = Math.min(height - y, Math.ceil(r.height * height)) & ~1;
  return { x, y, w, h };
}

/** Copies a rectangle out of packed RGB. Analysing only the gate lane saves detector time and ignores the street. */
export function cropRgb(img: Rgb, rect: { x: number; y: number; w: number; h: number }): Rgb {
  const out = new Uint8Array(rect.w * rect.h * 3);
  for (let row = 0; row < rect.h; row++) {
    const src = ((rect.y + row) * img.width + rect.x) * 3;
    out.set(img.data.subarray(src, src + rect.w * 3), row * rect.w * 3);
  }
  return { data: out, width: rect.w, height: rect.h };
}

/** A face box grown by a margin (a crop people recognise includes hair and chin), clamped to the frame. */
export function faceCropRect(box: FaceBox, width: number, height: number, margin = 0.35) {
  const mx = box.width * margin, my = box.height * margin;
  const x = Math.max(0, Math.floor(box.x - mx)), y = Math.max(0, Math.floor(box.y - my));
  return { x, y, w: Math.min(width - x, Math.ceil(box.width + 2 * mx)), h: Math.min(height - y, Math.ceil(box.height + 2 * my)) };
}

/**
 * Which way a track crossed the camera's direction line: the side of the first and the last face centre.
 * Coordinates are fractions of the frame. Returns 'unknown' if the face never crossed.
 */
export function crossing(line: DirectionLine, first: { x: number; y: number }, last: { x: number; y: number }): 'in' | 'out' | 'unknown' {
  const side = (p: { x: number; y: number }) => Math.sign((line.x2 - line.x1) * (p.y - line.y1) - (line.y2 - line.y1) * (p.x - line.x1));
  const a = side(first), b = side(last);
  if (a === 0 || b === 0 || a === b) return 'unknown';
  // Positive side = left of the line's direction (x1,y1)→(x2,y2) in image coordinates.
  const fromLeft = a > 0;
  return fromLeft === line.entryIsLeftSide ? 'in' : 'out';
}
