import type {
  Area, AssentRecord, AuditAction, AuditEntry, AuditVerifyResult, ConsentRecord, DaySession, Guardian,
  GuardianLink, Organisation, School, SchoolClass, SchoolYear, Student, StudentView,
} from '@truongan/contracts';
import type { LocatorPort } from '../access/requireAccess.ts';
import type { RoleGrant } from '../access/actor.ts';
import type { GateRepo } from './gate.ts';
import type { NotifyRepo } from './notifyRepo.ts';
import type { CasesRepo } from './cases.ts';
import type { PreventionRepo } from './prevention.ts';
import type { FamilyRepo } from '../family/familyRepo.ts';
import type { VisitorsRepo } from '../visitors/ports.ts';
import type { WatchlistRepo } from '../watchlist/ports.ts';
import type { AlertsRepo } from '../alerts/ports.ts';
import type { SightingsRepo } from '../strangers/ports.ts';

export interface OrgRepo {
  upsertArea(a: Area): Promise<void>;
  upsertOrganisation(o: Organisation): Promise<void>;
  upsertSchool(s: School): Promise<void>;
  upsertSchoolYear(y: SchoolYear): Promise<void>;
  upsertDaySession(s: DaySession): Promise<void>;
  upsertClass(c: SchoolClass): Promise<void>;
  getSchool(id: string): Promise<School | undefined>;
  getArea(id: string): Promise<Area | undefined>;
  listAreas(): Promise<Area[]>;
  listOrganisations(areaIds: string[]): Promise<Organisation[]>;
  /** Schools under any of the given scopes (a province, a ward, or the school itself). */
  listSchools(filter: { provinceIds?: string[]; wardIds?: string[]; schoolIds?: string[] }): Promise<School[]>;
  listClasses(schoolId: string): Promise<SchoolClass[]>;
  getClass(id: string): Promise<SchoolClass | undefined>;
  currentSchoolYear(schoolId: string, onDate: string): Promise<SchoolYear | undefined>;
  listDaySessions(schoolId: string): Promise<DaySession[]>;
}

export interface PeopleRepo {
  upsertStudent(s: Student): Promise<void>;
  getStudent(id: string): Promise<Student | undefined>;
  findStudentByIdentity(schoolId: string, ids: { personalId: string | null; learnerId: string | null; fullName: string; birthDate: string }): Promise<Student | undefined>;
  listStudents(filter: { schoolId: string; classIds?: string[]; studentIds?: string[] }): Promise<StudentView[]>;
  countStudents(schoolId: string): Promise<number>;
  upsertGuardian(g: Guardian): Promise<void>;
  findGuardianByPhone(phone: string): Promise<Guardian | undefined>;
  getGuardian(id: string): Promise<Guardian | undefined>;
  linkGuardian(l: GuardianLink): Promise<void>;
  unlinkGuardian(guardianId: string, studentId: string): Promise<void>;
  guardiansOf(studentId: string): Promise<Array<Guardian & { relationship: GuardianLink['relationship']; isPrimary: boolean }>>;
  studentIdsOfGuardian(guardianId: string): Promise<string[]>;
}

export interface UserRecord {
  id: string; kind: 'staff' | 'guardian' | 'student'; displayName: string; username: string | null; phone: string | null;
  passwordHash: string | null; totpSecretSealed: string | null; totpEnabled: boolean; guardianId: string | null;
  studentId: string | null; locale: 'vi' | 'en'; disabled: boolean; createdAt: string;
}
export interface AuthSessionRecord { id: string; userId: string; createdAt: string; expiresAt: string; mfaPassed: boolean; csrfToken: string }
export interface OtpRecord { id: string; phone: string; codeHash: string; expiresAt: string; attempts: number; consumedAt: string | null; createdAt: string }
export interface ThrottleRecord { key: string; failures: number; lockedUntil: string | null; updatedAt: string }

