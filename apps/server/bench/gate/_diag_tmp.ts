import { DEFAULT_DECISION, decideTrack } from '@truongan/core';
import { loadRun } from './recording.ts';
import { replayTrack } from './offline.ts';
const { plan, truth, tracks, walkOf, galleryObject: g } = loadRun(process.argv[2]!);
const o = { ...DEFAULT_DECISION, antiSpoof: false };
for (const t of tracks) {
  const w = walkOf.get(t.trackId); if (w == null || plan.skip?.has(w)) continue;
  const large = t.frames.find((f) => f.box.width >= 60)?.at; if (large === undefined) continue;
  const d = replayTrack(t.frames, g, o)[0]; if (!d || d.decision !== 'unknown') continue;
  let at = t.frames[t.frames.length - 1]!.at + 1500, early = false;
  for (let k = 1; k < t.frames.length; k++) { const tr = { id: 'x', firstSeenAt: 0, lastSeenAt: 0, observations: t.frames.slice(0, k).slice(-12), decided: false }; if (decideTrack(tr, g, o, false)?.decision === 'unknown') { at = t.frames[k - 1]!.at; early = true; break; } }
  if (at - large > 1500) console.log(truth[plan.walks[w]!.walker]!.identity, 'lat', at - large, 'early', early, 'frames', t.frames.length, t.frames.map((f) => `${Math.round(f.box.width)}/${f.quality.toFixed(2)}/${(g.search(f.embedding!, 1)[0]?.score ?? 0).toFixed(2)}`).join(' '));
}
