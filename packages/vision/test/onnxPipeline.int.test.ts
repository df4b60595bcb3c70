// The product pipeline on real photos: detection, identity separation, alignment, quality, liveness.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnnxFaceEngine } from '../src/onnx/engine.ts';
import { applySimilarity, similarityTransform } from '../src/geometry.ts';
import { REFERENCE_FACIAL_POINTS } from '../src/landmarks.ts';
import { cos, faceApiSample, fixture, fixtureDir, hasFixtures, hasModels } from './helpers.ts';

describe.skipIf(!hasModels)('OnnxFaceEngine', () => {
  let engine: OnnxFaceEngine;
  beforeAll(async () => { engine = await OnnxFaceEngine.create(); });
  afterAll(async () => { await engine?.close(); });

  it('finds every face in face-api demo photos (hand-counted: 3,3,3,4,5,4) with unit 512-D embeddings', async () => {
    const expected = [3, 3, 3, 4, 5, 4];
    for (let i = 1; i <= 6; i++) {
      const faces = await engine.describe(faceApiSample(i));
      expect(faces.length, `sample${i}.jpg`).toBe(expected[i - 1]);
      for (const f of faces) {
        expect(f.embedding.length).toBe(512);
        expect(cos(f.embedding, f.embedding)).toBeCloseTo(1, 5);
        expect(f.quality.issues).toContain('multiple_faces');
      }
    }
  });

  it('same face (rescaled, re-encoded) scores higher than any other face in the photo', async () => {
    const img = faceApiSample(2);
    const faces = await engine.describe(img);
    const meta = await sharp(img).metadata();
    const smaller = await engine.describe(await sharp(img).resize({ width: Math.round(meta.width! * 0.6) }).jpeg({ quality: 70 }).toBuffer());
    expect(smaller.length).toBe(faces.length);
    for (const f of faces) {
      const sims = smaller.map((g) => cos(f.embedding, g.embedding)).sort((a, b) => b - a);
      expect(sims[0]!).toBeGreaterThan(0.8);
      expect(sims[1]!).toBeLessThan(sims[0]! - 0.3);
    }
  });

  it('aligned 5 points land on the 112×112 template (frontal face: mean residual < 3 px)', async () => {
    const [f] = await engine.describe(faceApiSample(3));
    const t = similarityTransform(f!.landmarks5, REFERENCE_FACIAL_POINTS);
    const res = f!.landmarks5.map((p, i) => Math.hypot(applySimilarity(t, p)[0] - REFERENCE_FACIAL_POINTS[i]![0], applySimilarity(t, p)[1] - REFERENCE_FACIAL_POINTS[i]![1]));
    expect(res.reduce((a, b) => a + b, 0) / 5).toBeLessThan(3);
  });

  describe.skipIf(!hasFixtures)('on ../shared/fixtures', () => {
    it('finds one face in the labelled photos of every set', async () => {
      for (const rel of ['faces/orl_att_faces/s01/1.pgm', 'faces/yale_faces/subject01/happy.gif', 'faces/dlib_johns/John_Simm', 'faces/deepface_testset/id01/img1.jpg', 'faces/nuaa_dev/live/0001']) {
        const file = rel.includes('.') ? rel : fixtureDir(rel)[0]!;
        expect((await engine.describe(fixture(file))).length, file).toBeGreaterThanOrEqual(1);
      }
    });

    it('same person scores higher than different people', async () => {
      const emb = async (f: string) => (await engine.describe(fixture(`faces/face_recognition_examples/${f}`)))[0]!.embedding;
      const [o1, o2, b1, b2] = await Promise.all(['obama/obama.jpg', 'obama/obama2.jpg', 'biden/biden.jpg', 'biden/biden2.jpg'].map(emb));
      const same = [cos(o1!, o2!), cos(b1!, b2!)], diff = [cos(o1!, b1!), cos(o1!, b2!), cos(o2!, b1!), cos(o2!, b2!)];
      expect(Math.min(...same)).toBeGreaterThan(Math.max(...diff) + 0.2);
    });

    it('quality gate flags a blurred, a small and a tilted photo but not the original', async () => {
      const src = fixture('faces/face_recognition_examples/obama/obama.jpg');
      const meta = await sharp(src).metadata();
      const q = async (b: Buffer) => (await engine.describe(b))[0]?.quality.issues ?? ['no_face'];
      expect(await q(src)).toEqual([]);
      expect(await q(await sharp(src).blur(6).toBuffer())).toContain('blurry');
      expect(await q(await sharp(src).resize({ width: Math.round(meta.width! / 7) }).toBuffer())).toContain('too_small');
      expect(await q(await sharp(src).rotate(45, { background: '#808080' }).toBuffer())).toContain('not_frontal');
    });

    it('liveness ranks nuaa_dev print attacks below live frames on average', async () => {
      const mean = async (dir: string) => {
        const files = ['0001', '0002', '0003', '0004'].flatMap((id) => fixtureDir(`faces/nuaa_dev/${dir}/${id}`).slice(0, 6));
        const s: number[] = [];
        for (const f of files) s.push((await engine.describe(fixture(f)))[0]?.liveness ?? 0);
        return s.reduce((a, b) => a + b, 0) / s.length;
      };
      const live = await mean('live'), attack = await mean('print_attack');
      expect(live).toBeGreaterThan(0.8);
      expect(attack).toBeLessThan(0.2);
    });
  });
});
