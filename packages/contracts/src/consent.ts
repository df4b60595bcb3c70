import { z } from 'zod';
import { Id, IsoDateTime } from './common.ts';

export const ConsentPurpose = z.enum(['face_recognition', 'snapshot_sharing']);
export const ConsentDecision = z.enum(['granted', 'withdrawn']);
export const ConsentChannel = z.enum(['app', 'web', 'paper', 'school_office']);

/** One decision; the history is append-only and the newest decision per (student, purpose) is in force. */
export const ConsentRecord = z.object({
  id: Id, studentId: Id, purpose: ConsentPurpose, decision: ConsentDecision,
  guardianId: Id.nullable(), recordedBy: Id, channel: ConsentChannel, textVersion: z.string().max(40), at: IsoDateTime,
});

/** The child's own agreement, needed from age 7 before their images are disclosed (Decree 56/2017 Art 36). */
export const AssentRecord = z.object({
  id: Id, studentId: Id, purpose: ConsentPurpose, decision: ConsentDecision, recordedBy: Id, at: IsoDateTime,
});

export const ConsentState = z.enum(['granted', 'withdrawn', 'unanswered']);
export const StudentConsentStatus = z.object({
  studentId: Id, fullName: z.string(), className: z.string().nullable(), age: z.number().int(),
  purposes: z.record(ConsentPurpose, z.object({
    guardian: ConsentState, assent: z.union([ConsentState, z.literal('not_needed')]), inForce: z.boolean(), at: IsoDateTime.nullable(),
  })),
});

export const DecideConsentBody = z.object({
  studentId: Id, purpose: ConsentPurpose, decision: ConsentDecision, textVersion: z.string().min(1).max(40),
}).strict();
export const RecordAssentBody = z.object({ studentId: Id, purpose: ConsentPurpose, decision: ConsentDecision }).strict();

export type ConsentPurpose = z.infer<typeof ConsentPurpose>;
export type ConsentDecision = z.infer<typeof ConsentDecision>;
export type ConsentChannel = z.infer<typeof ConsentChannel>;
export type ConsentRecord = z.infer<typeof ConsentRecord>;
export type AssentRecord = z.infer<typeof AssentRecord>;
export type ConsentState = z.infer<typeof ConsentState>;
export type StudentConsentStatus = z.infer<typeof StudentConsentStatus>;
