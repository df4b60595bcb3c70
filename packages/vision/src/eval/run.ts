/**
 * `eval faces` as a library function: EVAL-PROTOCOL.md end to end, with the embedding cache.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { cpus } from 'node:os';
import { createEngine, resolveModelId } from '../engines.ts';
import { createFacePool } from '../pool.ts';
import type { VisionFaceEngine } from '../types.ts';
import { acquire } from './acquire.ts';
import { EmbeddingCache, pipelineRevision, type Acquired } from './cache.ts';
import { assignRoles, listDataset, type IdentityFolder } from './dataset.ts';
import { apcerAt, eer, openSetAt, rank1, tarAt } from './metrics.ts';
import { scoreRoles, type TemplateMode } from './score.ts';

export interface EvalOptions {
  dataset: string;
  k?: number;
  maxIdentities?: number;
  attack?: string;
  model?: string;
  template?: TemplateMode;
  /** Worker threads used to fill the cache (default: 1, so ms/image is single-process). */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** Data folder holding the embedding cache (the CLI passes the product's configured data folder). */
  dataDir?: string;
}

interface Filled { get: (rel: string) => Acquired; computed: number; wall_s: number; cache: EmbeddingCache }

async function fill(engine: () => Promise<VisionFaceEngine>, dir: string, ids: IdentityFolder[], model: string, workers: number, progress?: EvalOptions['onProgress'], dataRoot?: string): Promise<Filled> {
  const cache = new EmbeddingCache(dir, model, pipelineRevision(model), dataRoot);
  const files = ids.flatMap((i) => i.images);
  const have = new Map<string, Acquired>();
  const todo: Array<{ rel: string; size: number; mtimeMs: number }> = [];
  for (const rel of files) {
    const st = await stat(join(dir, rel));
    const hit = cache.get(rel, st.size, st.mtimeMs);
    if (hit) have.set(rel, hit); else todo.push({ rel, size: st.size, mtimeMs: st.mtimeMs });
  }
  const t0 = performance.now();
  if (todo.length > 0) {
    const eng = await engine();
    let next = 0, done = 0;
    // A few requests in flight per worker keep every core busy while the main thread decodes.
    const lanes = Array.from({ length: workers === 1 ? 1 : workers * 2 }, async () => {
      while (next < todo.length) {
        const item = todo[next++]!;
        const a = await acquire(eng, join(dir, item.rel));
        have.set(item.rel, a);
        cache.set(item.rel, item.size, item.mtimeMs, a);
        progress?.(++done, todo.length);
        if (done % 50 === 0) cache.save();
      }
    });
    await Promise.all(lanes);
    await eng.close();
    cache.addRun({ at: new Date().toISOString(), images: todo.length, wall_s: (performance.now() - t0) / 1000, workers });
    cache.save();
  }
  return { get: (rel) => have.get(rel)!, computed: todo.length, wall_s: (performance.now() - t0) / 1000, cache };
}

const finite = (x: number) => (Number.isFinite(x) ? x : x > 0 ? 'Infinity' : '-Infinity');

function padBlock(bf: Array<number | null>, att: Array<number | null>, ftaAsRejected: boolean) {
  const pick = (xs: Array<number | null>) => (ftaAsRejected ? xs.map((x) => x ?? -Infinity) : xs.filter((x): x is number => x !== null));
  const b = pick(bf), a = pick(att);
  const at = (r: number) => { const p = apcerAt(b, a, r); return { threshold: finite(p.threshold), apcer: p.apcer, bpcer: p.bpcer }; };
  const e = eer(b, a);
  return { bona_fide: b.length, attacks: a.length, 'bpcer_0.01': at(0.01), 'bpcer_0.05': at(0.05), eer: e.eer, eer_threshold: finite(e.threshold) };
}

