/**
 * `truongan eval faces`: EVAL-PROTOCOL.md (../shared/EVAL-PROTOCOL.md) over a folder of photos for
 * one recognizer. The maths and the embedding cache live in @truongan/vision/eval/run.
 */
import type { Command } from 'commander';

const int = (v: string) => {
  const n = Number.parseInt(v, 10);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a positive integer, got "${v}"`);
  return n;
};

/** Adds `eval faces`. Accepts the root program or the `eval` command itself. */
export function registerEvalFaces(program: Command): void {
  const evalCmd = program.name() === 'eval'
    ? program
    : program.commands.find((c) => c.name() === 'eval') ?? program.command('eval').description('evaluate components on labelled data');
  evalCmd
    .command('faces')
    .description('face recognition and presentation-attack metrics on DIR/<identity>/<image> (EVAL-PROTOCOL.md)')
    .requiredOption('--dataset <dir>', 'folder of identity folders')
    .option('--k <n>', 'enrolment photos per identity', int, 3)
    .option('--max-identities <n>', 'use only the first N identities (sorted)', int)
    .option('--attack <dir>', 'presentation attacks (every image is an attack)')
    .option('--model <name>', 'faceplugin-r1-5pt | human-faceres | faceapi-128', 'faceplugin-r1-5pt')
    .option('--template <mode>', 'max | mean', 'max')
    .option('--workers <n>', 'worker threads used to compute embeddings', int, 1)
    .option('--json', 'print one JSON object on the last line')
    .option('--data <dir>', 'data folder for the embedding cache (default ./data or TRUONGAN_DATA)')
    .action(async (o: { dataset: string; k: number; maxIdentities?: number; attack?: string; model: string; template: string; workers: number; json?: boolean; data?: string }) => {
      if (o.template !== 'max' && o.template !== 'mean') throw new Error('--template must be max or mean');
      const { evaluateFaces } = await import('@truongan/vision/eval/run');
      let last = 0;
      const r = await evaluateFaces({
        dataset: o.dataset, k: o.k, maxIdentities: o.maxIdentities, attack: o.attack, model: o.model, template: o.template, workers: o.workers,
        dataDir: (await import('./context.ts')).configFrom({ data: o.data }).dataDir,
        onProgress: (done, total) => {
          if (done === total || performance.now() - last > 2000) { last = performance.now(); process.stderr.write(`\r[eval] embedded ${done}/${total}`); if (done === total) process.stderr.write('\n'); }
        },
      });
      if (o.json) { console.log(JSON.stringify(r)); return; }
      const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
      const c = r.counts, os = r.open_set, v = r.verification;
      console.log(`${r.dataset} · ${r.model} · K=${r.k} · template ${r.template}`);
      console.log(`identities ${c.identities} (enrolled ${c.enrolled_identities}, unknown ${c.unknown_identities}, skipped ${c.skipped_identities}), images ${c.images}, no face ${c.fta_images} (on border retry ${c.acquired_on_border_retry})`);
      console.log(`rank-1 ${pct(os.rank1)} (acquired only ${pct(os.rank1_acquired_only)})`);
      for (const k of ['fpir_0.001', 'fpir_0.01', 'fpir_0.05'] as const) {
        const p = os[k];
        console.log(`FNIR @ FPIR ${k.slice(5)}: ${pct(p.fnir)} (t=${p.threshold}, achieved FPIR ${pct(p.fpir)}${p.resolution_limited ? ', resolution limited' : ''})`);
      }
      for (const k of ['far_0.001', 'far_0.0001'] as const) {
        const p = v[k];
        console.log(`TAR @ FAR ${k.slice(4)}: ${pct(p.tar)} (t=${p.threshold}${p.resolution_limited ? ', resolution limited' : ''})`);
      }
      console.log(`EER ${pct(v.eer)}`);
      if ('pad' in r && r.pad) console.log(`PAD (no face = rejected): APCER @ BPCER 5% ${pct((r.pad as any)['bpcer_0.05'].apcer)}, EER ${pct((r.pad as any).eer)}`);
      else if ('pad' in r) console.log('PAD: this recognizer has no liveness model');
      console.log(`timing: ${r.timing.images_per_s?.toFixed(1) ?? '-'} images/s when embedding, ${r.timing.mean_ms_per_image_single_process?.toFixed(1) ?? '-'} ms/image`);
    });
}
