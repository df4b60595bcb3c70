// Runs `eval faces` (the library function behind the CLI) on every labelled set in
// ../shared/fixtures/faces for each recognizer and prints the markdown table used in docs/faces.md.
//   npx tsx packages/vision/scripts/faces-table.ts [--workers 2] [--models a,b] [--json-dir DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateFaces, type EvalResult } from '../src/eval/run.ts';
import { MODEL_IDS } from '../src/engines.ts';

const { values } = parseArgs({ options: { workers: { type: 'string', default: '2' }, models: { type: 'string' }, 'json-dir': { type: 'string' } } });
const root = resolve(import.meta.dirname, '../../../../shared/fixtures/faces');
const SETS: Array<{ name: string; dataset: string; attack?: string }> = [
  { name: 'orl_att_faces', dataset: 'orl_att_faces' },
  { name: 'yale_faces', dataset: 'yale_faces' },
  { name: 'dlib_johns', dataset: 'dlib_johns' },
  { name: 'face_recognition_examples', dataset: 'face_recognition_examples' },
  { name: 'deepface_testset', dataset: 'deepface_testset' },
  { name: 'nuaa_dev/live (+print_attack)', dataset: 'nuaa_dev/live', attack: 'nuaa_dev/print_attack' },
];
const models = values.models ? values.models.split(',') : [...MODEL_IDS];
const f3 = (x: number) => x.toFixed(3);
const rows: string[] = [];
for (const s of SETS) {
  for (const model of models) {
    const r: EvalResult = await evaluateFaces({ dataset: join(root, s.dataset), attack: s.attack ? join(root, s.attack) : undefined, model, workers: Number(values.workers) });
    if (values['json-dir']) { mkdirSync(values['json-dir'], { recursive: true }); writeFileSync(join(values['json-dir'], `${model}-${s.dataset.replace('/', '_')}.json`), JSON.stringify(r)); }
    const v = r.verification['far_0.001'], o = r.open_set['fpir_0.05'];
    const pad = 'pad' in r && r.pad ? f3((r.pad as { 'bpcer_0.05': { apcer: number } })['bpcer_0.05'].apcer) : 'attack' in r ? 'n/a' : '';
    rows.push(`| ${s.name} | ${model} | ${f3(v.tar)}${v.resolution_limited ? '*' : ''} | ${f3(o.fnir)}${o.resolution_limited ? '*' : ''} | ${(100 * r.verification.eer).toFixed(2)}% | ${f3(r.open_set.rank1)} | ${r.counts.fta_images}/${r.counts.images} (${r.counts.acquired_on_border_retry} on retry) | ${r.counts.known_probes}/${r.counts.unknown_probes}/${r.counts.genuine_pairs}/${r.counts.impostor_pairs} | ${pad} | ${r.timing.mean_ms_per_image_single_process?.toFixed(0)} |`);
    process.stderr.write(`${s.name} ${model} done\n`);
  }
}
console.log('| set | model | TAR@FAR1e-3 | FNIR@FPIR5% | EER | rank-1 | FTA (no face) | known/unknown probes, genuine/impostor pairs | APCER@BPCER5% | ms/image† |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log('\n\\* resolution limited: fewer than 1/rate negatives, so the threshold allows zero false alarms.');
console.log(`† mean wall ms per image inside one engine (decode + detect + describe, incl. border retries) from the runs that filled the cache (wall time: inflated when the machine is shared; bench:faces measures speed).`);
