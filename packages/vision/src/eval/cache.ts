/**
 * Embedding cache per (dataset, model) under the data dir, so re-running `eval faces` (other K,
 * --template mean, --attack) costs seconds. An entry is reused only while the file's size and mtime
 * are unchanged.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Acquired {
  fta: boolean;
  /** acquired only on the grey-border retry */
  retry: boolean;
  decodeError?: string;
  embedding: Float32Array | null;
  liveness: number | null;
  ms: number;
}

interface StoredEntry { size: number; mtimeMs: number; fta: boolean; retry: boolean; decodeError?: string; emb: string | null; liveness: number | null; ms: number }
export interface CacheRun { at: string; images: number; wall_s: number; workers: number }
interface Stored { version: 1; dataset: string; model: string; revision: string; entries: Record<string, StoredEntry>; runs: CacheRun[] }

/** Default when no data folder is passed in (library use): <repo>/data. The CLI passes the configured one. */
export function dataDir(): string {
  return join(resolve(dirname(fileURLToPath(import.meta.url)), '../../../..'), 'data');
}

export class EmbeddingCache {
  private readonly file: string;
  private readonly data: Stored;

  /** `revision` identifies the pipeline code and weights; a cache made by other code is discarded. */
  constructor(dataset: string, model: string, revision: string, root: string = dataDir()) {
    const abs = resolve(dataset);
    const key = createHash('sha1').update(abs).digest('hex').slice(0, 10);
    this.file = join(root, 'eval-cache', 'faces', model, `${basename(abs)}-${key}.json`);
    const old = existsSync(this.file) ? (JSON.parse(readFileSync(this.file, 'utf8')) as Stored) : null;
    this.data = old && old.revision === revision ? old : { version: 1, dataset: abs, model, revision, entries: {}, runs: [] };
  }

  get path(): string { return this.file; }
  get runs(): CacheRun[] { return this.data.runs; }

  get(rel: string, size: number, mtimeMs: number): Acquired | undefined {
    const e = this.data.entries[rel];
    if (!e || e.size !== size || e.mtimeMs !== mtimeMs) return undefined;
    const emb = e.emb ? new Float32Array(new Uint8Array(Buffer.from(e.emb, 'base64')).buffer) : null;
    return { fta: e.fta, retry: e.retry, decodeError: e.decodeError, embedding: emb, liveness: e.liveness, ms: e.ms };
  }

  set(rel: string, size: number, mtimeMs: number, a: Acquired): void {
    const emb = a.embedding ? Buffer.from(a.embedding.buffer, a.embedding.byteOffset, a.embedding.byteLength).toString('base64') : null;
    this.data.entries[rel] = { size, mtimeMs, fta: a.fta, retry: a.retry, decodeError: a.decodeError, emb, liveness: a.liveness, ms: a.ms };
  }

  addRun(run: CacheRun): void { this.data.runs.push(run); }

  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    // write-then-rename so an interrupted run never leaves a truncated cache
    writeFileSync(`${this.file}.tmp`, JSON.stringify(this.data));
    renameSync(`${this.file}.tmp`, this.file);
  }
}

/**
 * Hash of the code a model's embeddings depend on (shared image/geometry/quality code plus the
 * model's own folder) and of the ONNX files: any change to decoding, detection, alignment or
 * weights invalidates that model's caches, and unrelated edits do not.
 */
export function pipelineRevision(model: string): string {
  const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const own = model.startsWith('faceplugin') ? ['onnx'] : ['alt'];
  const files = ['image.ts', 'netpbm.ts', 'geometry.ts', 'landmarks.ts', 'quality.ts', 'eval/acquire.ts'];
  for (const d of own) for (const n of readdirSync(join(src, d)).sort()) if (n.endsWith('.ts') && !n.endsWith('.test.ts')) files.push(join(d, n));
  const h = createHash('sha1');
  for (const f of files) h.update(f).update(readFileSync(join(src, f)));
  const models = join(resolve(src, '../../..'), '.models', 'faceplugin');
  if (own[0] === 'onnx' && existsSync(models)) for (const n of readdirSync(models).sort()) h.update(n).update(String(statSync(join(models, n)).size));
  return h.digest('hex').slice(0, 12);
}
