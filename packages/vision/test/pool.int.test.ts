// The worker pool gives the same answers as the in-process engine, from both workers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../src/image.ts';
import { OnnxFaceEngine } from '../src/onnx/engine.ts';
import { createFacePool, type FacePool } from '../src/pool.ts';
import { cos, faceApiSample, hasModels } from './helpers.ts';

describe.skipIf(!hasModels)('createFacePool', () => {
  let pool: FacePool;
  beforeAll(async () => { pool = await createFacePool({ model: 'faceplugin-r1-5pt', workers: 2 }); });
  afterAll(async () => { await pool?.close(); });

  it('matches the in-process engine for concurrent requests spread over 2 workers', async () => {
    const engine = await OnnxFaceEngine.create();
    const img = await decodeImage(faceApiSample(1));
    const ref = await engine.describeRgb(img);
    await engine.close();
    const results = await Promise.all([1, 2, 3, 4].map(() => pool.describeRgb(img)));
    expect(pool.workers).toBe(2);
    for (const faces of results) {
      expect(faces.length).toBe(ref.length);
      faces.forEach((f, i) => expect(cos(f.embedding, ref[i]!.embedding)).toBeCloseTo(1, 5));
    }
    expect(img.data.length).toBe(img.width * img.height * 3); // caller's buffer not detached
    const t = await pool.stageTimings();
    expect(t.images).toBeGreaterThanOrEqual(4);
  });
});

describe.skipIf(!hasModels)('createFacePool after a worker crash', () => {
  it('fails only that worker’s requests and replaces the worker', async () => {
    const pool = await createFacePool({ model: 'faceplugin-r1-5pt', workers: 2 });
    try {
      const img = await decodeImage(faceApiSample(3));
      pool.crashWorkerForTest(0);
      await new Promise((r) => setTimeout(r, 200));
      expect(pool.liveWorkers).toBe(1);
      expect((await pool.describeRgb(img)).length).toBe(3); // the other worker still answers
      for (let i = 0; i < 100 && pool.liveWorkers < 2; i++) await new Promise((r) => setTimeout(r, 100));
      expect(pool.liveWorkers).toBe(2);
      const all = await Promise.all([1, 2, 3, 4].map(() => pool.describeRgb(img)));
      expect(all.map((f) => f.length)).toEqual([3, 3, 3, 3]);
    } finally {
      await pool.close();
    }
  });
});
