import type { Role, ScopeKind } from './permissions.ts';

export interface RoleGrant { role: Role; scopeKind: ScopeKind; scopeId: string }

/** Who is acting. Built once per request from the session; use cases take it explicitly. */
export interface Actor {
  kind: 'user' | 'system';
  userId: string;
  displayName: string;
  grants: RoleGrant[];
  /** For guardians: the students linked to them. For students: their own student id. */
  studentIds: string[];
  /** True when the session passed the second factor (or the user has no role that needs it). */
  mfa: boolean;
}

/** The process itself (schedules, retention, CLI maintenance). Every action it takes is still audited. */
export const systemActor = (why: string): Actor => ({
  kind: 'system', userId: `system:${why}`, displayName: `system (${why})`, grants: [], studentIds: [], mfa: true,
});

/** Where a record sits in the organisation tree; what access checks compare against. */
export interface Location {
  provinceId: string;
  wardId: string;
  schoolId?: string;
  classId?: string;
  studentId?: string;
}

export type Target =
  | { kind: 'province'; id: string }
  | { kind: 'ward'; id: string }
  | { kind: 'school'; id: string }
  | { kind: 'class'; id: string }
  | { kind: 'student'; id: string };
