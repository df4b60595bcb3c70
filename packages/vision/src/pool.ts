/**
 * A FaceEngine spread over worker threads, one per core: onnxruntime (1 intra-op thread) and
 * tfjs-wasm (single-threaded in Node) each use one core, so parallelism has to come from workers.
 * Raw RGB pixels are transferred (not copied through structured clone) to the worker.
 */
import { Worker } from 'node:worker_threads';
import { cpus } from 'node:os';
import type { DescribedFace } from '@truongan/core/ports/faceEngine';
import { decodeImage, type RgbImage } from './image.ts';
import { resolveModelId } from './engines.ts';
import type { StageTimings, VisionFaceEngine } from './types.ts';

export interface FacePoolOptions { model?: string; workers?: number; maxSide?: number }

type Reply = { id: number; faces?: DescribedFace[]; ms?: number; error?: string } & Partial<StageTimings>;
interface Pending { resolve: (v: Reply) => void; reject: (e: Error) => void; slot: Slot }
interface Slot { worker: Worker; busy: number; alive: boolean }

const EMBEDDING_SIZE: Record<string, number> = { 'faceplugin-r1-5pt': 512, 'human-faceres': 1024, 'faceapi-128': 128 };

export class FacePool implements VisionFaceEngine {
  readonly embeddingSize: number;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  private closing = false;

  private constructor(readonly model: string, private readonly slots: Slot[], private readonly maxSide: number) {
    this.embeddingSize = EMBEDDING_SIZE[model] ?? 0;
    for (const s of slots) this.attach(s);
  }

  private attach(s: Slot): void {
    s.worker.on('message', (m: Reply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      s.busy--;
      if (m.error) p.reject(new Error(m.error)); else p.resolve(m);
    });
    // A crashed worker (native abort, OOM) fails only its own requests and is replaced, so one
    // bad frame cannot stall every camera behind a dead thread.
    const w = s.worker;
    const fail = (e: Error) => {
      if (!s.alive || s.worker !== w) return; // late events of a replaced worker
      s.alive = false;
      for (const [id, p] of this.pending) if (p.slot === s) { this.pending.delete(id); p.reject(e); }
      if (!this.closing) void spawn(this.model).then((fresh) => { if (this.closing) void fresh.worker.terminate(); else { Object.assign(s, fresh); this.attach(s); } }, () => {});
    };
    s.worker.on('error', fail);
    s.worker.on('exit', (code) => fail(new Error(`face worker exited (code ${code})`)));
  }

  static async create(o: FacePoolOptions = {}): Promise<FacePool> {
    const model = resolveModelId(o.model ?? 'faceplugin-r1-5pt');
    const n = Math.max(1, o.workers ?? cpus().length);
    const slots = await Promise.all(Array.from({ length: n }, () => spawn(model)));
    return new FacePool(model, slots, o.maxSide ?? 1920);
  }

  get workers(): number { return this.slots.length; }

  async describe(image: Uint8Array): Promise<DescribedFace[]> {
    return this.describeRgb(await decodeImage(image, { maxSide: this.maxSide }));
  }

  async describeRgb(img: RgbImage): Promise<DescribedFace[]> {
    return (await this.describeRgbTimed(img)).faces;
  }

  /** Like describeRgb, plus the milliseconds the worker spent on it (queueing excluded). */
  describeRgbTimed(img: RgbImage): Promise<{ faces: DescribedFace[]; ms: number }> {
    // least-busy worker; copy the pixels so the caller keeps its buffer, then transfer the copy
    const live = this.slots.filter((x) => x.alive);
    if (live.length === 0) return Promise.reject(new Error('no face worker is running'));
    const slot = live.reduce((a, b) => (b.busy < a.busy ? b : a));
    const data = new Uint8Array(img.data);
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (m) => resolve({ faces: m.faces!, ms: m.ms! }), reject, slot });
      slot.worker.postMessage({ id, img: { data, width: img.width, height: img.height } }, [data.buffer]);
    });
  }

  /** Test hook: make worker i exit as if it had crashed. */
  crashWorkerForTest(i: number): void {
    this.slots[i]?.worker.postMessage({ id: 0, crash: true });
  }

  /** Number of workers currently running (a crashed one is replaced within ~1 s). */
  get liveWorkers(): number { return this.slots.filter((s) => s.alive).length; }

  /** Sum of every worker's stage timings. */
  async stageTimings(): Promise<StageTimings> {
    const all = await Promise.all(this.slots.filter((s) => s.alive).map((s) => new Promise<StageTimings>((res) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve: (v) => res(v as StageTimings), reject: () => res({ decode: 0, detect: 0, landmarks: 0, embedding: 0, liveness: 0, faces: 0, images: 0 }), slot: s });
      s.busy++;
      s.worker.postMessage({ id, timings: true });
    })));
    const sum: StageTimings = { decode: 0, detect: 0, landmarks: 0, embedding: 0, liveness: 0, faces: 0, images: 0 };
    for (const t of all) for (const k of Object.keys(sum) as Array<keyof StageTimings>) sum[k] += t[k] ?? 0;
    return sum;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function spawn(model: string): Promise<Slot> {
  return new Promise<Slot>((res, rej) => {
    const worker = new Worker(new URL('./poolWorker.mjs', import.meta.url), { workerData: { model } });
    worker.once('message', (m: { ready?: boolean; error?: string }) => (m.ready ? res({ worker, busy: 0, alive: true }) : rej(new Error(m.error))));
    worker.once('error', rej);
  });
}

export const createFacePool = (o: FacePoolOptions = {}) => FacePool.create(o);
