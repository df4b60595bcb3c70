import { z } from 'zod';
import { Id, IsoDateTime, Text } from './common.ts';

export const CameraRole = z.enum(['entry', 'exit', 'both', 'perimeter']);
export const CameraKind = z.enum(['rtsp', 'mjpeg', 'snapshot', 'file']);
/** A region as fractions of the frame (0..1), so it survives a change of stream resolution. */
export const Region = z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1), width: z.number().gt(0).max(1), height: z.number().gt(0).max(1) });
/** Crossing this line from side A to side B is an entry; the other way an exit (fractions of the frame). */
export const DirectionLine = z.object({ x1: z.number(), y1: z.number(), x2: z.number(), y2: z.number(), entryIsLeftSide: z.boolean() });

export const CameraInput = z.object({
  name: Text(80), kind: CameraKind, role: CameraRole,
  url: z.string().min(1).max(500), username: z.string().max(100).nullable().default(null), password: z.string().max(200).nullable().default(null),
  lane: Region.nullable().default(null), direction: DirectionLine.nullable().default(null), fps: z.number().int().min(1).max(15).default(5), enabled: z.boolean().default(true),
}).strict();
export const Camera = CameraInput.omit({ password: true }).extend({ id: Id, schoolId: Id, hasPassword: z.boolean() });

export const CameraState = z.object({
  cameraId: Id, state: z.enum(['connecting', 'streaming', 'backoff', 'error', 'stopped']), fps: z.number(), frames: z.number(), dropped: z.number(),
  reconnects: z.number(), lastError: z.object({ code: z.string(), vi: z.string(), en: z.string() }).nullable(), since: IsoDateTime,
});

export const PassageDecision = z.enum(['known', 'unknown', 'needs_confirmation', 'spoof']);
export const Direction = z.enum(['in', 'out', 'unknown']);

/** What the vision role reports for one walk-through (one track), after voting over its frames. */
export const PassageEvent = z.object({
  id: Id, schoolId: Id, cameraId: Id, trackId: z.string().max(80),
  decision: PassageDecision, studentId: Id.nullable(), candidates: z.array(z.object({ studentId: Id, score: z.number() })).max(5),
  score: z.number(), margin: z.number(), votes: z.number().int(), frames: z.number().int(), quality: z.number(), liveness: z.number().nullable(),
  direction: Direction, firstSeenAt: IsoDateTime, decidedAt: IsoDateTime, snapshotId: Id.nullable(), contextSnapshotId: Id.nullable(),
});

export const AttendanceStatus = z.enum(['not_yet', 'present', 'late', 'absent', 'excused', 'left']);
export const BoardRow = z.object({
  studentId: Id, fullName: z.string(), status: AttendanceStatus, entryAt: IsoDateTime.nullable(), exitAt: IsoDateTime.nullable(),
  lateMinutes: z.number().int().nullable(), snapshotId: Id.nullable(), corrected: z.boolean(), faceEnrolled: z.boolean(),
});
export const ClassBoard = z.object({
  classId: Id, className: z.string(), date: z.string(), session: z.object({ name: z.string(), startsAt: z.string(), lateAfterMinutes: z.number(), absentAfterMinutes: z.number() }).nullable(),
  counts: z.record(AttendanceStatus, z.number()), rows: z.array(BoardRow),
});

export type CameraRole = z.infer<typeof CameraRole>;
export type CameraInput = z.infer<typeof CameraInput>;
export type Camera = z.infer<typeof Camera>;
export type CameraState = z.infer<typeof CameraState>;
export type Region = z.infer<typeof Region>;
export type DirectionLine = z.infer<typeof DirectionLine>;
export type PassageEvent = z.infer<typeof PassageEvent>;
export type PassageDecision = z.infer<typeof PassageDecision>;
export type Direction = z.infer<typeof Direction>;
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;
export type BoardRow = z.infer<typeof BoardRow>;
export type ClassBoard = z.infer<typeof ClassBoard>;
