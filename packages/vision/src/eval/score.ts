/**
 * Templates, probe scoring and verification pairs (pure, over already acquired embeddings).
 */
import { dot } from '../geometry.ts';
import type { Role } from './dataset.ts';
import type { ProbeResult } from './metrics.ts';

export type TemplateMode = 'max' | 'mean';
export interface Embedded { fta: boolean; embedding: Float32Array | null }

interface Template { name: string; embs: Float32Array[]; mean: Float32Array | null }

function buildTemplate(name: string, embs: Float32Array[]): Template {
  if (embs.length === 0) return { name, embs, mean: null };
  const m = new Float32Array(embs[0]!.length);
  for (const e of embs) for (let i = 0; i < m.length; i++) m[i]! += e[i]!;
  // cosine similarity to the mean: normalise the mean (the embeddings themselves are unit length)
  let n = 0;
  for (let i = 0; i < m.length; i++) n += m[i]! * m[i]!;
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < m.length; i++) m[i] = m[i]! / n;
  return { name, embs, mean: m };
}

/** score(probe, identity): max cosine over the enrolment embeddings, or cosine to their mean; −∞ for an empty template. */
export function templateScore(t: Template, probe: Float32Array, mode: TemplateMode): number {
  if (t.embs.length === 0) return -Infinity;
  if (mode === 'mean') return dot(probe, t.mean!);
  let best = -Infinity;
  for (const e of t.embs) best = Math.max(best, dot(probe, e));
  return best;
}

export interface Scored {
  probes: Array<ProbeResult & { name: string; file: string; best: string | null }>;
  genuine: number[];
  impostor: number[];
  counts: { enrolled_identities: number; empty_templates: number; unknown_identities: number; skipped_identities: number; enrolment_images: number; enrolment_no_face: number; known_probes: number; unknown_probes: number; probe_fta_known: number; probe_fta_unknown: number };
}

export function scoreRoles(roles: readonly Role[], get: (rel: string) => Embedded, mode: TemplateMode): Scored {
  const templates: Template[] = [];
  const counts: Scored['counts'] = { enrolled_identities: 0, empty_templates: 0, unknown_identities: 0, skipped_identities: 0, enrolment_images: 0, enrolment_no_face: 0, known_probes: 0, unknown_probes: 0, probe_fta_known: 0, probe_fta_unknown: 0 };
  for (const r of roles) {
    if (r.kind === 'skipped') { counts.skipped_identities++; continue; }
    if (r.kind === 'unknown') { counts.unknown_identities++; continue; }
    counts.enrolled_identities++;
    const embs: Float32Array[] = [];
    for (const f of r.enrol) {
      counts.enrolment_images++;
      const e = get(f);
      if (e.fta || !e.embedding) counts.enrolment_no_face++;
      else embs.push(e.embedding);
    }
    if (embs.length === 0) counts.empty_templates++;
    templates.push(buildTemplate(r.name, embs));
  }
  const out: Scored = { probes: [], genuine: [], impostor: [], counts };
  for (const r of roles) {
    if (r.kind === 'skipped') continue;
    const known = r.kind === 'enrolled';
    for (const f of r.probes) {
      const e = get(f);
      const fta = e.fta || !e.embedding;
      if (known) counts.known_probes++; else counts.unknown_probes++;
      if (fta) { if (known) counts.probe_fta_known++; else counts.probe_fta_unknown++; }
      let best: string | null = null, bestScore = -Infinity;
      for (const t of templates) {
        const s = fta ? -Infinity : templateScore(t, e.embedding!, mode);
        if (s > bestScore) { bestScore = s; best = t.name; }
        (known && t.name === r.name ? out.genuine : out.impostor).push(s);
      }
      out.probes.push({ name: r.name, file: f, known, fta, score: bestScore, best, correct: known && !fta && best === r.name });
    }
  }
  return out;
}
