import type { AttendanceStatus, Camera, CameraInput, PassageEvent } from '@truongan/contracts';

export interface CameraRecord extends Omit<Camera, 'hasPassword'> { passwordSealed: string | null; createdAt: string }

export interface PassageRecord extends PassageEvent { localDate: string; confirmedBy: string | null }

export interface GateRepo {
  insertCamera(c: CameraRecord): Promise<void>;
  updateCamera(id: string, patch: Partial<Omit<CameraRecord, 'id' | 'schoolId' | 'createdAt'>>): Promise<void>;
  getCamera(id: string): Promise<CameraRecord | undefined>;
  listCameras(filter: { schoolId?: string; enabledOnly?: boolean }): Promise<CameraRecord[]>;
  deleteCamera(id: string): Promise<void>;
  /** Idempotent on (cameraId, trackId): returns false when that walk-through was already recorded. */
  insertPassage(p: PassageRecord): Promise<boolean>;
  getPassage(id: string): Promise<PassageRecord | undefined>;
  passageBySnapshot(snapshotId: string): Promise<PassageRecord | undefined>;
  updatePassage(id: string, patch: Pick<PassageRecord, 'decision' | 'studentId' | 'confirmedBy'>): Promise<void>;
  listPassages(filter: { schoolId: string; localDate?: string; studentIds?: string[]; decisions?: PassageRecord['decision'][]; limit: number; sinceDecidedAt?: string }): Promise<PassageRecord[]>;
  insertCorrection(c: { id: string; studentId: string; localDate: string; sessionName: string; status: AttendanceStatus; reason: string; correctedBy: string; at: string }): Promise<void>;
  corrections(studentIds: string[], localDate: string): Promise<Array<{ studentId: string; sessionName: string; status: AttendanceStatus; at: string }>>;
  insertExcuse(e: { id: string; studentId: string; fromDate: string; toDate: string; reason: string; recordedBy: string; at: string }): Promise<void>;
  excusedOn(studentIds: string[], localDate: string): Promise<string[]>;
}

export interface SnapshotMeta { id: string; schoolId: string; cameraId: string | null; kind: 'crop' | 'context'; bytes: number; createdAt: string; expiresAt: string }

/** Encrypted files (gate snapshots) referenced by id; the store decides where bytes live. */
export interface SnapshotStore {
  put(meta: Omit<SnapshotMeta, 'bytes'>, jpeg: Uint8Array): Promise<SnapshotMeta>;
  get(id: string): Promise<{ meta: SnapshotMeta; jpeg: Uint8Array } | undefined>;
  /** Deletes snapshots past their expiry; returns how many. */
  deleteExpired(now: Date): Promise<number>;
}

/** Live updates for screens (class board, gate console); in-process by default, a broker across processes. */
export interface LiveEvents {
  publish(topic: string, event: unknown): void;
  subscribe(topic: string, listener: (event: unknown) => void): () => void;
}

export type { CameraInput };