export interface UserRepo {
  insertUser(u: UserRecord): Promise<void>;
  updateUser(id: string, patch: Partial<Omit<UserRecord, 'id'>>): Promise<void>;
  getUser(id: string): Promise<UserRecord | undefined>;
  findByUsername(username: string): Promise<UserRecord | undefined>;
  findByPhone(phone: string): Promise<UserRecord | undefined>;
  findByGuardianId(guardianId: string): Promise<UserRecord | undefined>;
  grantRole(userId: string, g: RoleGrant): Promise<void>;
  grantsOf(userId: string): Promise<RoleGrant[]>;
  insertSession(s: AuthSessionRecord): Promise<void>;
  getSession(id: string): Promise<AuthSessionRecord | undefined>;
  updateSession(id: string, patch: Partial<Omit<AuthSessionRecord, 'id'>>): Promise<void>;
  deleteSession(id: string): Promise<void>;
  insertOtp(o: OtpRecord): Promise<void>;
  latestOtp(phone: string): Promise<OtpRecord | undefined>;
  countOtpsSince(phone: string, since: string): Promise<number>;
  updateOtp(id: string, patch: Partial<Pick<OtpRecord, 'attempts' | 'consumedAt'>>): Promise<void>;
  getThrottle(key: string): Promise<ThrottleRecord | undefined>;
  putThrottle(t: ThrottleRecord): Promise<void>;
  clearThrottle(key: string): Promise<void>;
  /** Deletes sessions and one-time codes that expired before `now`. */
  deleteExpired(now: string): Promise<{ sessions: number; otps: number }>;
}

export interface ConsentRepo {
  insertConsent(c: ConsentRecord): Promise<void>;
  insertAssent(a: AssentRecord): Promise<void>;
  /** Full history for students, newest first. */
  consentHistory(studentIds: string[]): Promise<ConsentRecord[]>;
  assentHistory(studentIds: string[]): Promise<AssentRecord[]>;
}

export interface FaceTemplateRecord {
  id: string; studentId: string; schoolId: string; model: string; embeddingSealed: Uint8Array; quality: number;
  source: 'school_upload' | 'guardian_upload' | 'bulk' | 'gate_capture'; createdBy: string; createdAt: string;
}
export interface FaceTemplateRepo {
  insert(t: FaceTemplateRecord): Promise<void>;
  listForStudent(studentId: string): Promise<FaceTemplateRecord[]>;
  listForSchool(schoolId: string, model: string): Promise<FaceTemplateRecord[]>;
  deleteForStudent(studentId: string): Promise<number>;
  countByClass(schoolId: string): Promise<Array<{ classId: string | null; students: number; enrolled: number }>>;
  enrolledAmong(studentIds: string[]): Promise<string[]>;
}

export interface AuditInput {
  at: string; actorId: string; actorName: string; action: AuditAction;
  targetKind: string | null; targetId: string | null; schoolId: string | null; detail: Record<string, unknown>;
}
export interface AuditRepo {
  /** Appends one row to the hash chain. Must be called inside the transaction that does the audited thing. */
  append(e: AuditInput): Promise<AuditEntry>;
  list(filter: { schoolIds?: string[]; limit: number; beforeSeq?: number; action?: AuditAction }): Promise<AuditEntry[]>;
  verify(): Promise<AuditVerifyResult>;
}

export interface SettingRecord { scopeId: string; key: string; value: unknown; version: number; updatedBy: string; updatedAt: string }
export interface SettingsRepo {
  get(scopeId: string, key: string): Promise<SettingRecord | undefined>;
  list(scopeId: string): Promise<SettingRecord[]>;
  put(s: SettingRecord): Promise<void>;
}

export interface OutboxMessage {
  id: string; idempotencyKey: string;
  /** 'auto': the dispatcher follows the recipient's own channel order. */
  channel: 'auto' | 'sms' | 'zalo_zns' | 'email' | 'web_push' | 'webhook' | 'mqtt' | 'dev';
  recipient: string; template: string; body: string; data: Record<string, unknown>;
  status: 'pending' | 'sent' | 'failed' | 'dead'; createdAt: string;
}
export interface OutboxRepo {
  /** Idempotent on idempotencyKey: a second insert with the same key is ignored. */
  enqueue(m: OutboxMessage): Promise<void>;
  listRecent(limit: number): Promise<OutboxMessage[]>;
}

export interface Repos {
  locator: LocatorPort;
  org: OrgRepo;
  people: PeopleRepo;
  users: UserRepo;
  consents: ConsentRepo;
  faces: FaceTemplateRepo;
  gate: GateRepo;
  audit: AuditRepo;
  settings: SettingsRepo;
  outbox: OutboxRepo;
  notify: NotifyRepo;
  cases: CasesRepo;
  prevention: PreventionRepo;
  family: FamilyRepo;
  visitors: VisitorsRepo;
  watchlist: WatchlistRepo;
  alerts: AlertsRepo;
  sightings: SightingsRepo;
}
