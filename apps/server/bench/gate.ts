/**
 * Gate benchmark: a morning rush replayed through real RTSP test cameras into the real vision role.
 * `npm run bench:gate [-- --json] [-- --cameras 4] [-- --workers 2] [-- --max-probes 3] [-- --seed 7] [-- --dump tracks.json] [-- --save run.json]`
 * --save keeps every observation (with its embedding), the truth and the gallery, so the decision rule can be re-scored
 * offline in seconds: `npx tsx apps/server/bench/gate/replay.ts run.json`.
 * Real faces from ../shared/fixtures/faces (never copied into the repo) are enrolled through enrolFace on a harness
 * (demo school, consenting students), the other photos walk through composited gate videos served by camsim,
 * and startVisionRole turns them into passages. See docs/gate.md for what the figures mean.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_DECISION, saveCamera, systemActor, type Observation } from '@truongan/core';
import { freePort, startTestCamera, type TestCamera } from '@truongan/camera/testing';
import { createFacePool } from '@truongan/vision';
import { DEMO } from '../src/demo/seed.ts';
import { startHarness } from '../src/testing/harness.ts';
import { GalleryCache } from '../src/vision/galleryCache.ts';
import { startVisionRole } from '../src/vision/visionRole.ts';
import { enrolIdentities, selectIdentities, walkerFace, type WalkerFace } from './gate/dataset.ts';
import { passageLevel, passageRatio, singleImage } from './gate/offline.ts';
import { galleryTemplates, saveRun } from './gate/recording.ts';
import { ResourceMeter } from './gate/resources.ts';
import { planRush, renderRush, LEAD_S } from './gate/scenario.ts';
import { assignTracks, passageFigures, type PassageLog, type TrackLog, type WalkerTruth } from './gate/score.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : dflt; };
const json = args.includes('--json');
const CAMERAS = opt('cameras', 4), WORKERS = opt('workers', Math.min(2, os.availableParallelism())), MAX_PROBES = opt('max-probes', 3), FPS = opt('fps', 5);
const SETS = ['deepface_testset', 'face_recognition_examples', 'nuaa_dev/live', 'dlib_johns'];
const FIXTURES = path.resolve(import.meta.dirname, '../../../../shared/fixtures/faces');
const log = (s: string) => { if (!json) console.log(s); else console.error(s); };
const r3 = (x: number) => Math.round(x * 1000) / 1000;

const h = await startHarness();
const deps = h.ctx.deps;
const cams: TestCamera[] = [];
try {
  // 1. Who walks: the protocol split, enrolment through the real use case, and each walker's face crop.
  const ids = selectIdentities(FIXTURES, SETS, 3, MAX_PROBES);
  const prep = await createFacePool({ workers: WORKERS });
  deps.faceEngine = prep;
  const enrolment = await enrolIdentities(deps, DEMO.school, ids);
  const faces: WalkerFace[] = [];
  const truth: WalkerTruth[] = [];
  for (const id of ids) for (const photo of id.probes) {
    faces.push(await walkerFace(prep, id.key, photo));
    truth.push({ identity: id.key, known: id.known, studentId: enrolment.studentOf.get(id.key) ?? null });
  }
  await prep.close();
  log(`identities: ${ids.filter((i) => i.known).length} enrolled (${enrolment.templates} templates, ${enrolment.refused.length} photos refused), ${ids.filter((i) => !i.known).length} never enrolled; ${faces.length} walkers`);

  // 2. The rush on several cameras, each its own RTSP server on loopback.
  const plan = planRush(faces.length, CAMERAS, opt('seed', 7));
  const dirs = await renderRush(path.join(os.tmpdir(), 'truongan-bench-gate'), plan, faces, log);
  const t0: number[] = [];
  for (const dir of dirs) { cams.push(await startTestCamera({ port: await freePort(), media: dir })); t0.push(Date.now()); }
  const cameraIndex = new Map<string, number>();
  for (const [c, cam] of cams.entries()) {
    const rec = await saveCamera(deps, systemActor('bench:gate'), { schoolId: DEMO.school, camera: {
      name: `Cổng ${c + 1}`, kind: 'rtsp', role: 'entry', url: cam.url('/Streaming/Channels/102'), username: null, password: null, lane: null, direction: null, fps: FPS, enabled: true,
    } });
    cameraIndex.set(rec.id, c);
  }

  // 3. The real vision role. Anti-spoof off (composited video is a replay by nature); what it would refuse is counted offline.
  const frames = new Map<string, TrackLog>();
  const passages: PassageLog[] = [];
  const meter = new ResourceMeter();
  const role = await startVisionRole(deps, {
    workers: WORKERS, antiSpoof: false, width: 640, height: 360,
    onPassage: (event, firstLargeAt) => passages.push({ event, camera: cameraIndex.get(event.cameraId)!, firstLargeAt, at: Date.now() }),
    onObservation: (cameraId, trackId, o: Observation) => {
      const t = frames.get(trackId) ?? { camera: cameraIndex.get(cameraId)!, trackId, frames: [] };
      t.frames.push(o);
      frames.set(trackId, t);
    },
  });
  const model = role.engine.model, dim = role.engine.embeddingSize;
  const streamingSince = new Map<number, number>();
  const watch = setInterval(() => {
    for (const s of role.states().values()) { const c = cameraIndex.get(s.cameraId)!; if (s.state === 'streaming' && !streamingSince.has(c)) streamingSince.set(c, Date.now()); }
  }, 100);
  const endAt = Math.max(...t0.map((t, c) => t + plan.seconds[c]! * 1000)) - 300; // stop before any camera loops its video
  await new Promise((r) => setTimeout(r, Math.max(0, Math.min(...t0) + LEAD_S * 1000 - Date.now())));
  const lateCameras = [...role.states().values()].filter((s) => s.state !== 'streaming').map((s) => s.cameraId);
  if (lateCameras.length) log(`note: ${lateCameras.length} camera(s) not streaming yet when the first walkers appeared; walks begun before a camera streamed are left out`);
  log(`replaying ${((endAt - Date.now()) / 1000).toFixed(0)} s on ${CAMERAS} cameras at ${FPS} fps…`);
  meter.start();
  await new Promise((r) => setTimeout(r, Math.max(0, endAt - Date.now())));
  const resources = meter.stop();
  clearInterval(watch);
  // 0.5 s after the first frame: the first frames after a connect come in a burst and the tracker needs one to start.
  plan.skip = new Set(plan.walks.flatMap((w, i) => (t0[w.camera]! + w.start * 1000 < (streamingSince.get(w.camera) ?? Infinity) + 500 ? [i] : [])));
  const states = [...role.states().values()];
  await new Promise((r) => setTimeout(r, 2000)); // tracks of the last walkers end (1.5 s miss window) before stopping
  await role.stop();

  // 4. Figures.
  const gallery = await new GalleryCache(deps, model, dim).load(DEMO.school);
  const tracks = [...frames.values()];
  const walkOf = assignTracks(plan, faces, tracks, t0);
  const figures = passageFigures(plan, truth, passages, tracks, walkOf);
  const single = singleImage(tracks, walkOf, plan, truth, gallery);
  const singleQ = singleImage(tracks, walkOf, plan, truth, gallery, 0.12);
  const level = passageLevel(tracks, walkOf, plan, truth, gallery);
  // How much the per-frame quality floor costs: the same sweep with lower floors (evidence for tuning DEFAULT_DECISION).
  const qualityFloors = [0.12, 0.06, 0.03, 0].map((minQuality) => {
    const l = passageLevel(tracks, walkOf, plan, truth, gallery, { ...DEFAULT_DECISION, minQuality });
    return { minQuality, best: l.best && { threshold: l.best.threshold, fnir: r3(l.best.fnir) }, at_default_threshold: { fnir: r3(l.at_default_threshold.fnir), rate: r3(l.at_default_threshold.rate) } };
  });
  // Point estimate and a 95 % lower bound (passage FNIR from few walkers is coarse: 0 misses of 43 only says < 6.7 %).
  const ratios = level.best ? passageRatio(single.fnir, level.best.fnir, figures.walkers.known) : null;
  const dumpAt = args.indexOf('--dump');
  if (dumpAt >= 0) fs.writeFileSync(args[dumpAt + 1]!, JSON.stringify(tracks.map((t) => ({ ...t, walk: walkOf.get(t.trackId), frames: t.frames.map((f) => {
    const top = gallery.search(f.embedding ?? new Float32Array(dim), 2);
    return { at: f.at, w: Math.round(f.box.width), q: r3(f.quality), live: f.liveness && r3(f.liveness), top: top.map((c) => [c.studentId, r3(c.score)]) };
  }) }))));
  const saveAt = args.indexOf('--save');
  if (saveAt >= 0) saveRun(args[saveAt + 1]!, { plan, truth, tracks, walkOf, gallery: await galleryTemplates(deps, DEMO.school, model) });
  const result = {
    bench: 'gate', model, cameras: CAMERAS, fps: FPS, workers: WORKERS, cores: os.availableParallelism(), seconds: Math.round((endAt - Math.min(...t0)) / 1000),
    identities: { enrolled: ids.filter((i) => i.known).length, unknown: ids.filter((i) => !i.known).length, templates: enrolment.templates, refused_photos: enrolment.refused.length,
      walker_photos_without_detected_face: faces.filter((f) => !f.embedding).length },
    ...figures,
    anti_spoof_would_refuse_passages: level.anti_spoof_would_refuse,
    single_vs_passage: {
      single_image: { ...single, threshold: r3(single.threshold), fnir: r3(single.fnir) },
      single_image_quality_frames: { ...singleQ, threshold: r3(singleQ.threshold), fnir: r3(singleQ.fnir) },
      passage_level: level.best ? { ...level.best, fnir: r3(level.best.fnir) } : null,
      passage_level_at_default: { ...level.at_default_threshold, fnir: r3(level.at_default_threshold.fnir) },
      ratio: ratios?.ratio ?? null, ratio_lower_bound_95: ratios?.ratio_lower_bound_95 ?? null, passage_misses: ratios?.passage_misses ?? null,
      by_quality_floor: qualityFloors,
      curve: level.curve.map(([t, f, r]) => [t, r3(f), r3(r)]),
    },
    cameras_state: states.map((s) => ({ state: s.state, fps: s.fps, frames: s.frames, dropped: s.dropped, reconnects: s.reconnects })),
    resources,
  };
  if (!json) {
    const f = figures;
    console.log(`\nwalkers: ${f.walkers.known} known, ${f.walkers.unknown} unknown (${f.walkers.close_behind} close behind another; ${f.walkers.not_observed} walks left out: camera not streaming yet); passages ${f.passages}`);
    console.log(`passage recall ${r3(f.passage_recall)} · wrong identity ${f.wrong_identity_passages} · unknown as known ${f.unknown_as_known_passages} · unknowns correctly unknown ${f.unknowns_correctly_unknown}/${f.walkers.unknown} · needs confirmation ${f.needs_confirmation}`);
    console.log(`passages per walker ${JSON.stringify(f.passages_per_walker)} · passages with no walker ${f.passages_without_walker} · anti-spoof would refuse ${level.anti_spoof_would_refuse}`);
    console.log(`latency ms (event − first frame ≥ 60 px): p50 ${f.latency_ms.p50} p95 ${f.latency_ms.p95} (known p50 ${f.latency_ms.known_p50} p95 ${f.latency_ms.known_p95}; unknown p50 ${f.latency_ms.unknown_p50} p95 ${f.latency_ms.unknown_p95}; known: evidence p50 ${f.latency_ms.evidence_p50}, compute lag p50 ${f.latency_ms.known_compute_lag_p50} p95 ${f.latency_ms.known_compute_lag_p95})`);
    console.log(`single-image FNIR @ FPIR 1%: ${r3(single.fnir)} (t=${r3(single.threshold)}, ${single.frames_known}/${single.frames_unknown} frames) · passage FNIR @ 1% unknown-as-known: ${level.best ? `${r3(level.best.fnir)} (t=${level.best.threshold})` : 'n/a'} · ratio ${ratios?.ratio ?? 'unbounded (no miss)'} (95 % lower bound ${ratios?.ratio_lower_bound_95 ?? 'n/a'})`);
    console.log(`quality floor → passage FNIR (best t | at default t): ${qualityFloors.map((q) => `${q.minQuality}: ${q.best?.fnir ?? 'n/a'} (t=${q.best?.threshold}) | ${q.at_default_threshold.fnir}/${q.at_default_threshold.rate}`).join(' · ')}`);
    console.log(`cpu ${resources.cpu_percent_of_machine}% of the machine (node ${resources.node_cpu_cores} cores, ffmpeg ${resources.ffmpeg_cpu_cores}), rss peak ${resources.rss_peak_mb} MB`);
  }
  console.log(JSON.stringify(result));
} finally {
  for (const c of cams) await c.stop();
  await h.close();
}
