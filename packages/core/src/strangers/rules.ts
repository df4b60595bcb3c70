import type { CameraRole, CameraZone, StrangerSettings } from '@truongan/contracts';

/**
 * The stranger rules, pure. Defaults per the issue: lingering longer than the zone allows during school hours, the same
 * unknown person on 3 different days within 14 days, unknown templates kept 14 days.
 *
 * clusterThreshold 0.45, from the ONNX model's measured numbers (faceplugin-r1-5pt on ORL, docs/faces.md; re-run in
 * docs/strangers.md): EER 0.00 % with the EER point at cosine 0.52, and FAR 1e-3 reached at 0.418 with TAR 1.000. 0.45 sits
 * above the FAR 1e-3 point (two different strangers merge in fewer than 1 in 1 000 pairs) and below the EER point,
 * because gate video is blurrier than portraits and lowers genuine scores; a sighting is a walk's mean embedding.
 */
export const DEFAULT_STRANGER_SETTINGS: StrangerSettings = {
  lingerSeconds: { gate_lane: 30, outside: 60, perimeter: 60, inside: 30 },
  returningDays: 3, returningWindowDays: 14, sightingRetentionDays: 14, clusterThreshold: 0.45,
  schoolHours: { from: '06:30', to: '18:00' },
};

/** A camera without a zone set: gate cameras watch the lane, perimeter cameras the fence. */
export const zoneOf = (role: CameraRole, zone: CameraZone | null | undefined): CameraZone => zone ?? (role === 'perimeter' ? 'perimeter' : 'gate_lane');

/** Vietnam local time of day "HH:MM" of an instant. */
export function vnTimeOfDay(at: Date): string {
  const d = new Date(at.getTime() + 7 * 3_600_000);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

export function withinSchoolHours(at: Date, hours: StrangerSettings['schoolHours']): boolean {
  const t = vnTimeOfDay(at);
  return t >= hours.from && t < hours.to;
}

/** Lingering: the unknown face has been in view longer than the zone allows, within school hours. */
export function lingerExceeded(zone: CameraZone, firstSeenAt: number, lastSeenAt: number, s: StrangerSettings): boolean {
  return lastSeenAt - firstSeenAt >= s.lingerSeconds[zone] * 1000 && withinSchoolHours(new Date(lastSeenAt), s.schoolHours);
}

export const embeddingCosine = (a: Float32Array, b: Float32Array) => { let s = 0; const n = Math.min(a.length, b.length); for (let i = 0; i < n; i++) s += a[i]! * b[i]!; return s; };

export function normalise(v: Float32Array): Float32Array {
  let n = 0; for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  return Float32Array.from(v, (x) => x / n);
}

/** Mean of the embeddings of one walk, normalised: one vector per sighting. */
export function meanEmbedding(vs: Float32Array[]): Float32Array | null {
  if (!vs.length) return null;
  const out = new Float32Array(vs[0]!.length);
  for (const v of vs) for (let i = 0; i < out.length; i++) out[i]! += v[i] ?? 0;
  return normalise(out);
}

/** The nearest cluster whose centroid is at least `threshold` away in cosine similarity, or none. */
export function nearestCluster<C extends { centroid: Float32Array }>(e: Float32Array, clusters: C[], threshold: number): { cluster: C; score: number } | null {
  let best: { cluster: C; score: number } | null = null;
  for (const c of clusters) { const s = embeddingCosine(e, c.centroid); if (s >= threshold && (!best || s > best.score)) best = { cluster: c, score: s }; }
  return best;
}

/** Running mean: the centroid after adding one more sighting, re-normalised. */
export function addToCentroid(centroid: Float32Array, count: number, e: Float32Array): Float32Array {
  return normalise(Float32Array.from(centroid, (x, i) => x * count + (e[i] ?? 0)));
}

/** Distinct days (YYYY-MM-DD) within the last `windowDays` days up to `today`, ascending. */
export function daysInWindow(days: string[], today: string, windowDays: number): string[] {
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - (windowDays - 1) * 86_400_000).toISOString().slice(0, 10);
  return [...new Set(days)].filter((d) => d >= from && d <= today).sort();
}

/** Returning: seen on at least M different days within K days. */
export const isReturning = (days: string[], today: string, s: StrangerSettings) => daysInWindow(days, today, s.returningWindowDays).length >= s.returningDays;

/** Best match of a face among a list of (model, embedding) faces with the same model, at or above a threshold. */
export function bestFaceMatch<F extends { model: string | null; embedding: Float32Array | null }>(e: Float32Array, model: string, faces: F[], threshold: number): { face: F; score: number } | null {
  let best: { face: F; score: number } | null = null;
  for (const f of faces) {
    if (!f.embedding || f.model !== model) continue;
    const s = embeddingCosine(e, f.embedding);
    if (s >= threshold && (!best || s > best.score)) best = { face: f, score: s };
  }
  return best;
}
