/**
 * Unknown faces kept only as long as the "returning stranger" rule needs them (14 days by default): each sighting is
 * one unknown walk-through's embedding (sealed), grouped into clusters that stand for "the same unknown person".
 */
export type ClusterLabel = 'known_visitor' | 'staff';

export interface ClusterRecord {
  id: string; schoolId: string; model: string;
  /** Sealed L2-normalised mean of the cluster's embeddings. */
  centroidSealed: Uint8Array; sightings: number;
  /** Local dates (YYYY-MM-DD, Vietnam time) the person was seen on, ascending. */
  days: string[]; firstSeenAt: string; lastSeenAt: string;
  /** Set by a false-alarm feedback: this face stops raising stranger alerts. */
  label: ClusterLabel | null; returningAlertedAt: string | null;
}

export interface SightingRecord {
  id: string; clusterId: string; schoolId: string; cameraId: string; model: string; embeddingSealed: Uint8Array; seenAt: string; localDate: string;
  snapshotId: string | null;
}

export interface SightingsRepo {
  listClusters(schoolId: string, model: string): Promise<ClusterRecord[]>;
  getCluster(id: string): Promise<ClusterRecord | undefined>;
  insertCluster(c: ClusterRecord): Promise<void>;
  updateCluster(id: string, patch: Partial<Omit<ClusterRecord, 'id' | 'schoolId' | 'model'>>): Promise<void>;
  insertSighting(s: SightingRecord): Promise<void>;
  countSightings(filter: { schoolId?: string; clusterId?: string }): Promise<number>;
  /** Deletes sightings seen before `before` (ISO), then clusters left without any sighting. */
  deleteOlderThan(before: string): Promise<{ sightings: number; clusters: number }>;
}
