import type { z } from 'zod';
import type { LoginResult as LoginResultSchema, TotpEnrolment as TotpEnrolmentSchema } from '@truongan/contracts';
import type {
  Camera, CameraState, PassageEvent,
  Area, AssentRecord, ConsentPurpose, ConsentRecord, DaySession, Organisation, School, SchoolClass, StudentConsentStatus,
} from '@truongan/contracts';

// Answers the server builds from contract types without a named schema of their own; composed here
// from @truongan/contracts, never re-declared field by field.

export type ClassWithCount = SchoolClass & { students: number };
export interface SchoolStructure { school: School; sessions: DaySession[]; classes: ClassWithCount[] }

export type ConsentCounts = { granted: number; withdrawn: number; unanswered: number; inForce: number };
export interface ConsentOverview { rows: StudentConsentStatus[]; summary: Record<ConsentPurpose, ConsentCounts> }

export type ConsentText = { version: string; vi: string; en: string };
export interface StudentConsent {
  status: StudentConsentStatus;
  history: ConsentRecord[];
  assents: AssentRecord[];
  texts: Record<ConsentPurpose, ConsentText>;
}

export type AreaView = Pick<Area, 'id' | 'kind' | 'name' | 'parentId'> & {
  organisations: Array<Pick<Organisation, 'id' | 'kind' | 'name'>>;
  schools: School[];
};

export interface SettingRow { key: string; value: unknown; version: number; updatedAt: string | null }

export interface OutboxMessage { id: string; recipient: string; body: string; createdAt: string; channel?: string; template?: string }

export const PURPOSES: ConsentPurpose[] = ['face_recognition', 'snapshot_sharing'];

// The contracts export these schemas without a type alias; infer the types from the schemas themselves.
export type LoginResult = z.infer<typeof LoginResultSchema>;
export type TotpEnrolment = z.infer<typeof TotpEnrolmentSchema>;

/** A camera as the list answers it: the stored settings (never the password) plus its live state, if running. */
export type CameraWithState = Camera & { state: CameraState | null };

/** A passage in the guard's feed: the vision role's decision with the student's name and class joined in. */
export type GatePassage = Pick<PassageEvent, 'id' | 'decision' | 'studentId' | 'candidates' | 'score' | 'direction' | 'decidedAt' | 'snapshotId' | 'contextSnapshotId' | 'cameraId'>
  & { studentName: string | null; className: string | null };

/** What the gate stream sends per new (or settled) passage. */
export type GatePassageSummary = Partial<Pick<PassageEvent, 'decision' | 'studentId' | 'cameraId' | 'direction'>> & { passageId: string; confirmed?: boolean };

export interface EnrolmentCoverage { classId: string | null; className: string | null; students: number; enrolled: number }
