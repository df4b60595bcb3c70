// The alternative recognizers implement the same port and find the same faces.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/engines.ts';
import { cos, faceApiSample } from './helpers.ts';

describe.each([
  ['human-faceres', 1024, true],
  ['faceapi-128', 128, false],
] as const)('%s', (model, size, hasLiveness) => {
  it('finds the 3 faces of sample1.jpg with unit embeddings; each matches itself in a smaller re-encoded copy', async () => {
    const engine = await createEngine(model);
    try {
      expect(engine.model).toBe(model);
      const faces = await engine.describe(faceApiSample(1));
      expect(faces.length).toBe(3);
      for (const f of faces) {
        expect(f.embedding.length).toBe(size);
        expect(cos(f.embedding, f.embedding)).toBeCloseTo(1, 5);
        expect(f.liveness === null).toBe(!hasLiveness);
      }
      // 0.6× and JPEG q70: each face's best match must be the same person (same place in the photo)
      const src = faceApiSample(1);
      const meta = await sharp(src).metadata();
      const again = await engine.describe(await sharp(src).resize({ width: Math.round(meta.width! * 0.6) }).jpeg({ quality: 70 }).toBuffer());
      expect(again.length).toBe(3);
      const cx = (b: { x: number; width: number }, k: number) => (b.x + b.width / 2) * k;
      for (const f of faces) {
        const best = again.reduce((a, g) => (cos(f.embedding, g.embedding) > cos(f.embedding, a.embedding) ? g : a));
        expect(Math.abs(cx(best.box, 1 / 0.6) - cx(f.box, 1))).toBeLessThan(f.box.width / 2);
      }
    } finally {
      await engine.close();
    }
  }, 120_000);
});
