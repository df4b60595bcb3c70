import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { enrolFace, saveCamera, systemActor, consentInForce, type Deps, type FaceEngine } from '@truongan/core';
import { DEMO } from './seed.ts';
import { renderGateVideo, sampleImagePaths, type Walker } from './gateVideo.ts';

const ENROLLED = 7;
const STRANGERS = 3;

/**
 * Gives the demo school a working gate: enrols faces from the sample photos for pupils of 6A1 whose
 * families consented (through the real enrolment use case, consent checks included), renders the gate
 * video with those pupils and a few strangers, and adds it as the school's entry camera.
 */
export async function setUpDemoGate(deps: Deps, engine: FaceEngine, dataDir: string, log: (s: string) => void) {
  const actor = systemActor('demo');
  deps.faceEngine = engine;
  const candidates: Array<{ crop: Buffer; quality: number }> = [];
  for (const file of sampleImagePaths()) {
    const bytes = fs.readFileSync(file);
    const meta = await sharp(bytes).metadata();
    for (const f of await engine.describe(bytes)) {
      const others = f.quality.issues.filter((i) => i !== 'multiple_faces');
      if (others.length || (f.liveness ?? 1) < 0.8 || f.box.width < 140) continue;
      const m = f.box.width * 0.35;
      const left = Math.max(0, Math.round(f.box.x - m)), top = Math.max(0, Math.round(f.box.y - m));
      const size = Math.round(Math.min(f.box.width + 2 * m, meta.width! - left, meta.height! - top));
      candidates.push({ crop: await sharp(bytes).extract({ left, top, width: size, height: size }).jpeg({ quality: 92 }).toBuffer(), quality: f.quality.score });
    }
  }
  candidates.sort((a, b) => b.quality - a.quality);
  const klass = `${DEMO.school}-6a1`;
  const pupils = [];
  for (const s of await deps.repos.people.listStudents({ schoolId: DEMO.school, classIds: [klass] })) {
    if (await consentInForce(deps, s.id, 'face_recognition')) pupils.push(s);
  }
  const walkers: Walker[] = [];
  let enrolled = 0;
  for (const c of candidates) {
    if (enrolled < ENROLLED && pupils[enrolled]) {
      try {
        await enrolFace(deps, actor, { studentId: pupils[enrolled]!.id, photo: c.crop, source: 'bulk' });
        walkers.push({ face: c.crop, lane: (enrolled % 3) - 1 });
        log(`  enrolled ${pupils[enrolled]!.fullName} (6A1)`);
        enrolled++;
      } catch (e) { log(`  skipped a sample face: ${(e as Error).message}`); }
    } else if (walkers.length < ENROLLED + STRANGERS) {
      walkers.push({ face: c.crop, lane: 0 }); // not enrolled: the gate must call these unknown
    }
  }
  if (enrolled === 0) throw new Error('no sample face could be enrolled');
  // Strangers walk between pupils, as they would at a real gate.
  const order = [...walkers.slice(0, enrolled)];
  walkers.slice(enrolled).forEach((w, i) => order.splice(2 + i * 3, 0, w));
  const video = path.join(dataDir, 'demo', 'gate.mp4');
  await renderGateVideo(video, order, 'Trường THCS Nguyễn Trãi', (d, t) => { if (d === t || d % 100 === 0) log(`  rendering gate video ${Math.round((100 * d) / t)}%`); });
  await saveCamera(deps, actor, { schoolId: DEMO.school, camera: {
    name: 'Cổng chính – camera mô phỏng', kind: 'file', role: 'entry', url: video, username: null, password: null, lane: null, direction: null, fps: 5, enabled: true,
  } });
  return { enrolled, strangers: order.length - enrolled, video };
}
