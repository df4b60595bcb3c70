/**
 * Stranger benchmark: enrolled pupils and unknown adults walking, lingering and returning, replayed through real RTSP test
 * cameras into the real vision role and the stranger rules; alerts are read back from the guard's live queue (SSE).
 * `npm run bench:strangers [-- --json] [-- --days 3] [-- --workers 2] [-- --linger 8]`
 * Returning = the same unknown people on day 1, 2 and 3: between days the stored sightings are moved one day back
 * (as if a night had passed), everything else is the real path. See docs/strangers.md for what the figures mean.
 */
import os from 'node:os';
import path from 'node:path';
import { putStrangerSettings, saveCamera, DEFAULT_STRANGER_SETTINGS, systemActor } from '@truongan/core';
import { freePort, startTestCamera, type TestCamera } from '@truongan/camera/testing';
import { createFacePool } from '@truongan/vision';
import { DEMO } from '../src/demo/seed.ts';
import { startHarness } from '../src/testing/harness.ts';
import { startVisionRole } from '../src/vision/visionRole.ts';
import { enrolIdentities, selectIdentities, walkerFace, type WalkerFace } from './gate/dataset.ts';
import { planDay, renderDay, walkAt, LEAD_S, type Day } from './strangers/scenario.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : dflt; };
const json = args.includes('--json');
const DAYS = opt('days', 3), WORKERS = opt('workers', Math.min(2, os.availableParallelism())), LINGER = opt('linger', 8), FPS = opt('fps', 5);
const SETS = ['deepface_testset', 'face_recognition_examples', 'nuaa_dev/live', 'dlib_johns', 'yale_faces'];
const PUPIL_PROBES = opt('pupil-probes', 2);
const FIXTURES = path.resolve(import.meta.dirname, '../../../../shared/fixtures/faces');
const log = (s: string) => { if (!json) console.log(s); else console.error(s); };
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s.length ? Math.round(s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!) : null; };
const DAY_MS = 86_400_000;

