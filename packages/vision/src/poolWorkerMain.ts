/**
 * Body of a pool worker: one engine, one request at a time (a worker owns one core).
 */
import type { MessagePort } from 'node:worker_threads';
import { createEngine } from './engines.ts';
import { setSharpConcurrency } from './image.ts';
import type { RgbImage } from './image.ts';

export async function runWorker(port: MessagePort | null, data: { model: string }): Promise<void> {
  if (!port) throw new Error('poolWorker must run in a worker thread');
  // libvips' own thread pool would compete with the other workers for the same cores
  setSharpConcurrency(1);
  const engine = await createEngine(data.model);
  port.postMessage({ ready: true });
  let queue = Promise.resolve();
  port.on('message', (m: { id: number; img?: RgbImage; timings?: boolean; crash?: boolean }) => {
    if (m.crash) process.exit(3); // ends this worker thread only (FacePool.crashWorkerForTest)
    queue = queue.then(async () => {
      if (m.timings) { port.postMessage({ ...(engine.timings ?? {}), id: m.id }); return; }
      try {
        const t = performance.now();
        const faces = await engine.describeRgb(m.img!);
        port.postMessage({ id: m.id, faces, ms: performance.now() - t });
      } catch (err) {
        port.postMessage({ id: m.id, error: String((err as Error)?.stack ?? err) });
      }
    });
  });
}
