import { describe, expect, it } from 'vitest';
import { cropRgb, crossing, faceCropRect, regionPixels } from './frames.ts';

describe('frame helpers', () => {
  it('crops packed RGB exactly', () => {
    const img = { width: 4, height: 3, data: Uint8Array.from({ length: 36 }, (_, i) => i) };
    const c = cropRgb(img, { x: 1, y: 1, w: 2, h: 2 });
    expect([...c.data]).toEqual([15, 16, 17, 18, 19, 20, 27, 28, 29, 30, 31, 32]);
  });
  it('turns a fractional lane into even pixel sizes inside the frame', () => {
    expect(regionPixels({ x: 0.25, y: 0.1, width: 0.5, height: 0.95 }, 640, 360)).toEqual({ x: 160, y: 36, w: 320, h: 324 });
  });
  it('grows a face box by a margin without leaving the frame', () => {
    expect(faceCropRect({ x: 5, y: 5, width: 100, height: 100 }, 120, 120)).toEqual({ x: 0, y: 0, w: 120, h: 120 });
  });
  it('tells entering from leaving by the side of the line the walk started on', () => {
    const line = { x1: 0, y1: 0.5, x2: 1, y2: 0.5, entryIsLeftSide: true }; // horizontal line; "left" of left→right is below (y grows down)
    expect(crossing(line, { x: 0.5, y: 0.9 }, { x: 0.5, y: 0.2 })).toBe('in');
    expect(crossing(line, { x: 0.5, y: 0.2 }, { x: 0.5, y: 0.9 })).toBe('out');
    expect(crossing(line, { x: 0.5, y: 0.2 }, { x: 0.6, y: 0.3 })).toBe('unknown');
  });
});
