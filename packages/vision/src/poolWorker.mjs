// Worker entry for FacePool. Plain .mjs that registers tsx, so the pool works whether the parent
// runs under tsx, vitest or plain node (a worker does not inherit the parent's TS loader).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
try {
  const { runWorker } = await import('./poolWorkerMain.ts');
  await runWorker(parentPort, workerData);
} catch (err) {
  parentPort.postMessage({ error: String(err?.stack ?? err) });
}
