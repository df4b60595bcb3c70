import { z } from 'zod';
import { CaseCategory } from './cases.ts';
import { Id, IsoDate, IsoDateTime, Text } from './common.ts';

/** Issue 7: awareness campaigns, counselling (Thông tư 18/2025/TT-BGDĐT) and safety lessons. */

export const ActivityFormat = z.enum(['assembly', 'class_hour', 'online']);
export const MaterialKind = z.enum(['file', 'link', 'video']);
const HttpUrl = z.string().url().max(2000).refine((u) => /^https?:\/\//.test(u), 'http(s) only');

export const QuizQuestion = z.object({ question: Text(300), options: z.array(Text(200)).min(2).max(6), correct: z.number().int().min(0) })
  .refine((q) => q.correct < q.options.length, { message: 'correct must index an option', path: ['correct'] });
export const RequiredActivity = z.object({ key: z.string().regex(/^[a-z0-9_]{1,40}$/), title: Text(200), format: ActivityFormat.optional() });

export const CampaignInput = z.object({
  title: Text(200), summary: Text(4000), startsOn: IsoDate, endsOn: IsoDate,
  /** Schools, whole wards or a whole province, in any mix; resolved to a fixed list of schools when the campaign is created. */
  targets: z.object({ schoolIds: z.array(Id).max(500).default([]), wardIds: z.array(Id).max(100).default([]), provinceIds: z.array(Id).max(5).default([]) }),
  materials: z.array(z.object({ kind: MaterialKind, title: Text(200), url: HttpUrl })).max(30).default([]),
  keyMessages: z.array(Text(500)).min(1).max(10),
  requiredActivities: z.array(RequiredActivity).max(10).default([]),
  quiz: z.array(QuizQuestion).max(20).default([]),
}).strict().refine((c) => c.startsOn <= c.endsOn, { message: 'endsOn is before startsOn', path: ['endsOn'] });

export const Material = z.object({ id: Id, kind: MaterialKind, title: z.string(), url: z.string(), qrPayload: z.string(), qrSvgPath: z.string() });
export const Campaign = z.object({
  id: Id, title: z.string(), summary: z.string(), startsOn: IsoDate, endsOn: IsoDate, ownerKind: z.enum(['province', 'ward']), ownerId: Id,
  schoolIds: z.array(Id), materials: z.array(Material), keyMessages: z.array(z.string()), requiredActivities: z.array(RequiredActivity),
  /** Staff see the correct answers; students and guardians get the questions only. */
  quiz: z.array(z.object({ question: z.string(), options: z.array(z.string()), correct: z.number().int().optional() })),
  createdAt: IsoDateTime,
});

export const ActivityInput = z.object({
  heldOn: IsoDate, format: ActivityFormat, classIds: z.array(Id).max(100).default([]), participants: z.number().int().min(1).max(100_000),
  requiredKey: z.string().max(40).optional(), note: Text(2000).optional(),
  photos: z.array(z.object({ type: z.string().max(50), dataBase64: z.string().max(8_000_000) })).max(5).default([]),
}).strict();
export const Activity = z.object({
  id: Id, campaignId: Id, schoolId: Id, heldOn: IsoDate, format: ActivityFormat, classIds: z.array(Id), participants: z.number().int(),
  requiredKey: z.string().nullable(), note: z.string().nullable(), photoIds: z.array(Id), createdAt: IsoDateTime,
});

export const ResponseInput = z.object({
  /** The student this response counts for: one's own record, or a guardian's child. */
  studentId: Id, acknowledge: z.literal(true), answers: z.array(z.number().int().min(0)).max(20).optional(),
}).strict();
export const ResponseResult = z.object({ acknowledged: z.boolean(), score: z.number().int().nullable(), total: z.number().int(), firstAttempt: z.boolean() });

/** Who a student or guardian answers for (a student: themselves; a guardian: their children). */
export const Participation = z.object({ kind: z.enum(['student', 'guardian']), students: z.array(z.object({ id: Id, fullName: z.string(), schoolId: Id })) });
export const MyCampaignResponse = z.object({ responded: z.boolean(), score: z.number().int().nullable(), total: z.number().int() });

export const SchoolReach = z.object({
  schoolId: Id, schoolName: z.string(), wardId: Id, students: z.number().int(), studentsAcknowledged: z.number().int(), studentsQuizzed: z.number().int(),
  averageScorePct: z.number().nullable(), guardiansAcknowledged: z.number().int(), activities: z.number().int(), participants: z.number().int(),
  requiredDone: z.number().int(), requiredTotal: z.number().int(), reachPct: z.number(), completionPct: z.number(),
});
export const AreaReach = SchoolReach.omit({ schoolId: true, schoolName: true, averageScorePct: true }).extend({ schools: z.number().int(), wardName: z.string() });
export const CampaignReach = z.object({ campaignId: Id, title: z.string(), schools: z.array(SchoolReach), areas: z.array(AreaReach), computedAt: IsoDateTime });

/**
 * Content groups of school counselling in Thông tư 18/2025/TT-BGDĐT (Art 2.1 and the seven groups of Chapter II): học tập;
 * giới, quan hệ xã hội; tâm lý; kỹ năng sống; hướng nghiệp, việc làm, khởi nghiệp; chính sách, pháp luật; dịch vụ công tác xã hội;
 * plus "các vấn đề khác". Safety, violence and abuse are not a group of their own there: a note carries a risk level instead,
 * and a serious risk leads to a case.
 */
export const CounsellingGroup = z.enum(['learning', 'gender_relationships', 'psychology', 'life_skills', 'career', 'policy_law', 'social_work', 'other']);
export const CounsellingRisk = z.enum(['none', 'concern', 'serious']);
export const CounsellingSource = z.enum(['student', 'student_anonymous', 'guardian_referral', 'teacher_referral']);
export const CounsellingStatus = z.enum(['requested', 'scheduled', 'closed']);

export const CounsellingRequestInput = z.object({ studentId: Id, anonymous: z.boolean().default(false), topic: CounsellingGroup.optional(), message: Text(2000) }).strict();
export const ReferralInput = z.object({ studentId: Id, topic: CounsellingGroup.optional(), message: Text(2000) }).strict();
export const CounsellingReceipt = z.object({ requestId: Id, replyHandle: z.string().nullable() });
export const ScheduleInput = z.object({ scheduledAt: IsoDateTime, place: Text(200) }).strict();
export const NoteInput = z.object({ sessionId: Id.optional(), contentGroup: CounsellingGroup, risk: CounsellingRisk, body: Text(8000) }).strict();
export const CounsellingSession = z.object({ id: Id, scheduledAt: IsoDateTime, place: z.string(), status: z.string() });
export const CounsellingRequestView = z.object({
  id: Id, schoolId: Id, source: CounsellingSource, studentId: Id.nullable(), studentName: z.string().nullable(), topic: CounsellingGroup.nullable(),
  message: z.string(), status: CounsellingStatus, caseId: Id.nullable(), sessions: z.array(CounsellingSession), createdAt: IsoDateTime,
});
export const CounsellingNote = z.object({ id: Id, sessionId: Id.nullable(), contentGroup: CounsellingGroup, risk: CounsellingRisk, body: z.string(), writtenBy: z.string(), createdAt: IsoDateTime });
export const AnonymousStatus = z.object({ status: CounsellingStatus, sessions: z.array(CounsellingSession.omit({ id: true })) });
/** What leaves the counselling room: counts only. */
export const CounsellingStats = z.object({
  schoolId: Id, from: IsoDate, to: IsoDate, requests: z.number().int(), bySource: z.record(z.string(), z.number().int()),
  byStatus: z.record(z.string(), z.number().int()), sessions: z.number().int(), notesByGroup: z.record(z.string(), z.number().int()), casesOpened: z.number().int(),
});
export const OpenCaseInput = z.object({ category: CaseCategory, summary: Text(4000) }).strict();

export const LessonAudience = z.enum(['student', 'guardian', 'both']);
export const Lesson = z.object({ id: Id, slug: z.string(), audience: LessonAudience, topic: z.string(), title: z.string(), body: z.string(), keyPoints: z.array(z.string()), acknowledged: z.boolean() });
export const LessonAckInput = z.object({ studentId: Id }).strict();
export const LessonReach = z.object({ schoolId: Id, lessons: z.array(z.object({ lessonId: Id, title: z.string(), students: z.number().int(), guardians: z.number().int() })) });

export type CampaignInput = z.infer<typeof CampaignInput>;
export type Campaign = z.infer<typeof Campaign>;
export type ActivityInput = z.infer<typeof ActivityInput>;
export type Activity = z.infer<typeof Activity>;
export type ResponseInput = z.infer<typeof ResponseInput>;
export type Participation = z.infer<typeof Participation>;
export type MyCampaignResponse = z.infer<typeof MyCampaignResponse>;
export type ResponseResult = z.infer<typeof ResponseResult>;
export type SchoolReach = z.infer<typeof SchoolReach>;
export type AreaReach = z.infer<typeof AreaReach>;
export type CampaignReach = z.infer<typeof CampaignReach>;
export type CounsellingGroup = z.infer<typeof CounsellingGroup>;
export type CounsellingRisk = z.infer<typeof CounsellingRisk>;
export type CounsellingSource = z.infer<typeof CounsellingSource>;
export type CounsellingStatus = z.infer<typeof CounsellingStatus>;
export type CounsellingRequestView = z.infer<typeof CounsellingRequestView>;
export type CounsellingNote = z.infer<typeof CounsellingNote>;
export type CounsellingSessionView = z.infer<typeof CounsellingSession>;
export type AnonymousStatus = z.infer<typeof AnonymousStatus>;
export type LessonReach = z.infer<typeof LessonReach>;
export type CounsellingStats = z.infer<typeof CounsellingStats>;
export type Lesson = z.infer<typeof Lesson>;
export type LessonAudience = z.infer<typeof LessonAudience>;
