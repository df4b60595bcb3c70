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
  'alert.raised', 'alert.acknowledged', 'alert.false_alarm', 'alert.confirmed', 'alert.escalated', 'alert.police_acknowledged', 'alert.police_reported', 'alert.media_read', 'sightings.purged',
  'visit.registered', 'visit.checked_in', 'visit.held', 'visit.checked_out', 'visit.photo_read', 'watchlist.requested', 'watchlist.approved', 'watchlist.revoked',
  'watchlist.expired', 'pickup.person_added', 'pickup.person_removed', 'pickup.person_confirmed', 'pickup.recorded',
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
