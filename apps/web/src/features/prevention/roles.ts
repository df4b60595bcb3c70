import type { Me } from '@truongan/contracts';
import { hasRole } from '../../lib/roles.ts';

/** What this person does in prevention; the web only picks screens, the server decides every request. */
export const canManageCampaigns = (me: Me) => hasRole(me, 'ward_police', 'ward_officer', 'department_officer');
export const readsCampaignReach = (me: Me) => hasRole(me, 'ward_police', 'ward_officer', 'department_officer', 'school_admin', 'counsellor', 'homeroom_teacher');
export const recordsActivities = (me: Me) => hasRole(me, 'school_admin');
export const isParticipant = (me: Me) => hasRole(me, 'student', 'guardian');
export const isStudent = (me: Me) => hasRole(me, 'student');
export const isCounsellor = (me: Me) => hasRole(me, 'counsellor');
/** Guardians and school staff who may refer a student (counsellors take requests, they do not refer to themselves). */
export const canRefer = (me: Me) => hasRole(me, 'guardian', 'homeroom_teacher', 'school_admin');
/** Who sees counselling as counts only. */
export const seesCounsellingCounts = (me: Me) => hasRole(me, 'school_admin', 'homeroom_teacher', 'counsellor');
/** The school a staff member works at (school grant); a homeroom teacher's school comes from the class. */
export const schoolGrantOf = (me: Me) => me.grants.find((g) => g.scopeKind === 'school')?.scopeId;
