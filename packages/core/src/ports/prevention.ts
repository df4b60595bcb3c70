import type { CounsellingGroup, CounsellingRisk, CounsellingSource, CounsellingStatus, LessonAudience } from '@truongan/contracts';

export interface QuizItem { question: string; options: string[]; correct: number }
export interface CampaignRecord {
  id: string; title: string; summary: string; startsOn: string; endsOn: string; ownerKind: 'province' | 'ward'; ownerId: string;
  keyMessages: string[]; requiredActivities: Array<{ key: string; title: string; format?: 'assembly' | 'class_hour' | 'online' }>; quiz: QuizItem[];
  createdBy: string; createdAt: string;
}
export interface CampaignSchoolRecord { campaignId: string; schoolId: string; wardId: string; provinceId: string }
export interface MaterialRecord { id: string; campaignId: string; kind: 'file' | 'link' | 'video'; title: string; url: string; position: number }
export interface ActivityRecord {
  id: string; campaignId: string; schoolId: string; heldOn: string; format: 'assembly' | 'class_hour' | 'online'; classIds: string[];
  participants: number; requiredKey: string | null; note: string | null; recordedBy: string; createdAt: string;
}
export interface EvidenceRecord { id: string; activityId: string; campaignId: string; schoolId: string; type: string; size: number; sha256: string; dataSealed: Uint8Array; createdAt: string }
/** One row per person and campaign: the first quiz attempt is the one counted. */
export interface ResponseRecord {
  campaignId: string; personId: string; personKind: 'student' | 'guardian'; schoolId: string; studentId: string;
  acknowledgedAt: string | null; quizScore: number | null; quizTotal: number | null; answers: number[] | null; answeredAt: string | null;
}
/** Raw per-school counts behind the reach figures; percentages are computed in core. */
export interface ReachCounts {
  responses: Array<{ schoolId: string; personKind: 'student' | 'guardian'; acknowledged: number; quizzed: number; scoreSum: number; totalSum: number }>;
  activities: Array<{ schoolId: string; activities: number; participants: number; requiredKeys: string[] }>;
}

export interface LessonRecord { id: string; slug: string; audience: LessonAudience; topic: string; title: string; body: string; keyPoints: string[]; position: number }
export interface LessonAckRecord { lessonId: string; personId: string; personKind: 'student' | 'guardian'; schoolId: string; at: string }

export interface CounsellingRequestRecord {
  id: string; schoolId: string; wardId: string; provinceId: string; source: CounsellingSource;
  /** Null for anonymous requests: then nothing identifies the student but the digest of the reply handle they hold. */
  studentId: string | null; requestedBy: string | null; replyHandleDigest: string | null;
  topic: CounsellingGroup | null; messageSealed: string; status: CounsellingStatus; caseId: string | null; createdAt: string; updatedAt: string;
}
export interface CounsellingSessionRecord { id: string; requestId: string; schoolId: string; scheduledAt: string; place: string; counsellorId: string; status: 'scheduled' | 'held' | 'cancelled'; createdAt: string }
export interface CounsellingNoteRecord {
  id: string; requestId: string; sessionId: string | null; schoolId: string; contentGroup: CounsellingGroup; risk: CounsellingRisk;
  bodySealed: string; writtenBy: string; createdAt: string;
}
export interface CounsellingCounts {
  requests: Array<{ source: string; status: string; n: number }>; sessions: number; notesByGroup: Array<{ group: string; n: number }>; casesOpened: number;
}

export interface PreventionRepo {
  insertCampaign(c: CampaignRecord, schools: CampaignSchoolRecord[], materials: MaterialRecord[]): Promise<void>;
  getCampaign(id: string): Promise<{ campaign: CampaignRecord; schools: CampaignSchoolRecord[]; materials: MaterialRecord[] } | undefined>;
  /** Campaigns that target any of these schools, newest first. */
  listCampaigns(schoolIds: string[]): Promise<CampaignRecord[]>;
  insertActivity(a: ActivityRecord): Promise<void>;
  insertEvidence(e: EvidenceRecord): Promise<void>;
  listActivities(campaignId: string, schoolIds: string[]): Promise<Array<ActivityRecord & { photoIds: string[] }>>;
  getEvidence(id: string): Promise<EvidenceRecord | undefined>;
  /** False when the person already has a response for the campaign (the first attempt stays counted). */
  insertResponse(r: ResponseRecord): Promise<boolean>;
  getResponse(campaignId: string, personId: string): Promise<ResponseRecord | undefined>;
  reachCounts(campaignId: string, schoolIds: string[]): Promise<ReachCounts>;

  upsertLesson(l: LessonRecord): Promise<void>;
  listLessons(): Promise<LessonRecord[]>;
  getLesson(id: string): Promise<LessonRecord | undefined>;
  /** Idempotent: a second acknowledgement by the same person is ignored. */
  insertLessonAck(a: LessonAckRecord): Promise<void>;
  lessonIdsAckedBy(personId: string): Promise<string[]>;
  lessonReach(schoolId: string): Promise<Array<{ lessonId: string; personKind: string; n: number }>>;

  insertRequest(r: CounsellingRequestRecord): Promise<void>;
  updateRequest(id: string, patch: Partial<Pick<CounsellingRequestRecord, 'status' | 'caseId' | 'updatedAt'>>): Promise<void>;
  getRequest(id: string): Promise<CounsellingRequestRecord | undefined>;
  findRequestByHandle(digest: string): Promise<CounsellingRequestRecord | undefined>;
  listRequests(schoolIds: string[], limit: number): Promise<CounsellingRequestRecord[]>;
  insertSession(s: CounsellingSessionRecord): Promise<void>;
  listSessions(requestIds: string[]): Promise<CounsellingSessionRecord[]>;
  insertNote(n: CounsellingNoteRecord): Promise<void>;
  listNotes(requestId: string): Promise<CounsellingNoteRecord[]>;
  counsellingCounts(schoolId: string, from: string, to: string): Promise<CounsellingCounts>;
}
