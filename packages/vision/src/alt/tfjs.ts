/**
 * tfjs set-up shared by the alternative recognizers (see ../shared/reference/face-recipe.example.js):
 * wasm backend with local .wasm files (the default is a CDN), and a file:// model loader (Node's
 * fetch cannot read file:// URLs). @tensorflow/tfjs-node is not used: it downloads libtensorflow
 * at install time, which this offline machine cannot do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const requireCjs = createRequire(import.meta.url);
type Tf = typeof import('@tensorflow/tfjs-core');

let ready: Promise<Tf> | undefined;

/** Package root; walks up from the main entry when "exports" hides package.json (Human does). */
export function pkgDir(name: string): string {
  try {
    return dirname(requireCjs.resolve(`${name}/package.json`));
  } catch {
    let d = dirname(requireCjs.resolve(name));
    while (!existsSync(join(d, 'package.json'))) d = dirname(d);
    return d;
  }
}

export function initTfWasm(): Promise<Tf> {
  ready ??= (async () => {
    const tf = requireCjs('@tensorflow/tfjs-core') as Tf;
    requireCjs('@tensorflow/tfjs-backend-cpu');
    const wasm = requireCjs('@tensorflow/tfjs-backend-wasm') as typeof import('@tensorflow/tfjs-backend-wasm');
    wasm.setWasmPaths(join(pkgDir('@tensorflow/tfjs-backend-wasm'), 'dist') + '/');
    // (typed loosely: tfjs's IORouter type wants a full IOHandler, load() is all a loader needs)
    tf.io.registerLoadRouter(((url: string | string[]) => {
      if (typeof url !== 'string' || !url.startsWith('file://')) return null;
      const jsonPath = url.slice(7);
      return {
        load: async () => {
          const j = JSON.parse(readFileSync(jsonPath, 'utf8'));
          const weightSpecs = [];
          const bufs: Buffer[] = [];
          for (const g of j.weightsManifest) {
            weightSpecs.push(...g.weights);
            for (const p of g.paths) bufs.push(readFileSync(join(dirname(jsonPath), p)));
          }
          const all = Buffer.concat(bufs);
          return {
            modelTopology: j.modelTopology, weightSpecs, format: j.format, generatedBy: j.generatedBy, convertedBy: j.convertedBy,
            userDefinedMetadata: j.userDefinedMetadata, signature: j.signature,
            weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength),
          };
        },
      };
    }) as never);
    // tfjs-wasm is single-threaded under Node (setThreadsCount has no effect): scale with the pool.
    await tf.setBackend('wasm');
    await tf.ready();
    return tf;
  })();
  return ready;
}
