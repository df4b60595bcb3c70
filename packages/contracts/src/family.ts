import { z } from 'zod';
import { AttendanceStatus } from './gate.ts';
import { Id, IsoDate, IsoDateTime, Text } from './common.ts';

/** Who an official message goes to: one guardian of a student, every family of a class, or the whole school. */
export const FamilyAudience = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('guardian'), studentId: Id, guardianId: Id }).strict(),
  z.object({ kind: z.literal('class'), classId: Id }).strict(),
  z.object({ kind: z.literal('school'), schoolId: Id }).strict(),
]);
export type FamilyAudience = z.infer<typeof FamilyAudience>;

export const NewFamilyThread = z.object({ audience: FamilyAudience, subject: Text(120), body: Text(2000) }).strict();
export type NewFamilyThread = z.infer<typeof NewFamilyThread>;

/** A reply in a thread. Staff may address one family of a class thread privately (toGuardianId). */
export const NewFamilyMessage = z.object({ body: Text(2000), toGuardianId: Id.optional() }).strict();
export type NewFamilyMessage = z.infer<typeof NewFamilyMessage>;

export const FamilyReceipt = z.object({ guardianId: z.string(), guardianName: z.string(), readAt: IsoDateTime.nullable() });
export const FamilyMessage = z.object({
  id: z.string(), threadId: z.string(), authorKind: z.enum(['staff', 'guardian']), authorName: z.string(),
  /** The family a message is private to (a guardian's reply, or staff answering one family); null: every member. */
  guardianId: z.string().nullable(), body: z.string(), createdAt: IsoDateTime,
  /** Official messages carry a code a parent can check on the public verify page. */
  verifyCode: z.string().nullable(),
  /** Staff only: who has read it and when (first read). */
  receipts: z.array(FamilyReceipt).optional(),
});
export type FamilyMessage = z.infer<typeof FamilyMessage>;

export const FamilyThreadSummary = z.object({
  id: z.string(), schoolId: z.string(), classId: z.string().nullable(), studentId: z.string().nullable(),
  audienceKind: z.enum(['guardian', 'class', 'school']), audienceLabel: z.string(), subject: z.string(), createdByName: z.string(),
  createdAt: IsoDateTime, lastAt: IsoDateTime, members: z.number().int(), unread: z.number().int(), replies: z.number().int(),
});
export type FamilyThreadSummary = z.infer<typeof FamilyThreadSummary>;
export const FamilyThread = FamilyThreadSummary.extend({ messages: z.array(FamilyMessage) });
export type FamilyThread = z.infer<typeof FamilyThread>;

/** One official message in a guardian's ledger: everything the school really sent, with its verification code. */
export const LedgerEntry = z.object({
  messageId: z.string(), threadId: z.string(), schoolName: z.string(), authorName: z.string(), subject: z.string(), body: z.string(),
  verifyCode: z.string(), createdAt: IsoDateTime, readAt: IsoDateTime.nullable(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** A child's day: passages (with snapshot ids the caller may open) and the attendance mark of each session. */
export const TimelinePassage = z.object({ id: z.string(), direction: z.enum(['in', 'out', 'unknown']), at: IsoDateTime, snapshotId: z.string().nullable() });
export const TimelineDay = z.object({
  date: IsoDate,
  sessions: z.array(z.object({ name: z.string(), status: AttendanceStatus, lateMinutes: z.number().int().nullable() })),
  passages: z.array(TimelinePassage),
});
export const StudentTimeline = z.object({
  studentId: z.string(), fullName: z.string(), className: z.string().nullable(),
  /** False when snapshot sharing is not consented: passages are listed without pictures. */
  snapshotsShared: z.boolean(), days: z.array(TimelineDay),
});
export type StudentTimeline = z.infer<typeof StudentTimeline>;
export type TimelineDay = z.infer<typeof TimelineDay>;

export const ContactRole = z.enum(['hotline', 'principal', 'homeroom_teacher', 'staff', 'security']);
export const SchoolContactInput = z.object({ phone: z.string().trim().min(6).max(20), label: Text(120), role: ContactRole }).strict();
export const SchoolContact = SchoolContactInput.extend({ id: z.string(), schoolId: z.string(), createdAt: IsoDateTime });
export type SchoolContact = z.infer<typeof SchoolContact>;

export const BulletinKind = z.enum(['fake_teacher', 'fake_police', 'hospital', 'fee', 'other']);
export const BulletinInput = z.object({ kind: BulletinKind, title: Text(160), body: Text(2000) }).strict();
export const Bulletin = BulletinInput.extend({ id: z.string(), schoolId: z.string(), schoolName: z.string(), publishedBy: z.string(), publishedAt: IsoDateTime });
export type Bulletin = z.infer<typeof Bulletin>;

export const VerifyQuery = z.object({ value: z.string().trim().min(3).max(40) }).strict();
/** The public answer: registered (with school and role), or not — and then what to do. */
export const VerifyAnswer = z.object({
  registered: z.boolean(),
  kind: z.enum(['phone', 'code']).nullable(),
  schoolName: z.string().nullable(), schoolHotline: z.string().nullable(),
  label: z.string().nullable(), role: z.string().nullable(), sentAt: IsoDateTime.nullable(),
});
export type VerifyAnswer = z.infer<typeof VerifyAnswer>;

/** What the signed snapshot link page shows once the guardian is signed in. */
export const SnapshotLinkView = z.object({
  snapshotId: z.string(), passage: z.object({ studentName: z.string(), className: z.string().nullable(), direction: z.string(), at: IsoDateTime }).nullable(),
});
export type SnapshotLinkView = z.infer<typeof SnapshotLinkView>;