const h = await startHarness();
const deps = h.ctx.deps;
const cams: TestCamera[] = [];
try {
  // 1. People: enrolled pupils (EVAL-PROTOCOL split, enrolled through the real use case) and unknown adults.
  const ids = selectIdentities(FIXTURES, SETS, 3, 3);
  const prep = await createFacePool({ workers: WORKERS });
  deps.faceEngine = prep;
  const enrolment = await enrolIdentities(deps, DEMO.school, ids);
  const faces: WalkerFace[] = [];
  const photosOf = new Map<string, number[]>();
  for (const id of ids) for (const photo of id.probes) {
    photosOf.set(id.key, [...(photosOf.get(id.key) ?? []), faces.length]);
    faces.push(await walkerFace(prep, id.key, photo));
  }
  await prep.close();
  const known = ids.filter((i) => i.known), unknown = ids.filter((i) => !i.known && photosOf.has(i.key));
  // Unknown adults: about half come back every day (returners), the others appear once, lingering outside or walking inside.
  const returners = unknown.filter((_, i) => i % 2 === 0), once = unknown.filter((_, i) => i % 2 === 1);
  log(`people: ${known.length} enrolled pupils (${enrolment.templates} templates), ${returners.length} returning strangers, ${once.length} one-time strangers`);

  // 2. Rules of the school for the run: the outside linger limit shortened so a day lasts minutes; school hours all day.
  await putStrangerSettings(deps, systemActor('bench:strangers'), { schoolId: DEMO.school, value: {
    ...DEFAULT_STRANGER_SETTINGS, lingerSeconds: { ...DEFAULT_STRANGER_SETTINGS.lingerSeconds, outside: LINGER }, schoolHours: { from: '00:00', to: '23:59' } } });

  // 3. The guard's live queue: when each alert first becomes visible on the console.
  const guard = await h.signIn('baove');
  const visibleAt = new Map<string, number>();
  const res = await h.app.request(`/api/schools/${DEMO.school}/alerts/stream`, { headers: { cookie: guard.cookie } });
  const reader = res.body!.getReader();
  void (async () => {
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += new TextDecoder().decode(value);
      const now = Date.now();
      for (const m of buf.matchAll(/"id":"([^"]+)","schoolId"/g)) if (!visibleAt.has(m[1]!)) visibleAt.set(m[1]!, now);
      buf = buf.slice(-200);
    }
  })();

  interface Raised { id: string; kind: string; day: number; walk: number | null; firstSeenAt: number; ruleMetAt: number; camera: number }
  const raised: Raised[] = [];
  const sightings: Array<{ day: number; walk: number | null; verdict: string; clusterId: string | null }> = [];
  const decisions: Array<{ day: number; walk: number | null; decision: string }> = [];
  const plans: Day[] = [];
  const studentFaces = known.flatMap((i) => (photosOf.get(i.key) ?? []).slice(0, PUPIL_PROBES));
  for (let day = 0; day < DAYS; day++) {
    // 4. One day: pupils spread over the days, one-time strangers split between lingering outside and walking inside.
    const todayOnce = once.filter((_, i) => i % DAYS === day);
    const plan = planDay(day, {
      students: studentFaces.filter((_, i) => i % DAYS === day), inside: todayOnce.filter((_, i) => i % 2 === 1).map((i) => photosOf.get(i.key)![0]!),
      lingerers: todayOnce.filter((_, i) => i % 2 === 0).map((i) => photosOf.get(i.key)![0]!),
      returners: returners.map((i) => { const p = photosOf.get(i.key)!; return p[day % p.length]!; }),
    });
    plans.push(plan);
    const dirs = await renderDay(path.join(os.tmpdir(), 'truongan-bench-strangers'), plan, faces, log);
    const t0: number[] = [];
    const cameraIndex = new Map<string, number>();
    for (const [c, dir] of dirs.entries()) {
      const cam = await startTestCamera({ port: await freePort(), media: dir });
      cams.push(cam); t0.push(Date.now());
      const rec = await saveCamera(deps, systemActor('bench:strangers'), { schoolId: DEMO.school, camera: {
        name: c === 0 ? `Hành lang (ngày ${day + 1})` : `Trước cổng (ngày ${day + 1})`, kind: 'rtsp', role: c === 0 ? 'entry' : 'perimeter',
        url: cam.url('/Streaming/Channels/102'), username: null, password: null, lane: null, direction: null, fps: FPS, enabled: true } });
      await deps.repos.alerts.setCameraZone(rec.id, c === 0 ? 'inside' : 'outside');
      cameraIndex.set(rec.id, c);
    }
    const role = await startVisionRole(deps, { workers: WORKERS, antiSpoof: false, width: 640, height: 360, clips: false,
      onStrangerAlert: (a) => { const c = cameraIndex.get(a.cameraId)!; raised.push({ ...a, day, camera: c, walk: walkAt(plan, c, t0[c]!, a.firstSeenAt) }); },
      onPassage: (p) => { const c = cameraIndex.get(p.cameraId)!; decisions.push({ day, walk: walkAt(plan, c, t0[c]!, Date.parse(p.firstSeenAt)), decision: p.decision }); },
      onStrangerSighting: (x) => { const c = cameraIndex.get(x.cameraId)!; sightings.push({ day, walk: walkAt(plan, c, t0[c]!, x.firstSeenAt), verdict: x.verdict, clusterId: x.clusterId }); } });
    log(`day ${day + 1}: replaying ${plan.seconds.toFixed(0)} s (${plan.walks.length} people)…`);
    await new Promise((r) => setTimeout(r, Math.max(0, Math.min(...t0) + plan.seconds * 1000 - 500 - Date.now())));
    await new Promise((r) => setTimeout(r, 2500)); // the last tracks end (1.5 s miss window) and their alerts reach the queue
    await role.stop();
    for (const cam of cams.splice(0)) await cam.stop();
    for (const c of await deps.repos.gate.listCameras({ schoolId: DEMO.school })) await deps.repos.gate.updateCamera(c.id, { enabled: false });
    // A night passes: what was seen today becomes yesterday.
    for (const cl of await deps.repos.sightings.listClusters(DEMO.school, role.engine.model)) {
      await deps.repos.sightings.updateCluster(cl.id, { days: cl.days.map((d) => new Date(Date.parse(`${d}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10)) });
    }
  }
  await reader.cancel().catch(() => {});

  // 5. Figures.
  const walkOf = (r: Raised) => (r.walk === null ? null : plans[r.day]!.walks[r.walk]!);
  const latency = (kinds: string[], from: (r: Raised) => number) => raised.filter((r) => kinds.includes(r.kind) && visibleAt.has(r.id)).map((r) => visibleAt.get(r.id)! - from(r));
  const firstSeen = latency(['unknown_inside', 'watchlist_match'], (r) => r.firstSeenAt);
  const ruleMet = latency(['stranger_lingering'], (r) => r.firstSeenAt + LINGER * 1000);
  const studentWalks = plans.flatMap((p) => p.walks.filter((w) => w.role === 'student')).length;
  const onStudents = raised.filter((r) => walkOf(r)?.role === 'student');
  // Detected = a returning alert on any day for that person (it can first fire on the third day they are seen).
  const returnersCaught = new Set(raised.filter((r) => r.kind === 'stranger_returning' && walkOf(r)?.role === 'returner').map((r) => faces[walkOf(r)!.face]!.identity));
  const insideWalks = plans.flatMap((p) => p.walks.filter((w) => w.role === 'inside_stranger')).length;
  const lingerers = plans.flatMap((p) => p.walks.filter((w) => w.role === 'lingerer')).length;
  const result = {
    bench: 'strangers', days: DAYS, workers: WORKERS, cores: os.availableParallelism(), fps: FPS, linger_seconds_outside: LINGER, lead_seconds: LEAD_S,
    people: { enrolled_pupils: known.length, templates: enrolment.templates, returning_strangers: returners.length, one_time_strangers: once.length },
    latency_ms_face_first_seen_to_console: { alerts: firstSeen.length, p50: pct(firstSeen, 0.5), p95: pct(firstSeen, 0.95), max: pct(firstSeen, 1) },
    latency_ms_linger_rule_met_to_console: { alerts: ruleMet.length, p50: pct(ruleMet, 0.5), p95: pct(ruleMet, 0.95), max: pct(ruleMet, 1) },
    false_stranger_alerts_on_pupils: { alerts: onStudents.length, pupil_passages: studentWalks, per_1000_passages: studentWalks ? Math.round((onStudents.length / studentWalks) * 10_000) / 10 : null },
    returning_strangers: { detected: returnersCaught.size, of: returners.length, rate: returners.length ? Math.round((returnersCaught.size / returners.length) * 1000) / 1000 : null,
      false_returning_alerts: raised.filter((r) => r.kind === 'stranger_returning' && walkOf(r)?.role !== 'returner').length },
    inside_strangers: { walks: insideWalks, alerted: new Set(raised.filter((r) => r.kind === 'unknown_inside' && walkOf(r)?.role === 'inside_stranger').map((r) => r.walk + ':' + r.day)).size },
    lingerers: { people: lingerers, alerted: new Set(raised.filter((r) => r.kind === 'stranger_lingering' && walkOf(r)?.role === 'lingerer').map((r) => r.walk + ':' + r.day)).size },
    alerts_by_kind: Object.fromEntries(['unknown_inside', 'stranger_lingering', 'stranger_returning'].map((k) => [k, raised.filter((r) => r.kind === k).length])),
    // Where each returning stranger's walks landed: one cluster over all days is a re-identification; none = not seen as unknown.
    returner_walks: returners.map((i) => ({ identity: i.key, days: plans.map((p, d) => {
      const w = p.walks.findIndex((x) => x.role === 'returner' && faces[x.face]!.identity === i.key);
      const s = sightings.filter((x) => x.day === d && x.walk === w);
      const gate = decisions.filter((x) => x.day === d && x.walk === w).map((x) => x.decision).join('+') || 'no passage';
      return s.length ? s.map((x) => x.clusterId?.slice(0, 8) ?? x.verdict).join('+') : `not unknown (gate: ${gate})`;
    }) })),
    alerts_not_visible_on_console: raised.filter((r) => !visibleAt.has(r.id)).length,
    unattributed_alerts: raised.filter((r) => r.walk === null).length,
  };
  if (json) console.log(JSON.stringify(result, null, 2));
  else console.log(result);
} finally {
  for (const cam of cams) await cam.stop().catch(() => {});
  await h.close();
}
process.exit(0);
