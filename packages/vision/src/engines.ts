/**
 * Recognizer registry: one id per model, so templates of different models never mix. The
 * alternatives are imported lazily (tfjs-wasm start-up costs ~1 s and ~150 MB).
 */
import type { VisionFaceEngine } from './types.ts';

export const MODEL_IDS = ['faceplugin-r1-5pt', 'human-faceres', 'faceapi-128'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

const ALIASES: Record<string, ModelId> = { onnx: 'faceplugin-r1-5pt', faceplugin: 'faceplugin-r1-5pt', human: 'human-faceres', 'face-api': 'faceapi-128', faceapi: 'faceapi-128' };

export function resolveModelId(name: string): ModelId {
  if ((MODEL_IDS as readonly string[]).includes(name)) return name as ModelId;
  const a = ALIASES[name];
  if (!a) throw new Error(`unknown face model "${name}" (known: ${MODEL_IDS.join(', ')}; aliases: ${Object.keys(ALIASES).join(', ')})`);
  return a;
}

export async function createEngine(name: string = 'faceplugin-r1-5pt'): Promise<VisionFaceEngine> {
  switch (resolveModelId(name)) {
    case 'faceplugin-r1-5pt': return (await import('./onnx/engine.ts')).OnnxFaceEngine.create({});
    case 'human-faceres': return (await import('./alt/human.ts')).HumanFaceEngine.create();
    case 'faceapi-128': return (await import('./alt/faceapi.ts')).FaceApiEngine.create();
  }
}
