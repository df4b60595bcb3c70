import { z } from 'zod';
import { Id, IsoDateTime, Text } from './common.ts';

/** Where a camera looks, which decides the stranger rules that apply to it (issue 5). */
export const CameraZone = z.enum(['gate_lane', 'outside', 'perimeter', 'inside']);

export const AlertKindEnum = z.enum(['stranger_lingering', 'stranger_returning', 'unknown_inside', 'watchlist_match', 'visitor_watchlist', 'visitor_overstay', 'pickup_unlisted']);
/** open → acknowledged → confirmed → escalated; false_alarm ends it. */
export const AlertStatus = z.enum(['open', 'acknowledged', 'confirmed', 'false_alarm', 'escalated']);
export const PoliceStatus = z.enum(['sent', 'acknowledged', 'reported']);
/** What a false alarm teaches the system: this face is a known visitor or staff (stop alerting), or the camera misread. */
export const FalseAlarmFeedback = z.enum(['known_visitor', 'staff', 'camera_conditions', 'other']);

export const Alert = z.object({
  id: Id, schoolId: Id, schoolName: z.string().nullable(), kind: AlertKindEnum, priority: z.enum(['high', 'normal']), status: AlertStatus,
  summaryVi: z.string(), summaryEn: z.string(), cameraId: Id.nullable(), cameraName: z.string().nullable(), zone: CameraZone.nullable(),
  snapshotIds: z.array(Id), clipId: Id.nullable(), subjectType: z.string().nullable(), subjectId: z.string().nullable(),
  raisedAt: IsoDateTime, handledBy: z.string().nullable(), handledAt: IsoDateTime.nullable(), note: z.string().nullable(),
  feedback: FalseAlarmFeedback.nullable(), confirmedBy: z.string().nullable(), confirmedAt: IsoDateTime.nullable(),
  police: z.object({ status: PoliceStatus, escalatedAt: IsoDateTime, acknowledgedBy: z.string().nullable(), acknowledgedAt: IsoDateTime.nullable(),
    report: z.string().nullable(), reportedAt: IsoDateTime.nullable() }).nullable(),
});

export const AlertActionBody = z.object({ note: Text(500).nullable().default(null) }).strict();
export const FalseAlarmBody = z.object({ feedback: FalseAlarmFeedback, note: Text(500).nullable().default(null) }).strict();
export const EscalateBody = z.object({ note: Text(1000).nullable().default(null) }).strict();
export const PoliceReportBody = z.object({ report: Text(2000) }).strict();

/** What the ward police receive: what, where, when, the evidence and who confirmed it. Names of children never travel in it. */
export const PolicePacket = z.object({
  id: Id, alertId: Id, schoolId: Id, schoolName: z.string(), schoolAddress: z.string().nullable(), wardId: Id,
  what: z.object({ kind: AlertKindEnum, priority: z.enum(['high', 'normal']), summaryVi: z.string(), summaryEn: z.string() }),
  where: z.object({ cameraName: z.string().nullable(), zone: CameraZone.nullable() }),
  when: z.object({ raisedAt: IsoDateTime, confirmedAt: IsoDateTime, escalatedAt: IsoDateTime }),
  snapshotIds: z.array(Id), clipId: Id.nullable(),
  confirmedBy: z.string(), escalatedBy: z.string(), schoolNote: z.string().nullable(),
  status: PoliceStatus, acknowledgedBy: z.string().nullable(), acknowledgedAt: IsoDateTime.nullable(), report: z.string().nullable(), reportedAt: IsoDateTime.nullable(),
});

/** Per-school stranger rules (school setting `strangers.rules`); defaults in core/strangers/rules.ts. */
export const StrangerSettings = z.object({
  lingerSeconds: z.object({ gate_lane: z.number().int().min(5).max(3600), outside: z.number().int().min(5).max(3600), perimeter: z.number().int().min(5).max(3600), inside: z.number().int().min(5).max(3600) }),
  returningDays: z.number().int().min(2).max(14), returningWindowDays: z.number().int().min(2).max(60),
  /** Unknown-face templates are kept this long, then deleted by the retention job. */
  sightingRetentionDays: z.number().int().min(1).max(60),
  clusterThreshold: z.number().min(0.2).max(0.9),
  schoolHours: z.object({ from: z.string().regex(/^\d{2}:\d{2}$/), to: z.string().regex(/^\d{2}:\d{2}$/) }),
}).strict();

export type CameraZone = z.infer<typeof CameraZone>;
export type AlertStatus = z.infer<typeof AlertStatus>;
export type PoliceStatus = z.infer<typeof PoliceStatus>;
export type FalseAlarmFeedback = z.infer<typeof FalseAlarmFeedback>;
export type Alert = z.infer<typeof Alert>;
export type PolicePacket = z.infer<typeof PolicePacket>;
export type StrangerSettings = z.infer<typeof StrangerSettings>;
