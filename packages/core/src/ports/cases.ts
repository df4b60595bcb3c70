import type { Agency, AgencyStatus, CaseAudience, CaseCategory, CasePriority, CaseSource, CaseStatus, Confidentiality } from '@truongan/contracts';
import type { CaseStatRow } from '../cases/stats.ts';

/** A case as stored. Free text (description, location, subject) and the reporter are sealed by core before they get here. */
export interface CaseRecord {
  id: string; code: string; schoolId: string; wardId: string; provinceId: string;
  source: CaseSource; category: CaseCategory; status: CaseStatus; priority: CasePriority;
  confidentiality: Confidentiality; distribution: CaseAudience[]; reporterVisibleTo: CaseAudience[];
  reporterKind: 'anonymous' | 'named'; reporterSealed: string | null; reporterDigest: string | null; passphraseHash: string | null;
  descriptionSealed: string; locationSealed: string | null; occurredAt: string | null; subjectSealed: string | null;
  subjectUserId: string | null; subjectStudentId: string | null; assigneeId: string | null;
  firstResponseDueAt: string; resolveDueAt: string; interventionDueAt: string | null;
  firstResponseAt: string | null; resolvedAt: string | null; closedAt: string | null; closeReason: string | null;
  createdBy: string; createdAt: string; updatedAt: string;
}
export interface CaseEventRecord {
  id: string; caseId: string; at: string; actorId: string; actorName: string; kind: string;
  audience: 'internal' | 'reporter' | 'agency'; bodySealed: string | null; data: Record<string, unknown>;
}
export interface CaseTaskRecord { id: string; caseId: string; title: string; assigneeId: string | null; dueAt: string | null; doneAt: string | null; createdBy: string; createdAt: string }
export interface CaseAgencyRecord { caseId: string; agency: Agency; wardId: string; status: AgencyStatus; notifiedAt: string; acknowledgedAt: string | null; closedAt: string | null; updatedAt: string }
export interface CaseAttachmentRecord { id: string; caseId: string; name: string; type: string; size: number; sha256: string; dataSealed: Uint8Array; createdBy: string; createdAt: string }

export interface CasesRepo {
  insertCase(c: CaseRecord): Promise<void>;
  updateCase(id: string, patch: Partial<Omit<CaseRecord, 'id' | 'code' | 'schoolId'>>): Promise<void>;
  getCase(id: string): Promise<CaseRecord | undefined>;
  findByCode(code: string): Promise<CaseRecord | undefined>;
  /** Cases under any of the scopes, newest first. Access filtering happens in core. */
  listCases(filter: { schoolIds?: string[]; wardIds?: string[]; provinceIds?: string[]; status?: CaseStatus; limit: number }): Promise<CaseRecord[]>;
  insertEvent(e: CaseEventRecord): Promise<void>;
  listEvents(caseId: string): Promise<CaseEventRecord[]>;
  insertTask(t: CaseTaskRecord): Promise<void>;
  completeTask(id: string, caseId: string, at: string): Promise<boolean>;
  listTasks(caseId: string): Promise<CaseTaskRecord[]>;
  upsertAgency(a: CaseAgencyRecord): Promise<void>;
  listAgencies(caseIds: string[]): Promise<CaseAgencyRecord[]>;
  insertAttachment(a: CaseAttachmentRecord): Promise<void>;
  listAttachments(caseId: string): Promise<Array<Omit<CaseAttachmentRecord, 'dataSealed'>>>;
  getAttachment(id: string): Promise<CaseAttachmentRecord | undefined>;
  /** Marks a proof-of-work challenge used; false when it already was (a replay). */
  useChallenge(id: string, at: string): Promise<boolean>;
  /** The rows behind every statistic, and the exact SQL that produced them (printed in reports). */
  statsRows(filter: { schoolIds: string[]; from: string; to: string }): Promise<{ rows: CaseStatRow[]; sql: string; params: Array<string | number> }>;
  /** Enabled accounts holding one of `roles` on exactly this scope: the school's case handlers, a ward's officers. */
  peopleWithRoles(scope: { kind: 'school' | 'ward'; id: string }, roles: string[]): Promise<CasePerson[]>;
}
export interface CasePerson { userId: string; displayName: string; role: string; phone: string | null }
