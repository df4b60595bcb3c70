/**
 * The closed list of permissions and which role holds which. Every use case checks one of these
 * before anything else. docs/permissions.md is generated from this file (scripts/gen-permissions-doc.ts).
 */
export const PERMISSIONS = {
  'school.read': 'See a school, its classes and sessions',
  'school.manage': 'Change a school structure, sessions and settings',
  'student.read': 'See students and their guardians',
  'student.manage': 'Create, import and edit students and guardians',
  'roster.import': 'Import the roster from CSV/XLSX',
  'consent.read': 'See consent records of students',
  'consent.decide': 'Grant or withdraw consent (guardians: own children only)',
  'assent.record': "Record a child's own assent (age 7 and over)",
  'face.enrol': 'Enrol or delete face templates',
  'face.read': 'See enrolment photos and face templates',
  'face.capture': "Capture a student's face at a gate camera and confirm it as their template (homeroom teachers: own class)",
  'attendance.read': 'See entries, exits, late and absent marks',
  'attendance.correct': 'Correct attendance (audited)',
  'gate.operate': 'Use the gate console: live recognitions, visitors',
  'user.manage': 'Create staff accounts and assign roles',
  'audit.read': 'Read the audit log',
  'case.read': 'Read cases escalated or assigned within scope',
  'case.manage': 'Triage and handle cases',
  'stats.read': 'See aggregate statistics of the area',
  'counselling.read': 'Read counselling notes',
  'messages.send': 'Message guardians',
  'campaign.manage': 'Create prevention campaigns for the schools of the area',
  'campaign.read': 'See prevention campaigns, their materials and reach figures',
  'campaign.record': "Record the school's campaign activities with evidence photos",
  'prevention.participate': 'Acknowledge campaign messages and safety lessons, take campaign quizzes (own record)',
  'counselling.request': 'Ask for counselling for oneself, or refer a student',
  'counselling.manage': 'Schedule counselling sessions, write confidential notes, open a case from counselling',
  'visit.register': 'Pre-register a visitor one hosts at the school',
  'visit.read': 'Search the visitor log and export it',
  'watchlist.manage': 'Add, approve and revoke watchlist entries (custody restriction, court order, police request) for schools in scope',
  'pickup.manage': "Keep a child's authorised pick-up list (guardians: own children only)",
  'pickup.confirm': "Confirm or remove entries of students' authorised pick-up lists",
  'alert.police': 'See stranger and watchlist alerts a school confirmed and escalated to the ward police; acknowledge and report back',
} as const;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export const ROLES = {
  guard: { vi: 'Bảo vệ', en: 'Guard' },
  homeroom_teacher: { vi: 'Giáo viên chủ nhiệm', en: 'Homeroom teacher' },
  school_admin: { vi: 'Hiệu trưởng / Quản trị trường', en: 'Principal / school admin' },
  counsellor: { vi: 'Tư vấn tâm lý học đường', en: 'School counsellor' },
  guardian: { vi: 'Phụ huynh', en: 'Parent / guardian' },
  student: { vi: 'Học sinh', en: 'Student' },
  ward_police: { vi: 'Công an phường/xã', en: 'Ward police officer' },
  ward_officer: { vi: 'Cán bộ UBND phường/xã (Phòng VH-XH)', en: "Ward People's Committee officer" },
  department_officer: { vi: 'Cán bộ Sở GD&ĐT', en: 'Education department officer' },
  system_admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
} as const;
export type Role = keyof typeof ROLES;
export const ALL_ROLES = Object.keys(ROLES) as Role[];

/** Scope kinds a role may be assigned at. A guardian's scope is their own children (links), a student's their own record. */
export type ScopeKind = 'province' | 'ward' | 'school' | 'class' | 'self';

export const ROLE_SCOPES: Record<Role, ScopeKind[]> = {
  guard: ['school'],
  homeroom_teacher: ['class'],
  school_admin: ['school'],
  counsellor: ['school'],
  guardian: ['self'],
  student: ['self'],
  ward_police: ['ward'],
  ward_officer: ['ward'],
  department_officer: ['province'],
  system_admin: ['province'],
};

export const ROLE_PERMISSIONS: Record<Role, Permission[]> = {
  guard: ['school.read', 'gate.operate', 'visit.read'],
  homeroom_teacher: ['school.read', 'student.read', 'consent.read', 'assent.record', 'attendance.read', 'attendance.correct', 'messages.send',
    'campaign.read', 'counselling.request', 'visit.register', 'face.capture'],
  school_admin: ['school.read', 'school.manage', 'student.read', 'student.manage', 'roster.import', 'consent.read', 'assent.record',
    'face.enrol', 'face.read', 'attendance.read', 'attendance.correct', 'gate.operate', 'user.manage', 'audit.read', 'case.read',
    'case.manage', 'stats.read', 'messages.send', 'campaign.read', 'campaign.record', 'counselling.request', 'visit.register', 'visit.read', 'watchlist.manage', 'pickup.confirm', 'face.capture'],
  counsellor: ['school.read', 'student.read', 'counselling.read', 'case.read', 'case.manage', 'campaign.read', 'counselling.request', 'counselling.manage', 'visit.register'],
  guardian: ['student.read', 'consent.read', 'consent.decide', 'attendance.read', 'face.enrol', 'prevention.participate', 'counselling.request', 'pickup.manage'],
  student: ['student.read', 'prevention.participate', 'counselling.request'],
  ward_police: ['school.read', 'case.read', 'case.manage', 'stats.read', 'campaign.manage', 'campaign.read', 'alert.police', 'watchlist.manage'],
  ward_officer: ['school.read', 'case.read', 'stats.read', 'campaign.manage', 'campaign.read'],
  department_officer: ['school.read', 'stats.read', 'case.read', 'campaign.manage', 'campaign.read'],
  system_admin: ['school.read', 'school.manage', 'user.manage', 'audit.read', 'stats.read'],
};

/** Reading these is logged in the audit log, and roles that hold them must sign in with a second factor. */
export const SENSITIVE_PERMISSIONS: Permission[] = ['face.read', 'face.enrol', 'case.read', 'counselling.read', 'counselling.manage', 'audit.read', 'alert.police', 'watchlist.manage'];

export const roleNeedsSecondFactor = (role: Role) => ROLE_PERMISSIONS[role].some((p) => SENSITIVE_PERMISSIONS.includes(p));

export const roleHas = (role: Role, permission: Permission) => ROLE_PERMISSIONS[role].includes(permission);
