/**
 * Re-score a saved gate benchmark run (`npm run bench:gate -- --save run.json`) without the cameras:
 *   npx tsx apps/server/bench/gate/replay.ts run.json [--json] [--explain]
 * Prints single-image FNIR @ FPIR 1 % against passage-level FNIR @ 1 % unknown-as-known with the current DEFAULT_DECISION
 * (the same functions the benchmark uses), and with --explain the known walkers the passage rule misses and the
 * never-enrolled walkers that come closest to being called known.
 */
import { DEFAULT_DECISION } from '@truongan/core';
import { passageLevel, passageRatio, singleImage } from './offline.ts';
import { loadRun } from './recording.ts';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) { console.error('usage: replay.ts run.json [--json] [--explain]'); process.exit(2); }
const run = loadRun(file);
const { plan, truth, tracks, walkOf, galleryObject: gallery } = run;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

const single = singleImage(tracks, walkOf, plan, truth, gallery);
const singleQ = singleImage(tracks, walkOf, plan, truth, gallery, 0.12);
const level = passageLevel(tracks, walkOf, plan, truth, gallery);
const known = plan.walks.filter((w, i) => !plan.skip?.has(i) && truth[w.walker]!.known).length;
const ratios = level.best ? passageRatio(single.fnir, level.best.fnir, known) : null;
const out = {
  file, known_walkers: known, unknown_walkers: plan.walks.filter((w, i) => !plan.skip?.has(i) && !truth[w.walker]!.known).length,
  single_image: { ...single, threshold: r3(single.threshold), fnir: r3(single.fnir) },
  single_image_quality_frames: { ...singleQ, threshold: r3(singleQ.threshold), fnir: r3(singleQ.fnir) },
  passage_level: level.best, passage_level_at_default: level.at_default_threshold,
  ...ratios,
  decision: DEFAULT_DECISION,
};
console.log(args.includes('--json') ? JSON.stringify(out) : out);

if (args.includes('--explain')) {
  // Per walker: best frame score for the right student (known) or for anyone (never enrolled), frames and sizes.
  const byWalk = new Map<number, typeof tracks>();
  for (const t of tracks) { const w = walkOf.get(t.trackId); if (w != null) byWalk.set(w, [...(byWalk.get(w) ?? []), t]); }
  const rows = plan.walks.flatMap((w, i) => {
    if (plan.skip?.has(i)) return [];
    const who = truth[w.walker]!;
    const frames = (byWalk.get(i) ?? []).flatMap((t) => t.frames).filter((f) => f.embedding);
    const scores = frames.map((f) => {
      const c = gallery.search(f.embedding!, 2);
      const mine = who.known ? (gallery.search(f.embedding!, 1000).find((x) => x.studentId === who.studentId)?.score ?? -1) : c[0]?.score ?? -1;
      return { w: Math.round(f.box.width), q: r3(f.quality), s: r3(mine), top: c[0]?.studentId === who.studentId };
    });
    const best = [...scores].sort((a, b) => b.s - a.s);
    return [{ walk: i, identity: who.identity, known: who.known, tracks: (byWalk.get(i) ?? []).length, frames: frames.length, best2: best.slice(0, 2).map((x) => x.s), bestAt: best.slice(0, 3).map((x) => `${x.w}px q${x.q}`) }];
  });
  console.log('known walkers, weakest first:');
  for (const r of rows.filter((x) => x.known).sort((a, b) => (a.best2[1] ?? -1) - (b.best2[1] ?? -1)).slice(0, 12)) console.log(' ', JSON.stringify(r));
  console.log('never-enrolled walkers, closest first:');
  for (const r of rows.filter((x) => !x.known).sort((a, b) => (b.best2[1] ?? -1) - (a.best2[1] ?? -1)).slice(0, 8)) console.log(' ', JSON.stringify(r));
}
