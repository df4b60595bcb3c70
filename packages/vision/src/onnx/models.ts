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
 * Graph optimisation level per model. The best level depends on the CPU: on the 2-core AVX-512 Xeon
 * of an earlier session (onnxruntime-node 1.30, 1 thread, ms per run basic / all) the feature net took
 * 28 / 72 ms ('all' adds NCHWc layout transforms that hurt it there) while detect went 9.5 / 2.9; on
 * the 2-core AMD EPYC (Zen 4) of 22 Nov 2026 evening 'all' is best for every net: detect 3.8 / 1.25,
 * landmark 0.66 / 0.17, feature 9.4 / 7.4, liveness 3.1 / 2.9 (`packages/vision/bench/ortOptions.ts`).
 * So the two nets where the choice flipped are timed with each candidate when the sessions load
 * (~0.3 s) and the faster one is kept; TRUONGAN_ORT_OPT=basic|extended|all|disabled forces one level.
 * Memory arena / pattern, parallel execution mode and thread spinning made no difference (±5 %).
 */
type OptLevel = 'disabled' | 'basic' | 'extended' | 'all';
const CANDIDATES: Record<ModelName, OptLevel[]> = { fr_detect: ['all'], fr_landmark: ['all'], fr_feature: ['all', 'basic'], fr_liveness: ['all', 'extended'] };
const INPUT_DIMS: Record<ModelName, number[]> = { fr_detect: [1, 3, 240, 320], fr_landmark: [1, 1, 64, 64], fr_feature: [1, 3, 112, 112], fr_liveness: [1, 3, 128, 128] };

/** The level each model got in this process (the benchmark prints it). */
export const chosenOptLevels: Partial<Record<ModelName, OptLevel>> = {};

function createSession(file: string, level: OptLevel) {
  // One intra-op thread: we scale with one worker per core instead (two intra-op threads per
  // worker would fight the other worker for the same two cores).
  return ort.InferenceSession.create(file, { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: level });
}

/** Median ms of a few runs on zeros, candidates interleaved so a busy neighbour hurts both alike. */
async function pickFastest(file: string, m: ModelName, levels: OptLevel[]): Promise<{ session: ort.InferenceSession; level: OptLevel }> {
  const sessions = await Promise.all(levels.map((l) => createSession(file, l)));
  if (sessions.length === 1) return { session: sessions[0]!, level: levels[0]! };
  const input = new ort.Tensor('float32', new Float32Array(INPUT_DIMS[m].reduce((a, b) => a * b)), INPUT_DIMS[m]);
  const times: number[][] = sessions.map(() => []);
  for (let round = 0; round < 7; round++) {
    for (let i = 0; i < sessions.length; i++) {
      const t = performance.now();
      await sessions[i]!.run({ [sessions[i]!.inputNames[0]!]: input });
      if (round >= 2) times[i]!.push(performance.now() - t);
    }
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  let best = 0;
  for (let i = 1; i < sessions.length; i++) if (med(times[i]!) < med(times[best]!)) best = i;
  await Promise.all(sessions.filter((_, i) => i !== best).map((s) => s.release()));
  return { session: sessions[best]!, level: levels[best]! };
}

export async function loadSessions(dir = modelsDir()): Promise<Record<ModelName, ort.InferenceSession>> {
  const forced = process.env.TRUONGAN_ORT_OPT as OptLevel | undefined;
  const out = {} as Record<ModelName, ort.InferenceSession>;
  for (const m of MODEL_FILES) {
    const file = join(dir, `${m}.onnx`);
    if (!existsSync(file)) throw new Error(`missing ${file}: run "node scripts/fetch-models.mjs"`);
    const { session, level } = await pickFastest(file, m, forced ? [forced] : CANDIDATES[m]);
    out[m] = session;
    chosenOptLevels[m] = level;
  }
  return out;
}

export async function run1(session: ort.InferenceSession, input: Float32Array, dims: number[]): Promise<Record<string, ort.Tensor>> {
  return session.run({ [session.inputNames[0]!]: new ort.Tensor('float32', input, dims) }) as Promise<Record<string, ort.Tensor>>;
}

/** Run on a tensor the caller keeps and refills (the engine serialises its calls, so reuse is safe). */
export async function runTensor(session: ort.InferenceSession, input: ort.Tensor): Promise<Record<string, ort.Tensor>> {
  return session.run({ [session.inputNames[0]!]: input }) as Promise<Record<string, ort.Tensor>>;
}
