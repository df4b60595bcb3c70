/**
 * npx tsx packages/vision/bench/ortOptions.ts [--model fr_feature] [--runs 40] [--json]
 * Which onnxruntime session options make a faceplugin model fastest on this CPU (1 intra-op
 * thread, as the workers use): graph optimisation level, memory arena / pattern, execution mode,
 * and the batch sizes the graph accepts. Prints ms per run (median / min, CPU ms by
 * process.cpuUsage so the other jobs on a shared machine inflate it less) and the load average.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as ort from 'onnxruntime-node';
import { modelsDir } from '../src/onnx/models.ts';

const { values } = parseArgs({ options: { model: { type: 'string', default: 'fr_feature' }, runs: { type: 'string', default: '40' }, json: { type: 'boolean' }, batch: { type: 'string', default: '1' } } });
const file = join(modelsDir(), `${values.model}.onnx`);
const runs = Number(values.runs);
const DIMS: Record<string, number[]> = { fr_detect: [3, 240, 320], fr_landmark: [1, 64, 64], fr_feature: [3, 112, 112], fr_liveness: [3, 128, 128] };
const chw = DIMS[values.model!]!;

type Variant = { name: string; opts: ort.InferenceSession.SessionOptions };
const base: ort.InferenceSession.SessionOptions = { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential' };
const variants: Variant[] = [
  { name: 'basic (current)', opts: { ...base, graphOptimizationLevel: 'basic' } },
  { name: 'disabled', opts: { ...base, graphOptimizationLevel: 'disabled' } },
  { name: 'extended', opts: { ...base, graphOptimizationLevel: 'extended' } },
  { name: 'all', opts: { ...base, graphOptimizationLevel: 'all' } },
  { name: 'all minus NchwcTransformer', opts: { ...base, graphOptimizationLevel: 'all', extra: { optimization: { disable_specified_optimizers: 'NchwcTransformer' } } } },
  { name: 'basic, no mem arena', opts: { ...base, graphOptimizationLevel: 'basic', enableCpuMemArena: false } },
  { name: 'basic, no mem pattern', opts: { ...base, graphOptimizationLevel: 'basic', enableMemPattern: false } },
  { name: 'basic, parallel mode', opts: { ...base, graphOptimizationLevel: 'basic', executionMode: 'parallel' } },
  { name: 'basic, no spinning', opts: { ...base, graphOptimizationLevel: 'basic', extra: { session: { intra_op: { allow_spinning: '0' } } } } },
];

async function measure(v: Variant, batch: number) {
  const s = await ort.InferenceSession.create(file, v.opts);
  const per = chw.reduce((a, b) => a * b);
  const x = new Float32Array(per * batch).map(() => Math.random() * 2 - 1);
  const feed = () => ({ [s.inputNames[0]!]: new ort.Tensor('float32', x, [batch, ...chw]) });
  try {
    for (let i = 0; i < 5; i++) await s.run(feed());
  } catch (e) {
    await s.release();
    return { error: String((e as Error).message).split('\n')[0]!.slice(0, 160) };
  }
  const wall: number[] = [], cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage(), t0 = performance.now();
    await s.run(feed());
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  await s.release();
  const med = (a: number[]) => [...a].sort((p, q) => p - q)[Math.floor(a.length / 2)]!;
  const r = (n: number) => Math.round(n * 100) / 100;
  return { batch, wall_median_ms: r(med(wall)), wall_min_ms: r(Math.min(...wall)), cpu_median_ms: r(med(cpu)), ms_per_face_median: r(med(wall) / batch) };
}

const results: Array<{ variant: string } & Record<string, unknown>> = [];
const batches = values.batch!.split(',').map(Number);
for (const v of variants) {
  for (const b of batches) {
    const r = await measure(v, b);
    results.push({ variant: v.name, ...r });
    if (!values.json) console.log(v.name.padEnd(28), JSON.stringify(r));
  }
}
const out = { bench: 'ort-options', model: values.model, runs, load_avg: loadavg().map((x) => Math.round(x * 100) / 100), results };
if (values.json) console.log(JSON.stringify(out)); else console.log('load average', out.load_avg.join(' '));
