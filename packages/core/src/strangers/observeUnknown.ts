import type { CameraRole, CameraZone } from '@truongan/contracts';
import type { Deps } from '../ports/deps.ts';
import type { AlertInput } from '../ports/premises.ts';
import { vnDate } from '../util/dates.ts';
import { addToCentroid, bestFaceMatch, daysInWindow, isReturning, lingerExceeded, nearestCluster, zoneOf } from './rules.ts';
import { loadStrangerSettings } from './strangerSettings.ts';
import type { ClusterRecord } from './ports.ts';

/** One unknown face at a camera, as the vision role reports it: while the person is still in view, and once when they leave. */
export interface UnknownFace {
  schoolId: string; cameraId: string; cameraRole: CameraRole; zone: CameraZone | null; trackId: string;
  model: string; embedding: Float32Array; firstSeenAt: number; lastSeenAt: number;
  /** The walk has ended: it becomes a sighting (kept for the returning rule) — only then. */
  final: boolean;
  snapshotIds: string[];
}

export type UnknownVerdict = 'watchlist' | 'known_visitor' | 'labelled' | 'stranger';
export interface ObserveResult { verdict: UnknownVerdict; clusterId: string | null; alerts: Array<{ id: string; kind: AlertInput['kind']; created: boolean }> }

export const sealEmbedding = (deps: Deps, e: Float32Array) => deps.secrets.seal(new Uint8Array(e.buffer.slice(e.byteOffset, e.byteOffset + e.byteLength)));
export function openEmbedding(deps: Deps, sealed: Uint8Array): Float32Array {
  const plain = deps.secrets.open(sealed);
  return new Float32Array(plain.buffer.slice(plain.byteOffset, plain.byteOffset + plain.byteLength));
}

const ZONE_WORDS: Record<CameraZone, [string, string]> = { gate_lane: ['ở làn cổng', 'in the gate lane'], outside: ['ngoài cổng', 'outside the gate'],
  perimeter: ['sát hàng rào', 'at the fence'], inside: ['trong khuôn viên', 'inside the premises'] };

/**
 * The stranger rules applied to one unknown face (a track the gate did not recognise). Order matters: a watchlisted
 * person is a high-priority alert wherever they are; a checked-in visitor is nobody's stranger during the visit; a face
 * the school marked as staff or a known visitor stops alerting; everything else is checked for lingering, for being
 * inside without a visit, and (when the walk ends) for returning on several days. Watchlist and visitor faces are compared at
 * the clustering threshold: a person confirms every alert anyway. Called by the system (vision role), so no actor.
 */
