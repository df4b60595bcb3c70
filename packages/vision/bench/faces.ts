/**
 * npm run bench:faces [-- --json] [-- --model NAME] [-- --frames N] [-- --compare human-faceres]
 * Faces/s per worker and per machine (1 and 2 workers) for detect + landmarks + embedding +
 * liveness on 1080p frames with one face each; per-stage wall, CPU and network-only ms (medians
 * over frames, single-threaded loop); RSS; load average. JPEG decode is timed separately (a gate
 * worker gets raw frames from ffmpeg, an upload gets JPEG). `--compare MODEL` runs the same
 * single-process loop with another engine and prints the speed ratio.
 *
 * On a shared machine wall-clock faces/s depends on what else runs; CPU ms per face does much less,
 * so `capacity_faces_per_s` = workers × 1000 / (CPU ms per face) is what the cores would do idle.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createEngine } from '../src/engines.ts';
import { decodeImage, setSharpConcurrency } from '../src/image.ts';
import { createFacePool } from '../src/pool.ts';
import type { StageTimings, VisionFaceEngine } from '../src/types.ts';
import { makeFrame, portraitFiles } from './frames.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, model: { type: 'string', default: 'faceplugin-r1-5pt' }, frames: { type: 'string', default: '120' }, compare: { type: 'string' } } });
const model = values.model!;
const nFrames = Number(values.frames);
const mb = () => Math.round(process.memoryUsage().rss / 1048576);
const log = (...a: unknown[]) => { if (!values.json) console.log(...a); };
const r2 = (n: number) => Math.round(n * 100) / 100;
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)]! : NaN; };
const load = () => loadavg().map(r2);
const loadStart = load();

const portraits = portraitFiles();
const frames = await Promise.all(Array.from({ length: 12 }, (_, i) => makeFrame(portraits[i % portraits.length]!, i)));
log(`${frames.length} distinct 1080p frames from ${portraits.length} fixture portraits; model ${model}; ${cpus().length} cores; load ${loadStart.join(' ')}`);
const rssStart = mb();
setSharpConcurrency(1);

type Profiled = VisionFaceEngine & { cpuTimings?: StageTimings; netTimings?: StageTimings };
const STAGES = ['detect', 'landmarks', 'embedding', 'liveness'] as const;

/** One engine in this process, one frame at a time: per-frame deltas of the engine's counters, medians. */
async function singleProcess(id: string, n: number) {
  const engine = (await createEngine(id)) as Profiled;
  const rssLoaded = mb();
  for (let i = 0; i < 12; i++) await engine.describeRgb(frames[i % frames.length]!.raw); // JIT + arena warm-up
  const per: Record<string, number[]> = {};
  const push = (k: string, v: number) => (per[k] ??= []).push(v);
  const snap = (t?: StageTimings) => (t ? { ...t } : undefined);
  let faces = 0, decodeMs = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const f = frames[i % frames.length]!;
    const d = performance.now(); await decodeImage(f.jpeg); decodeMs += performance.now() - d;
    const w = snap(engine.timings), c = snap(engine.cpuTimings), nt = snap(engine.netTimings);
    const c1 = process.cpuUsage(), s1 = performance.now();
    const found = await engine.describeRgb(f.raw);
    push('frame_wall', performance.now() - s1);
    const cu = process.cpuUsage(c1); push('frame_cpu', (cu.user + cu.system) / 1000);
    faces += found.length;
    for (const k of STAGES) {
      if (w && engine.timings) push(`${k}_wall`, engine.timings[k] - w[k]);
      if (c && engine.cpuTimings) push(`${k}_cpu`, engine.cpuTimings[k] - c[k]);
      if (nt && engine.netTimings) push(`${k}_net`, engine.netTimings[k] - nt[k]);
    }
  }
  const wallAll = performance.now() - t0 - decodeMs;
  const cpuAll = process.cpuUsage(cpu0);
  await engine.close();
  const med = Object.fromEntries(Object.entries(per).map(([k, v]) => [k, r2(median(v))]));
  const prep = Object.fromEntries(STAGES.filter((k) => med[`${k}_net`] !== undefined).map((k) => [k, r2(med[`${k}_wall`]! - med[`${k}_net`]!)]));
  return {
    model: id, frames: n, faces, faces_per_s: r2((faces / wallAll) * 1000), ms_per_frame_median: med.frame_wall, cpu_ms_per_frame_median: med.frame_cpu,
    cpu_ms_per_face_incl_decode_loop: r2(((cpuAll.user + cpuAll.system) / 1000) / faces), jpeg_decode_ms_1080p: r2(decodeMs / n),
    stages_median_ms: { wall: pick(med, '_wall'), cpu: pick(med, '_cpu'), net_only: pick(med, '_net'), our_preprocessing: prep },
    rss_after_load_mb: rssLoaded,
  };
}
const pick = (m: Record<string, number>, suffix: string) => Object.fromEntries(Object.entries(m).filter(([k]) => k.endsWith(suffix)).map(([k, v]) => [k.slice(0, -suffix.length), v]));

