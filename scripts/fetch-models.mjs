#!/usr/bin/env node
// Fetches the four ONNX face models from the npm tarball of faceplugin-face-recognition-js@0.0.1
// into <repo>/.models/faceplugin/ and checks them against pinned sha256 sums.
// Why a tarball and not a dependency: the package declares webpack/jest/babel/onnxruntime-web as
// runtime dependencies; we only need four model files. Why pinned sums: the weights' origin is not
// stated by the package (see docs/faces.md), so at least we make sure they never silently change.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'faceplugin-face-recognition-js@0.0.1';
const TARBALL = 'faceplugin-face-recognition-js-0.0.1.tgz';
const MODELS = {
  'fr_detect.onnx': '6c0256ccd3164f844736a401faf936ec2930764a87ae39442180887d0c5c8854',
  'fr_landmark.onnx': 'f10b0ba1d2a8a099adefede1ebf3733e44fe370715e7303dbeb7f59c02142258',
  'fr_feature.onnx': '87aacdfe57510db2af90c0251df680e8eec88f122ee94712121d09bcaaaf3581',
  'fr_liveness.onnx': 'afa783b7e902fdfcf323a7240cac2a1c580c25314ea4161129dc1b0d100dc32d',
};

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = process.env.TRUONGAN_MODELS_DIR ?? join(repo, '.models', 'faceplugin');
const cacheDir = join(repo, '.models', '.cache');

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const valid = (name) => existsSync(join(outDir, name)) && sha256(join(outDir, name)) === MODELS[name];

const missing = Object.keys(MODELS).filter((n) => !valid(n));
if (missing.length === 0) {
  console.log(`[models] faceplugin models present and verified in ${outDir}`);
  process.exit(0);
}
mkdirSync(outDir, { recursive: true });
mkdirSync(cacheDir, { recursive: true });
const tgz = join(cacheDir, TARBALL);
if (!existsSync(tgz)) {
  console.log(`[models] npm pack ${PACKAGE} (about 41 MB, once)`);
  // npm pack goes through the configured registry and npm's own cache; no dependency is installed.
  execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', cacheDir], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const tmp = join(cacheDir, 'extract');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
try {
  // Extract only the model files we need (the tarball also holds opencv.js and other models).
  execFileSync('tar', ['-xzf', tgz, '-C', tmp, ...missing.map((n) => `package/model/${n}`)], { stdio: 'inherit' });
  for (const name of missing) {
    const file = join(tmp, 'package', 'model', name);
    const got = sha256(file);
    if (got !== MODELS[name]) {
      // A changed tarball is not trusted: delete it so the next run fetches afresh, and fail loudly.
      rmSync(tgz, { force: true });
      throw new Error(`[models] checksum mismatch for ${name}: expected ${MODELS[name]}, got ${got}`);
    }
    renameSync(file, join(outDir, name));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`[models] installed ${missing.join(', ')} into ${outDir}`);
if (readdirSync(outDir).length < Object.keys(MODELS).length) process.exit(1);
