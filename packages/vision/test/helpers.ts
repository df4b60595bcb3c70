import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** ../shared/fixtures relative to the repo root (never copied into the repo). */
export const FIXTURES = resolve(import.meta.dirname, '../../../../shared/fixtures');
export const hasFixtures = existsSync(join(FIXTURES, 'faces'));
export const fixture = (rel: string) => readFileSync(join(FIXTURES, rel));
export const fixtureDir = (rel: string) => readdirSync(join(FIXTURES, rel)).sort().map((f) => join(rel, f));
/** The real multi-face photos shipped inside @vladmandic/face-api (a dependency, so always present). */
export const faceApiSample = (i: number) => readFileSync(join(resolve(require.resolve('@vladmandic/face-api/package.json'), '..'), 'demo', `sample${i}.jpg`));
export const cos = (a: Float32Array, b: Float32Array) => a.reduce((s, v, i) => s + v * b[i]!, 0);
export const hasModels = existsSync(resolve(import.meta.dirname, '../../../.models/faceplugin/fr_feature.onnx')) || !!process.env.TRUONGAN_MODELS_DIR;
