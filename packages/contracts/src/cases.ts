import { z } from 'zod';
import { Id, IsoDateTime, Text } from './common.ts';

/** The categories of issue 6, in the order the public form lists them. */
export const CaseCategory = z.enum([
  'violence_physical', 'violence_verbal', 'cyberbullying',
  'abuse_physical', 'abuse_sexual', 'neglect', 'online_grooming',
  'scam', 'drugs', 'weapons', 'gate_traffic', 'stranger', 'self_harm', 'other',
]);
export type CaseCategory = z.infer<typeof CaseCategory>;
export const CaseStatus = z.enum(['new', 'triaged', 'in_progress', 'resolved', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatus>;
export const CasePriority = z.enum(['low', 'normal', 'high', 'urgent']);
export type CasePriority = z.infer<typeof CasePriority>;
export const CaseSource = z.enum(['web_form', 'hotline', 'guardian_app', 'student_app', 'gate_alert']);
export type CaseSource = z.infer<typeof CaseSource>;
/** Decree 56/2017 Art 24: every report carries a confidentiality level ... */
export const Confidentiality = z.enum(['standard', 'restricted', 'secret']);
export type Confidentiality = z.infer<typeof Confidentiality>;
/** ... and a distribution scope: the audiences that may see the case at all. */
export const CaseAudience = z.enum(['school_leadership', 'counsellor', 'ward_police', 'ward_committee', 'department']);
export type CaseAudience = z.infer<typeof CaseAudience>;
export const Agency = z.enum(['ward_police', 'ward_committee']);
export type Agency = z.infer<typeof Agency>;
export const AgencyStatus = z.enum(['notified', 'acknowledged', 'info_requested', 'findings', 'closed']);
export type AgencyStatus = z.infer<typeof AgencyStatus>;
/** Thông tư 19/2025/TT-BGDĐT: the only outcomes there are. No suspension, no expulsion. */
export const DisciplineOutcome = z.enum(['reminder', 'apology', 'criticism', 'self_assessment']);
export type DisciplineOutcome = z.infer<typeof DisciplineOutcome>;

export const Attachment = z.object({ name: Text(120), type: z.string().max(100), dataBase64: z.string().max(10_000_000) });

/** The public form. `website` is a honeypot: people never see it, bots fill it in. */
export const PublicIntakeBody = z.object({
  schoolId: Id, category: CaseCategory, what: Text(4000), where: Text(300).optional(), when: z.string().max(40).optional(),
  anonymous: z.boolean().default(true),
  contact: z.object({ name: Text(120).optional(), phone: z.string().max(20).optional() }).strict().optional(),
  attachments: z.array(Attachment).max(3).optional(),
  website: z.string().max(200).optional(),
  pow: z.object({ challenge: z.string().max(300), nonce: z.string().max(40) }).strict(),
}).strict();
export type PublicIntakeBody = z.infer<typeof PublicIntakeBody>;

export const IntakeReceipt = z.object({ code: z.string(), passphrase: z.string(), caseId: z.string(), suggest111: z.boolean() });
export const PowChallenge = z.object({ challenge: z.string(), bits: z.number().int(), expiresAt: IsoDateTime, algorithm: z.literal('sha256(challenge + ":" + nonce) has `bits` leading zero bits') });

export const FollowUpBody = z.object({ code: z.string().max(20), passphrase: z.string().max(80) }).strict();
export const FollowUpMessageBody = FollowUpBody.extend({ body: Text(2000) }).strict();

export const HotlineBody = z.object({
  schoolId: Id, category: CaseCategory, what: Text(4000), where: Text(300).optional(), when: z.string().max(40).optional(),
  caller: z.object({ name: Text(120).optional(), phone: z.string().max(20).optional() }).strict().optional(),
  subject: Text(200).optional(), priority: CasePriority.optional(),
}).strict();
export const MemberReportBody = z.object({
  studentId: Id, category: CaseCategory, what: Text(4000), where: Text(300).optional(), when: z.string().max(40).optional(),
  anonymousToSchool: z.boolean().default(false), attachments: z.array(Attachment).max(3).optional(),
}).strict();

export const CaseUpdateBody = z.object({
  /** Re-categorising at triage; into abuse or grooming it escalates at once, as filing it so would have. */
  category: CaseCategory.optional(),
  status: CaseStatus.optional(), priority: CasePriority.optional(), assigneeId: Id.nullable().optional(),
  confidentiality: Confidentiality.optional(), distribution: z.array(CaseAudience).optional(),
  reporterVisibleTo: z.array(CaseAudience).optional(), subject: Text(200).nullable().optional(),
  /** When the person reported is a staff member with an account: they are then kept out of the case entirely. */
  subjectUserId: Id.nullable().optional(),
  closeReason: Text(500).optional(),
}).strict();
/** Who a case can be assigned to: the principal(s) and counsellor(s) of the case's school. */
export const CaseStaffMember = z.object({ userId: z.string(), displayName: z.string(), role: z.enum(['school_admin', 'counsellor']) });
export type CaseStaffMember = z.infer<typeof CaseStaffMember>;
export const NoteBody = z.object({ body: Text(4000) }).strict();
export const TaskBody = z.object({ title: Text(300), assigneeId: Id.optional(), dueAt: IsoDateTime.optional() }).strict();
/** A string on purpose: the domain refuses anything outside TT 19/2025 with a message that names the rule. */
export const DisciplineBody = z.object({ outcome: z.string().max(40), studentLabel: Text(120), note: Text(1000).optional() }).strict();
export const AgencyActionBody = z.object({
  action: z.enum(['acknowledge', 'request_info', 'add_findings', 'close_part']), body: Text(4000).optional(),
}).strict();

export const CaseEvent = z.object({
  id: z.string(), at: IsoDateTime, actorName: z.string(), kind: z.string(), audience: z.enum(['internal', 'reporter', 'agency']),
  body: z.string().nullable(), data: z.record(z.string(), z.unknown()),
});
export type CaseEvent = z.infer<typeof CaseEvent>;
export const CaseTask = z.object({ id: z.string(), title: z.string(), assigneeId: z.string().nullable(), dueAt: z.string().nullable(), doneAt: z.string().nullable() });
export const AgencyPart = z.object({ agency: Agency, status: AgencyStatus, notifiedAt: z.string(), acknowledgedAt: z.string().nullable(), closedAt: z.string().nullable() });

/** What a reader sees. Fields the reader may not see are absent (not null): absence is the access decision. */
export const CaseView = z.object({
  id: z.string(), code: z.string(), schoolId: z.string(), schoolName: z.string(), category: CaseCategory, status: CaseStatus, priority: CasePriority,
  source: CaseSource, confidentiality: Confidentiality, distribution: z.array(CaseAudience), createdAt: z.string(),
  clocks: z.object({
    firstResponseDueAt: z.string(), resolveDueAt: z.string(), interventionDueAt: z.string().nullable(),
    firstResponseAt: z.string().nullable(), overdue: z.array(z.string()), suggest111: z.boolean(),
  }),
  reporterKnown: z.boolean(), assigneeId: z.string().nullable().optional(),
  description: z.string().optional(), location: z.string().nullable().optional(), occurredAt: z.string().nullable().optional(),
  subject: z.string().nullable().optional(), attachments: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), size: z.number() })).optional(),
  internalNotes: z.array(CaseEvent).optional(), tasks: z.array(CaseTask).optional(), chat: z.array(CaseEvent).optional(),
  discipline: z.array(CaseEvent).optional(), agencies: z.array(AgencyPart), agencyEvents: z.array(CaseEvent).optional(),
  closeReason: z.string().nullable(),
});
export type CaseView = z.infer<typeof CaseView>;
export const CaseListItem = CaseView.pick({ id: true, code: true, schoolId: true, schoolName: true, category: true, status: true, priority: true, createdAt: true, clocks: true, agencies: true });
export type CaseListItem = z.infer<typeof CaseListItem>;
export const ReporterView = z.object({ kind: z.enum(['anonymous', 'named']), name: z.string().nullable(), phone: z.string().nullable(), userId: z.string().nullable() });
export type ReporterView = z.infer<typeof ReporterView>;

export const StatsLevel = z.enum(['school', 'ward', 'province']);
export const StatsQuery = z.object({ level: StatsLevel, scopeId: Id, from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });
export type StatsQuery = z.infer<typeof StatsQuery>;
const Count = z.record(z.string(), z.number().int());
export const CaseStats = z.object({
  total: z.number().int(), byCategory: Count, bySchool: Count, byMonth: Count, byStatus: Count,
  firstResponseHours: z.object({ count: z.number().int(), median: z.number().nullable(), p90: z.number().nullable() }),
  closeHours: z.object({ count: z.number().int(), median: z.number().nullable(), p90: z.number().nullable() }),
});
export type CaseStats = z.infer<typeof CaseStats>;
/** The report lists the exact query its figures came from, so anyone with database access can reproduce a number. */
export const CaseReport = z.object({
  title: z.string(), issuer: z.string(), period: z.object({ from: z.string(), to: z.string() }), generatedAt: z.string(),
  schools: z.array(z.object({ id: z.string(), name: z.string() })), stats: CaseStats,
  query: z.object({ sql: z.string(), params: z.array(z.union([z.string(), z.number()])) }),
});
export type CaseReport = z.infer<typeof CaseReport>;