const single = await singleProcess(model, Math.max(30, Math.min(nFrames, 90)));
log('in-process, 1 thread:', JSON.stringify(single));
let comparison: Record<string, unknown> | null = null;
if (values.compare) {
  const other = await singleProcess(values.compare, 30);
  comparison = { model: values.compare, ms_per_frame_median: other.ms_per_frame_median, cpu_ms_per_frame_median: other.cpu_ms_per_frame_median, faces: other.faces, speedup_of_main_model: r2(other.cpu_ms_per_frame_median! / single.cpu_ms_per_frame_median!) };
  log('comparison:', JSON.stringify(comparison));
}

// The pool with 1 and 2 workers: throughput on raw frames (the main thread copies each frame and transfers it).
const pools: Record<string, unknown> = {};
let rssPeak = mb();
for (const workers of [1, Math.min(2, cpus().length)]) {
  const pool = await createFacePool({ model, workers });
  await Promise.all(frames.map((f) => pool.describeRgb(f.raw))); // warm-up
  const s = performance.now();
  const cpu0 = process.cpuUsage();
  // at most 2 frames queued per worker, like a camera lane that drops frames when busy
  let next = 0, faces = 0, oneFace = 0;
  await Promise.all(Array.from({ length: 2 * workers }, async () => {
    while (next < nFrames) {
      const r = await pool.describeRgb(frames[next++ % frames.length]!.raw);
      faces += r.length; if (r.length === 1) oneFace++;
    }
  }));
  const wall = (performance.now() - s) / 1000;
  const cpu = process.cpuUsage(cpu0); // all threads of this process: contention-independent cost
  const cpuPerFace = (cpu.user + cpu.system) / 1000 / faces;
  rssPeak = Math.max(rssPeak, mb());
  pools[`workers_${workers}`] = {
    workers, frames: nFrames, faces, frames_with_one_face: oneFace, wall_s: r2(wall), faces_per_s: r2(faces / wall), faces_per_s_per_worker: r2(faces / wall / workers),
    cpu_ms_per_face: r2(cpuPerFace), capacity_faces_per_s: r2((workers * 1000) / cpuPerFace), cores_used: r2((cpu.user + cpu.system) / 1e6 / wall),
  };
  log(`pool ${workers} worker(s):`, JSON.stringify(pools[`workers_${workers}`]));
  await pool.close();
}

// Raw model latency (min and median of 30 runs) with the optimisation level each model got here.
let modelLatency: Record<string, { min: number; median: number; level?: string }> | null = null;
if (model.startsWith('faceplugin')) {
  const { loadSessions, run1, chosenOptLevels } = await import('../src/onnx/models.ts');
  const sessions = await loadSessions();
  const dims: Record<string, number[]> = { fr_detect: [1, 3, 240, 320], fr_landmark: [1, 1, 64, 64], fr_feature: [1, 3, 112, 112], fr_liveness: [1, 3, 128, 128] };
  modelLatency = {};
  for (const [name, d] of Object.entries(dims)) {
    const x = new Float32Array(d.reduce((a, b) => a * b)).map(() => Math.random());
    const ts: number[] = [];
    for (let i = 0; i < 33; i++) { const s0 = performance.now(); await run1(sessions[name as keyof typeof sessions], x, d); if (i >= 3) ts.push(performance.now() - s0); }
    modelLatency[name] = { min: r2(Math.min(...ts)), median: r2(median(ts)), level: chosenOptLevels[name as keyof typeof chosenOptLevels] };
  }
  await Promise.all(Object.values(sessions).map((x) => x.release()));
  log('model latency ms:', JSON.stringify(modelLatency));
}

const result = {
  bench: 'faces', model, model_latency_ms: modelLatency, cores: cpus().length, frame: '1920x1080, one face', single_process: single, comparison, pool: pools,
  rss_mb: { start: rssStart, after_load: single.rss_after_load_mb, peak: rssPeak }, load_avg: { start: loadStart, end: load() },
};
console.log(values.json ? JSON.stringify(result) : `RSS MB ${JSON.stringify(result.rss_mb)}; load ${JSON.stringify(result.load_avg)}`);