export async function observeUnknown(deps: Deps, f: UnknownFace): Promise<ObserveResult> {
  const sink = deps.premises?.alerts;
  const settings = await loadStrangerSettings(deps.repos, f.schoolId);
  const at = new Date(f.lastSeenAt);
  const iso = at.toISOString();
  const zone = zoneOf(f.cameraRole, f.zone);
  const alerts: ObserveResult['alerts'] = [];
  const raise = async (a: Omit<AlertInput, 'schoolId' | 'cameraId' | 'snapshotIds'>) => {
    if (!sink) return;
    const r = await sink.raise({ ...a, schoolId: f.schoolId, cameraId: f.cameraId, snapshotIds: f.snapshotIds });
    alerts.push({ ...r, kind: a.kind });
  };

  const watch = deps.premises?.watchlist ? await deps.premises.watchlist.activeEntries(f.schoolId, iso) : [];
  const listed = bestFaceMatch(f.embedding, f.model, watch, settings.clusterThreshold);
  if (listed) {
    await raise({ kind: 'watchlist_match', priority: 'high', subject: { type: 'watchlist', id: listed.face.id }, dedupeKey: `watchlist:${listed.face.id}:${f.cameraId}`,
      summaryVi: `Người trong danh sách theo dõi (${listed.face.fullName}) ${ZONE_WORDS[zone][0]} — cần xác nhận`,
      summaryEn: `Watchlisted person (${listed.face.fullName}) ${ZONE_WORDS[zone][1]} — confirm`,
    });
    return { verdict: 'watchlist', clusterId: null, alerts };
  }
  const visitors = deps.premises?.visitorFaces ? await deps.premises.visitorFaces.activeVisitorFaces(f.schoolId, iso) : [];
  if (bestFaceMatch(f.embedding, f.model, visitors, settings.clusterThreshold)) return { verdict: 'known_visitor', clusterId: null, alerts };

  const clusters = (await deps.repos.sightings.listClusters(f.schoolId, f.model)).map((c) => ({ ...c, centroid: openEmbedding(deps, c.centroidSealed) }));
  const near = nearestCluster(f.embedding, clusters, settings.clusterThreshold)?.cluster;
  if (near?.label) return { verdict: 'labelled', clusterId: near.id, alerts };

  const seconds = Math.round((f.lastSeenAt - f.firstSeenAt) / 1000);
  // A person already known as a cluster is one open alert per camera however often they walk past; a new face, one per walk.
  if (lingerExceeded(zone, f.firstSeenAt, f.lastSeenAt, settings)) {
    await raise({ kind: 'stranger_lingering', priority: 'normal', subject: near ? { type: 'cluster', id: near.id } : null, dedupeKey: near ? `linger:${f.cameraId}:cluster:${near.id}` : `linger:${f.cameraId}:${f.trackId}`,
      summaryVi: `Người lạ đứng ${ZONE_WORDS[zone][0]} hơn ${settings.lingerSeconds[zone]} giây (${seconds} giây)`,
      summaryEn: `Stranger lingering ${ZONE_WORDS[zone][1]} for over ${settings.lingerSeconds[zone]} s (${seconds} s)`,
    });
  }
  if (zone === 'inside') {
    await raise({ kind: 'unknown_inside', priority: 'high', subject: near ? { type: 'cluster', id: near.id } : null, dedupeKey: near ? `inside:${f.cameraId}:cluster:${near.id}` : `inside:${f.cameraId}:${f.trackId}`,
      summaryVi: 'Người lạ trong khuôn viên trường, không có đăng ký khách', summaryEn: 'Unknown person inside the premises without a visitor check-in',
    });
  }
  if (!f.final) return { verdict: 'stranger', clusterId: near?.id ?? null, alerts };

  const clusterId = await recordSighting(deps, f, near, iso);
  // Alerts raised while the person was still in view (before their walk became a sighting) now point at the cluster, so a
  // false-alarm feedback on them ("staff", "known visitor") labels this face.
  for (const key of [`linger:${f.cameraId}:${f.trackId}`, `inside:${f.cameraId}:${f.trackId}`]) {
    const open = await deps.repos.alerts.findOpenByDedupe(f.schoolId, key);
    if (open && !open.subjectId) await deps.repos.alerts.updateAlert(open.id, { subjectType: 'cluster', subjectId: clusterId });
  }
  const cluster = await deps.repos.sightings.getCluster(clusterId);
  const today = vnDate(at);
  if (cluster && isReturning(cluster.days, today, settings)) {
    const days = daysInWindow(cluster.days, today, settings.returningWindowDays);
    await raise({ kind: 'stranger_returning', priority: 'normal', subject: { type: 'cluster', id: clusterId }, dedupeKey: `returning:${clusterId}:${today}`,
      summaryVi: `Cùng một người lạ quay lại ${days.length} ngày khác nhau trong ${settings.returningWindowDays} ngày`,
      summaryEn: `The same stranger came back on ${days.length} different days within ${settings.returningWindowDays} days`,
    });
    await deps.repos.sightings.updateCluster(clusterId, { returningAlertedAt: iso });
  }
  return { verdict: 'stranger', clusterId, alerts };
}

/** Keeps the walk as a sighting in its cluster (a new cluster for a new face). */
async function recordSighting(deps: Deps, f: UnknownFace, near: (ClusterRecord & { centroid: Float32Array }) | undefined, iso: string): Promise<string> {
  const localDate = vnDate(new Date(f.lastSeenAt));
  return deps.tx(async (r) => {
    let clusterId: string;
    if (near) {
      clusterId = near.id;
      await r.sightings.updateCluster(near.id, { centroidSealed: sealEmbedding(deps, addToCentroid(near.centroid, near.sightings, f.embedding)), sightings: near.sightings + 1,
        days: [...new Set([...near.days, localDate])].sort(), lastSeenAt: iso });
    } else {
      clusterId = deps.ids.next();
      await r.sightings.insertCluster({ id: clusterId, schoolId: f.schoolId, model: f.model, centroidSealed: sealEmbedding(deps, f.embedding), sightings: 1, days: [localDate],
        firstSeenAt: new Date(f.firstSeenAt).toISOString(), lastSeenAt: iso, label: null, returningAlertedAt: null });
    }
    await r.sightings.insertSighting({ id: deps.ids.next(), clusterId, schoolId: f.schoolId, cameraId: f.cameraId, model: f.model, embeddingSealed: sealEmbedding(deps, f.embedding),
      seenAt: iso, localDate, snapshotId: f.snapshotIds[0] ?? null });
    return clusterId;
  });
}
