import type { AlertKind, AlertPriority } from '../ports/premises.ts';
import type { AlertStatus, CameraZone, FalseAlarmFeedback, PoliceStatus } from '@truongan/contracts';

/** One alert in a school's guard queue. Media are referenced by id: snapshots in the snapshot store, clips in `alert_clips`. */
export interface AlertRecord {
  id: string; schoolId: string; kind: AlertKind; priority: AlertPriority; status: AlertStatus;
  summaryVi: string; summaryEn: string; cameraId: string | null; snapshotIds: string[]; clipId: string | null;
  subjectType: string | null; subjectId: string | null; dedupeKey: string | null; raisedAt: string;
  handledBy: string | null; handledAt: string | null; note: string | null; feedback: FalseAlarmFeedback | null;
  confirmedBy: string | null; confirmedAt: string | null;
}

/** The packet sent to the ward police for one confirmed alert; at most one per alert. */
export interface EscalationRecord {
  id: string; alertId: string; schoolId: string; wardId: string; escalatedBy: string; escalatedAt: string; schoolNote: string | null;
  status: PoliceStatus; acknowledgedBy: string | null; acknowledgedAt: string | null; report: string | null; reportedAt: string | null;
}

/** A short video around the alert, copied from the camera's segment ring and sealed like snapshots. */
export interface ClipRecord { id: string; schoolId: string; cameraId: string; type: string; bytes: number; dataSealed: Uint8Array; createdAt: string; expiresAt: string }

export interface AlertsRepo {
  insertAlert(a: AlertRecord): Promise<void>;
  getAlert(id: string): Promise<AlertRecord | undefined>;
  /** The alert with this de-duplication key that is still being handled (open or acknowledged), if any. */
  findOpenByDedupe(schoolId: string, dedupeKey: string): Promise<AlertRecord | undefined>;
  /** Newest first. */
  listAlerts(filter: { schoolIds: string[]; statuses?: AlertStatus[]; limit: number }): Promise<AlertRecord[]>;
  updateAlert(id: string, patch: Partial<Omit<AlertRecord, 'id' | 'schoolId' | 'kind' | 'raisedAt'>>): Promise<void>;
  insertEscalation(e: EscalationRecord): Promise<void>;
  escalationOf(alertId: string): Promise<EscalationRecord | undefined>;
  escalationsOf(alertIds: string[]): Promise<EscalationRecord[]>;
  getEscalation(id: string): Promise<EscalationRecord | undefined>;
  /** Newest first. */
  listEscalations(filter: { wardIds: string[]; limit: number }): Promise<EscalationRecord[]>;
  updateEscalation(id: string, patch: Partial<Pick<EscalationRecord, 'status' | 'acknowledgedBy' | 'acknowledgedAt' | 'report' | 'reportedAt'>>): Promise<void>;
  insertClip(c: ClipRecord): Promise<void>;
  getClip(id: string): Promise<ClipRecord | undefined>;
  deleteExpiredClips(now: string): Promise<number>;
  /** Ward police officers of a ward (active accounts): who the escalation notifies. */
  wardPolice(wardId: string): Promise<Array<{ userId: string; displayName: string; phone: string | null }>>;
  /** The zone set on each camera (migration 0008), null where none was set. */
  cameraZones(cameraIds: string[]): Promise<Map<string, CameraZone | null>>;
  setCameraZone(cameraId: string, zone: CameraZone): Promise<void>;
}