export async function evaluateFaces(o: EvalOptions) {
  const k = o.k ?? 3;
  const model = resolveModelId(o.model ?? 'faceplugin-r1-5pt');
  const template = o.template ?? 'max';
  const workers = Math.max(1, Math.min(o.workers ?? 1, cpus().length));
  const makeEngine = () => (workers > 1 ? createFacePool({ model, workers }) : createEngine(model));
  const dataset = resolve(o.dataset);
  const ids = listDataset(dataset, o.maxIdentities);
  const data = await fill(makeEngine, dataset, ids, model, workers, o.onProgress, o.dataDir);
  const roles = assignRoles(ids, k);
  const scored = scoreRoles(roles, data.get, template);
  const allFiles = ids.flatMap((i) => i.images).map(data.get);

  const osAt = (r: number) => { const p = openSetAt(scored.probes, r); return { ...p, threshold: finite(p.threshold) }; };
  const vAt = (r: number) => { const p = tarAt(scored.genuine, scored.impostor, r); return { ...p, threshold: finite(p.threshold) }; };
  const ver = eer(scored.genuine, scored.impostor);

  let pad: Record<string, unknown> | null | undefined;
  let attackData: Filled | undefined;
  if (o.attack) {
    const attackDir = resolve(o.attack);
    const attackIds = listDataset(attackDir);
    attackData = await fill(makeEngine, attackDir, attackIds, model, workers, o.onProgress, o.dataDir);
    const bf = allFiles.map((a) => (a.fta ? null : a.liveness));
    const att = attackIds.flatMap((i) => i.images).map((f) => attackData!.get(f)).map((a) => (a.fta ? null : a.liveness));
    if (allFiles.some((a) => !a.fta && a.liveness === null)) {
      pad = null; // this recognizer has no liveness model
    } else {
      const fta_as_rejected = padBlock(bf, att, true);
      pad = { ...fta_as_rejected, variant: 'pad_fta_as_rejected', pad_detected_faces_only: padBlock(bf, att, false), pad_fta_as_rejected: fta_as_rejected,
        bona_fide_no_face: bf.filter((x) => x === null).length, attack_no_face: att.filter((x) => x === null).length };
    }
  }

  const runs = data.cache.runs;
  const runImages = runs.reduce((s, r) => s + r.images, 0), runWall = runs.reduce((s, r) => s + r.wall_s, 0);
  const ms = allFiles.map((a) => a.ms);
  const counts = {
    identities: ids.length, images: allFiles.length, ...scored.counts,
    fta_images: allFiles.filter((a) => a.fta).length,
    acquired_on_border_retry: allFiles.filter((a) => a.retry).length,
    decode_errors: allFiles.filter((a) => a.decodeError).length,
    genuine_pairs: scored.genuine.length, impostor_pairs: scored.impostor.length,
  };
  return {
    dataset: o.dataset, model, k, template, max_identities: o.maxIdentities ?? null,
    counts,
    open_set: { ...rank1(scored.probes), 'fpir_0.001': osAt(0.001), 'fpir_0.01': osAt(0.01), 'fpir_0.05': osAt(0.05) },
    verification: { 'far_0.001': vAt(0.001), 'far_0.0001': vAt(0.0001), eer: ver.eer, eer_threshold: finite(ver.threshold) },
    ...(o.attack ? { attack: o.attack, pad } : {}),
    timing: {
      images_per_s: runWall > 0 ? runImages / runWall : null,
      this_invocation: { images_embedded: data.computed + (attackData?.computed ?? 0), wall_s: data.wall_s + (attackData?.wall_s ?? 0), workers },
      embedding_runs_for_this_set: { runs: runs.length, images: runImages, wall_s: runWall, images_per_s: runWall > 0 ? runImages / runWall : null, workers: [...new Set(runs.map((r) => r.workers))] },
      mean_ms_per_image_single_process: ms.length ? ms.reduce((s, x) => s + x, 0) / ms.length : null,
      cache: data.cache.path,
      pipeline_revision: pipelineRevision(model),
    },
  };
}

export type EvalResult = Awaited<ReturnType<typeof evaluateFaces>>;
