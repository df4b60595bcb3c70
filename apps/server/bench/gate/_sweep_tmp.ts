import { DEFAULT_DECISION } from '@truongan/core';
import { passageLevel, singleImage } from './offline.ts';
import { loadRun } from './recording.ts';
const run = loadRun(process.argv[2]!);
const { plan, truth, tracks, walkOf, galleryObject: g } = run;
const single = singleImage(tracks, walkOf, plan, truth, g);
const known = plan.walks.filter((w, i) => !plan.skip?.has(i) && truth[w.walker]!.known).length;
console.log('single', single.fnir.toFixed(3), single.threshold.toFixed(3), 'known', known);
for (const minQuality of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3]) for (const uq of [null, 0.3, 0.4, 0.5]) for (const um of [0.05, 0.1]) {
  if (uq === null && um === 0.1) continue;
  const l = passageLevel(tracks, walkOf, plan, truth, g, { ...DEFAULT_DECISION, minQuality, unknownMinQuality: uq, unknownMargin: um });
  console.log('minQ', minQuality, 'unkQ', uq, 'unkM', um, 'best', l.best?.threshold, l.best?.fnir.toFixed(3), 'ratio', l.best ? (single.fnir / (l.best.fnir || 3/known)).toFixed(1) : '-', 'curve', l.curve.filter(c => c[0] >= 0.46 && c[0] <= 0.55).map(c => `${c[0]}:${c[1].toFixed(3)}/${c[2].toFixed(3)}`).join(' '));
}
console.log('--- patience');
import { replayTrack } from './offline.ts';
for (const pat of [6]) for (const uq of [0.08, 0.1, 0.12, 0.15, 0.2]) for (const um of [0.05, 0.1, 0.15]) {
  const o = { ...DEFAULT_DECISION, unknownMinQuality: uq, unknownPatienceFrames: pat, unknownMargin: um, antiSpoof: false };
  const l = passageLevel(tracks, walkOf, plan, truth, g, o);
  // evidence latency of unknown decisions at the default threshold: decision frame (or end + 1.5 s) − first frame ≥ 60 px
  const lat: number[] = []; let earlyKnownMiss = 0;
  for (const t of tracks) {
    const w = walkOf.get(t.trackId); if (w == null || plan.skip?.has(w)) continue;
    const large = t.frames.find((f) => f.box.width >= 60)?.at; if (large === undefined) continue;
    const ds = replayTrack(t.frames, g, o); const d = ds[0]; if (!d || d.decision !== 'unknown') continue;
    if (truth[plan.walks[w]!.walker]!.known) earlyKnownMiss++;
    // find when it was decided: replay prefix by prefix
    let at = t.frames[t.frames.length - 1]!.at + 1500;
    for (let k = 1; k <= t.frames.length; k++) { const p = replayTrack(t.frames.slice(0, k), g, { ...o }); if (k < t.frames.length && p[0] && p[0].decision === 'unknown' && isEarly(t.frames.slice(0, k))) { at = t.frames[k - 1]!.at; break; } }
    lat.push(at - large);
  }
  function isEarly(fr: typeof tracks[number]['frames']) { const tr = { id: 'x', firstSeenAt: 0, lastSeenAt: 0, observations: fr.slice(-12), decided: false }; return decideTrackEarly(tr); }
  lat.sort((a, b) => a - b);
  console.log('pat', pat, 'uq', uq, 'um', um, 'best', l.best?.threshold, l.best?.fnir.toFixed(3), 'atDefault', l.at_default_threshold.fnir.toFixed(3), l.at_default_threshold.rate.toFixed(3), 'known→unknown', earlyKnownMiss, 'unknown lat p50/p95', lat[Math.floor(lat.length / 2)], lat[Math.ceil(lat.length * 0.95) - 1], 'n', lat.length);
  function decideTrackEarly(tr: any) { return decideTrack(tr, g, o, false)?.decision === 'unknown'; }
}
import { decideTrack } from '@truongan/core';
