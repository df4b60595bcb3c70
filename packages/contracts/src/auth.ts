import { z } from 'zod';
import { Id, Phone84 } from './common.ts';

export const RoleName = z.enum(['guard', 'homeroom_teacher', 'school_admin', 'counsellor', 'guardian', 'student',
  'ward_police', 'ward_officer', 'department_officer', 'system_admin']);
export const ScopeKindName = z.enum(['province', 'ward', 'school', 'class', 'self']);
export const Grant = z.object({ role: RoleName, scopeKind: ScopeKindName, scopeId: Id, scopeName: z.string().optional() });

export const StaffLoginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
}).strict();
export const TotpBody = z.object({ code: z.string().regex(/^\d{6}$/, 'expected 6 digits') }).strict();
/** Accepts 0xxxxxxxxx or 84xxxxxxxxx (or +84); the server normalises to 84… */
export const GuardianOtpRequestBody = z.object({ phone: z.string().trim().min(9).max(16) }).strict();
export const GuardianOtpVerifyBody = z.object({ phone: z.string().trim().min(9).max(16), code: z.string().regex(/^\d{6}$/) }).strict();

export const Me = z.object({
  userId: Id, displayName: z.string(), kind: z.enum(['staff', 'guardian', 'student']),
  grants: z.array(Grant), mfa: z.object({ required: z.boolean(), passed: z.boolean(), enrolled: z.boolean() }),
  csrfToken: z.string(), locale: z.enum(['vi', 'en']),
});
export const LoginResult = z.object({ next: z.enum(['done', 'totp', 'totp_enrol']), me: Me });
export const TotpEnrolment = z.object({ secret: z.string(), otpauthUrl: z.string() });

export const CreateUserBody = z.object({
  username: z.string().trim().regex(/^[a-z0-9._-]{3,40}$/, 'lowercase letters, digits, dot, dash, underscore (3–40)'),
  displayName: z.string().trim().min(1).max(100),
  password: z.string().min(10, 'at least 10 characters').max(256),
  role: RoleName, scopeId: Id,
}).strict();

export type Me = z.infer<typeof Me>;
export type Grant = z.infer<typeof Grant>;
export type RoleName = z.infer<typeof RoleName>;
export const normalisePhoneSchema = Phone84;
