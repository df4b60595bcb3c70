import type { ClusterRecord, SightingsRepo } from '@truongan/core';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Row types of migration 0008 (unknown-face sightings and their clusters). */
export interface StrangerTables {
  stranger_clusters: { id: string; school_id: string; model: string; centroid_sealed: Buffer; sightings: number; days: string; first_seen_at: string;
    last_seen_at: string; label: string | null; returning_alerted_at: string | null };
  stranger_sightings: { id: string; cluster_id: string; school_id: string; camera_id: string; model: string; embedding_sealed: Buffer; seen_at: string;
    local_date: string; snapshot_id: string | null };
}
type SDB = DB & StrangerTables;

const toCluster = (r: StrangerTables['stranger_clusters']): ClusterRecord => ({
  id: r.id, schoolId: r.school_id, model: r.model, centroidSealed: new Uint8Array(r.centroid_sealed), sightings: Number(r.sightings), days: JSON.parse(r.days),
  firstSeenAt: r.first_seen_at, lastSeenAt: r.last_seen_at, label: r.label as ClusterRecord['label'], returningAlertedAt: r.returning_alerted_at,
});

export function sightingsRepo(base: Kysely<DB>): SightingsRepo {
  const db = base as unknown as Kysely<SDB>;
  return {
    async listClusters(schoolId, model) {
      return (await db.selectFrom('stranger_clusters').selectAll().where('school_id', '=', schoolId).where('model', '=', model).orderBy('first_seen_at').execute()).map(toCluster);
    },
    async getCluster(id) {
      const r = await db.selectFrom('stranger_clusters').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toCluster(r);
    },
    async insertCluster(c) {
      await db.insertInto('stranger_clusters').values({ id: c.id, school_id: c.schoolId, model: c.model, centroid_sealed: Buffer.from(c.centroidSealed),
        sightings: c.sightings, days: JSON.stringify(c.days), first_seen_at: c.firstSeenAt, last_seen_at: c.lastSeenAt, label: c.label,
        returning_alerted_at: c.returningAlertedAt }).execute();
    },
    async updateCluster(id, p) {
      const set: Partial<StrangerTables['stranger_clusters']> = {};
      if (p.centroidSealed) set.centroid_sealed = Buffer.from(p.centroidSealed);
      if (p.sightings !== undefined) set.sightings = p.sightings;
      if (p.days) set.days = JSON.stringify(p.days);
      if (p.firstSeenAt) set.first_seen_at = p.firstSeenAt;
      if (p.lastSeenAt) set.last_seen_at = p.lastSeenAt;
      if (p.label !== undefined) set.label = p.label;
      if (p.returningAlertedAt !== undefined) set.returning_alerted_at = p.returningAlertedAt;
      if (Object.keys(set).length) await db.updateTable('stranger_clusters').set(set).where('id', '=', id).execute();
    },
    async insertSighting(s) {
      await db.insertInto('stranger_sightings').values({ id: s.id, cluster_id: s.clusterId, school_id: s.schoolId, camera_id: s.cameraId, model: s.model,
        embedding_sealed: Buffer.from(s.embeddingSealed), seen_at: s.seenAt, local_date: s.localDate, snapshot_id: s.snapshotId }).execute();
    },
    async countSightings(f) {
      let q = db.selectFrom('stranger_sightings').select((e) => e.fn.countAll().as('n'));
      if (f.schoolId) q = q.where('school_id', '=', f.schoolId);
      if (f.clusterId) q = q.where('cluster_id', '=', f.clusterId);
      return Number((await q.executeTakeFirst())?.n ?? 0);
    },
    async deleteOlderThan(before) {
      const s = await db.deleteFrom('stranger_sightings').where('seen_at', '<', before).executeTakeFirst();
      const c = await db.deleteFrom('stranger_clusters')
        .where((e) => e.not(e.exists(e.selectFrom('stranger_sightings').select('stranger_sightings.id').whereRef('stranger_sightings.cluster_id', '=', 'stranger_clusters.id'))))
        .executeTakeFirst();
      return { sightings: Number(s.numDeletedRows ?? 0), clusters: Number(c.numDeletedRows ?? 0) };
    },
  };
}
