/**
 * A gate benchmark run saved to one JSON file (every observation with its embedding, the truth per walker, which walk
 * each track was, and the gallery), so the decision rule and the offline figures can be re-computed in seconds without
 * replaying the cameras: `npx tsx apps/server/bench/gate/replay.ts run.json`.
 */
import fs from 'node:fs';
import { Gallery, type Deps, type Observation } from '@truongan/core';
import type { Plan } from './scenario.ts';
import type { TrackLog, WalkerTruth } from './score.ts';

export interface Template { studentId: string; embedding: Float32Array }
export interface SavedRun { plan: Plan; truth: WalkerTruth[]; tracks: TrackLog[]; walkOf: Map<string, number | null>; gallery: { dim: number; templates: Template[] } }

const b64 = (v: Float32Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
const f32 = (s: string) => { const b = Buffer.from(s, 'base64'); return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)); };

/** The school's templates for a model, decrypted the way GalleryCache does. */
export async function galleryTemplates(deps: Deps, schoolId: string, model: string): Promise<{ dim: number; templates: Template[] }> {
  const rows = await deps.repos.faces.listForSchool(schoolId, model);
  const templates = rows.map((t) => { const b = deps.secrets.open(t.embeddingSealed); return { studentId: t.studentId, embedding: new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4) }; });
  return { dim: templates[0]?.embedding.length ?? 0, templates };
}

export function saveRun(file: string, run: SavedRun): void {
  fs.writeFileSync(file, JSON.stringify({
    version: 1,
    plan: { ...run.plan, skip: [...(run.plan.skip ?? [])] },
    truth: run.truth,
    walkOf: [...run.walkOf],
    gallery: { dim: run.gallery.dim, templates: run.gallery.templates.map((t) => ({ studentId: t.studentId, embedding: b64(t.embedding) })) },
    tracks: run.tracks.map((t) => ({ ...t, frames: t.frames.map((f) => ({ ...f, embedding: f.embedding ? b64(f.embedding) : null })) })),
  }));
}

export function loadRun(file: string): SavedRun & { galleryObject: Gallery } {
  const j = JSON.parse(fs.readFileSync(file, 'utf8'));
  const templates: Template[] = j.gallery.templates.map((t: { studentId: string; embedding: string }) => ({ studentId: t.studentId, embedding: f32(t.embedding) }));
  const g = new Gallery(j.gallery.dim);
  g.load(templates);
  return {
    plan: { ...j.plan, skip: new Set<number>(j.plan.skip) },
    truth: j.truth,
    walkOf: new Map<string, number | null>(j.walkOf),
    gallery: { dim: j.gallery.dim, templates },
    galleryObject: g,
    tracks: j.tracks.map((t: Omit<TrackLog, 'frames'> & { frames: Array<Omit<Observation, 'embedding'> & { embedding: string | null }> }) => ({ ...t, frames: t.frames.map((f) => ({ ...f, embedding: f.embedding ? f32(f.embedding) : null })) })),
  };
}
