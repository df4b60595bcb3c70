/**
 * Where the faceplugin ONNX models live and how sessions are created.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ort from 'onnxruntime-node';

export const MODEL_FILES = ['fr_detect', 'fr_landmark', 'fr_feature', 'fr_liveness'] as const;
export type ModelName = (typeof MODEL_FILES)[number];

/** <repo>/.models/faceplugin, filled by scripts/fetch-models.mjs; TRUONGAN_MODELS_DIR overrides. */
export function modelsDir(): string {
  if (process.env.TRUONGAN_MODELS_DIR) return process.env.TRUONGAN_MODELS_DIR;
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
  return join(repo, '.models', 'faceplugin');
}

/**
 * Graph optimisation per model, measured on this machine's AVX-512 Xeon with onnxruntime-node 1.30
 * (ms per run, 1 thread, basic / extended / all): detect 9.5/9.7/2.9, landmark 1.7/1.6/0.5,
 * feature 28/30/72, liveness 5.7/5.4/6.3. 'all' adds NCHWc layout transforms that speed up the
 * small nets but make the 512-D feature net 2–3× slower here, so it gets 'basic'.
 */
const OPT_LEVEL: Record<ModelName, 'basic' | 'extended' | 'all'> = { fr_detect: 'all', fr_landmark: 'all', fr_feature: 'basic', fr_liveness: 'extended' };

export async function loadSessions(dir = modelsDir()): Promise<Record<ModelName, ort.InferenceSession>> {
  const out = {} as Record<ModelName, ort.InferenceSession>;
  for (const m of MODEL_FILES) {
    const file = join(dir, `${m}.onnx`);
    if (!existsSync(file)) throw new Error(`missing ${file}: run "node scripts/fetch-models.mjs"`);
    // One intra-op thread: we scale with one worker per core instead (two intra-op threads per
    // worker would fight the other worker for the same two cores).
    out[m] = await ort.InferenceSession.create(file, {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: OPT_LEVEL[m],
    });
  }
  return out;
}

export async function run1(session: ort.InferenceSession, input: Float32Array, dims: number[]): Promise<Record<string, ort.Tensor>> {
  return session.run({ [session.inputNames[0]!]: new ort.Tensor('float32', input, dims) }) as Promise<Record<string, ort.Tensor>>;
}
