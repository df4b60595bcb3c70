/**
 * Image acquisition of EVAL-PROTOCOL.md: decode (EXIF, sRGB, longer side ≤ 1920), largest face,
 * one retry with a grey border of 25% of the longer side on every side.
 */
import { readFile } from 'node:fs/promises';
import { addBorder, decodeImage, type RgbImage } from '../image.ts';
import type { VisionFaceEngine } from '../types.ts';
import type { Acquired } from './cache.ts';

export const MAX_SIDE = 1920;

export async function acquire(engine: VisionFaceEngine, file: string): Promise<Acquired> {
  const t = performance.now();
  let img;
  try {
    img = await decodeImage(await readFile(file), { maxSide: MAX_SIDE });
  } catch (err) {
    return { fta: true, retry: false, decodeError: String((err as Error).message ?? err), embedding: null, liveness: null, ms: performance.now() - t };
  }
  // With a pool, count the worker's own time, not the time spent queueing behind other images.
  let ms = performance.now() - t;
  const run = async (im: RgbImage) => {
    if (!engine.describeRgbTimed) { const t1 = performance.now(); const f = await engine.describeRgb(im); ms += performance.now() - t1; return f; }
    const r = await engine.describeRgbTimed(im);
    ms += r.ms;
    return r.faces;
  };
  let faces = await run(img);
  let retry = false;
  if (faces.length === 0) {
    faces = await run(addBorder(img, Math.round(0.25 * Math.max(img.width, img.height))));
    retry = faces.length > 0;
  }
  if (faces.length === 0) return { fta: true, retry: false, embedding: null, liveness: null, ms };
  const largest = faces.reduce((a, b) => (b.box.width * b.box.height > a.box.width * a.box.height ? b : a));
  return { fta: false, retry, embedding: largest.embedding, liveness: largest.liveness, ms };
}
