import { z } from 'zod';
import { Id, IsoDateTime } from './common.ts';

export const AuditAction = z.enum([
  'auth.sign_in', 'auth.sign_in_failed', 'auth.sign_out', 'auth.totp_enrolled', 'auth.otp_sent',
  'user.created', 'settings.changed', 'roster.imported', 'export.created',
  'consent.decided', 'assent.recorded',
  'face.enrolled', 'face.deleted', 'face.read',
  'student.read_sensitive', 'case.reporter_read', 'counselling.read',
  'case.created', 'case.viewed', 'case.updated', 'case.escalated', 'case.closed', 'case.agency_updated', 'case.discipline_recorded', 'case.report_generated',
  'campaign.created', 'campaign.activity_recorded', 'counselling.requested', 'counselling.scheduled', 'counselling.note_written', 'counselling.case_opened',
  'attendance.corrected', 'camera.changed', 'passage.confirmed', 'snapshot.read', 'retention.ran', 'notify.dead_letter_retried',
]);
export const AuditEntry = z.object({
  seq: z.number().int(), at: IsoDateTime, actorId: z.string(), actorName: z.string(), action: AuditAction,
  targetKind: z.string().nullable(), targetId: z.string().nullable(), schoolId: Id.nullable(),
  detail: z.record(z.string(), z.unknown()), hash: z.string(),
});
export const AuditVerifyResult = z.object({
  ok: z.boolean(), rows: z.number().int(),
  firstBadSeq: z.number().int().nullable(), problem: z.string().nullable(),
});
export type AuditAction = z.infer<typeof AuditAction>;
export type AuditEntry = z.infer<typeof AuditEntry>;
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;
