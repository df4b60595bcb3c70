/**
 * Who walks through the gate in the benchmark, following ../shared/EVAL-PROTOCOL.md per face set: identities sorted
 * in UTF-8 byte order, index i % 3 == 2 never enrolled, the others enrol their first K = 3 photos (2..K photos: the
 * first n-1) and walk with the rest. Photos are read in place from ../shared/fixtures, never copied into the repo.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { consentInForce, enrolFace, isDomainError, systemActor, type Deps, type FaceEngine } from '@truongan/core';

const IMAGE = /\.(jpe?g|png|gif|bmp|webp|tiff?|avif|pgm|ppm)$/i;
const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

export interface Identity { key: string; known: boolean; enrol: string[]; probes: string[] }

/** Identities of several sets; `maxProbes` bounds the walkers per identity (nuaa has 50 frames each) to keep the run short. */
export function selectIdentities(root: string, sets: string[], k = 3, maxProbes = 3): Identity[] {
  const out: Identity[] = [];
  for (const set of sets) {
    const dir = path.join(root, set);
    const names = fs.readdirSync(dir).filter((n) => !n.startsWith('_') && !n.startsWith('.') && fs.statSync(path.join(dir, n)).isDirectory()).sort(byteOrder);
    names.forEach((name, i) => {
      const photos = fs.readdirSync(path.join(dir, name)).filter((f) => !f.startsWith('.') && IMAGE.test(f)).sort(byteOrder).map((f) => path.join(dir, name, f));
      if (photos.length < 2) return; // skipped without shifting the others' indices
      const key = `${set}/${name}`;
      if (i % 3 === 2) { out.push({ key, known: false, enrol: [], probes: spread(photos, maxProbes) }); return; }
      const n = Math.min(k, photos.length - 1);
      out.push({ key, known: true, enrol: photos.slice(0, n), probes: spread(photos.slice(n), maxProbes) });
    });
  }
  return out;
}

/** Up to n photos spread over the list (consecutive webcam frames are near-duplicates; spread ones are not). */
function spread<T>(xs: T[], n: number): T[] {
  if (xs.length <= n) return xs;
  return Array.from({ length: n }, (_, j) => xs[Math.floor((j * xs.length) / n)]!);
}

export interface WalkerFace { identity: string; photo: string; crop: Buffer; embedding: Float32Array | null }

/**
 * The face a walker shows: the largest detected face with a 35 % margin, square (as the demo cuts its faces).
 * A photo where nothing is detected (tight chips) walks as the whole photo; its embedding is then unknown.
 */
export async function walkerFace(engine: FaceEngine, identity: string, photo: string): Promise<WalkerFace> {
  const bytes = await sharp(fs.readFileSync(photo)).rotate().jpeg({ quality: 92 }).toBuffer();
  const meta = await sharp(bytes).metadata();
  const W = meta.width!, H = meta.height!;
  const faces = (await engine.describe(bytes)).sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
  const f = faces[0];
  if (!f) {
    const s = Math.min(W, H);
    return { identity, photo, crop: await sharp(bytes).extract({ left: Math.floor((W - s) / 2), top: Math.floor((H - s) / 2), width: s, height: s }).toBuffer(), embedding: null };
  }
  const m = Math.max(f.box.width, f.box.height) * 0.35;
  const cx = f.box.x + f.box.width / 2, cy = f.box.y + f.box.height / 2;
  const half = Math.min(Math.max(f.box.width, f.box.height) / 2 + m, cx, cy, W - cx, H - cy);
  const left = Math.max(0, Math.round(cx - half)), top = Math.max(0, Math.round(cy - half));
  const size = Math.max(8, Math.min(Math.round(2 * half), W - left, H - top));
  return { identity, photo, crop: await sharp(bytes).extract({ left, top, width: size, height: size }).toBuffer(), embedding: f.embedding };
}

export interface Enrolment { studentOf: Map<string, string>; templates: number; refused: Array<{ photo: string; reason: string }> }

/**
 * Enrols every known identity as one consenting student of the school, through the real use case
 * (consent check, quality gate, sealed template). Students without consent in force are never picked.
 */
export async function enrolIdentities(deps: Deps, schoolId: string, ids: Identity[]): Promise<Enrolment> {
  const students = [];
  for (const s of await deps.repos.people.listStudents({ schoolId })) if (await consentInForce(deps, s.id, 'face_recognition')) students.push(s);
  const known = ids.filter((i) => i.known);
  if (students.length < known.length) throw new Error(`only ${students.length} consenting students for ${known.length} enrolled identities`);
  const actor = systemActor('bench:gate');
  const res: Enrolment = { studentOf: new Map(), templates: 0, refused: [] };
  for (const [j, id] of known.entries()) {
    const student = students[j]!;
    res.studentOf.set(id.key, student.id);
    for (const photo of id.enrol) {
      try {
        await enrolFace(deps, actor, { studentId: student.id, photo: fs.readFileSync(photo), source: 'bulk' });
        res.templates++;
      } catch (e) {
        if (!isDomainError(e)) throw e;
        res.refused.push({ photo, reason: e.message.split(' / ')[0]! });
      }
    }
  }
  return res;
}
