import type { Agency, CaseAudience, Confidentiality } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { roleHas } from '../access/permissions.ts';

/** What the access rules need to know about a case. */
export interface CasePlace {
  schoolId: string; wardId: string; provinceId: string; distribution: CaseAudience[]; confidentiality: Confidentiality;
  /** Agencies the case was escalated to: ward roles see nothing that was not escalated to them. */
  agencies: Agency[];
  subjectUserId: string | null; subjectStudentId: string | null;
}

/** The audiences an actor belongs to for this case, before the distribution scope is applied. */
export function audiencesOf(actor: Actor, c: CasePlace): CaseAudience[] {
  const out = new Set<CaseAudience>();
  for (const g of actor.grants) {
    if (!roleHas(g.role, 'case.read')) continue;
    if (g.role === 'school_admin' && g.scopeKind === 'school' && g.scopeId === c.schoolId) out.add('school_leadership');
    if (g.role === 'counsellor' && g.scopeKind === 'school' && g.scopeId === c.schoolId) out.add('counsellor');
    if (g.role === 'ward_police' && g.scopeKind === 'ward' && g.scopeId === c.wardId && c.agencies.includes('ward_police')) out.add('ward_police');
    if (g.role === 'ward_officer' && g.scopeKind === 'ward' && g.scopeId === c.wardId && c.agencies.includes('ward_committee')) out.add('ward_committee');
    if (g.role === 'department_officer' && g.scopeKind === 'province' && g.scopeId === c.provinceId) out.add('department');
  }
  return [...out];
}

/** The person reported never sees the case (and so never its reporter), whatever role they hold. */
export const isSubject = (actor: Actor, c: CasePlace) =>
  (c.subjectUserId !== null && c.subjectUserId === actor.userId) || (c.subjectStudentId !== null && actor.studentIds.includes(c.subjectStudentId));

/** The audiences that let this actor see the case at all (distribution scope applied). */
export function grantedAudiences(actor: Actor, c: CasePlace): CaseAudience[] {
  if (isSubject(actor, c)) return [];
  return audiencesOf(actor, c).filter((a) => c.distribution.includes(a));
}

export type CaseField = 'description' | 'location' | 'occurredAt' | 'subject' | 'attachments' | 'internalNotes' | 'tasks' | 'chat'
  | 'discipline' | 'agencyEvents' | 'assigneeId';
export const CONFIDENTIAL_FIELDS: CaseField[] = ['description', 'location', 'occurredAt', 'subject', 'attachments', 'internalNotes', 'tasks', 'chat', 'discipline', 'agencyEvents', 'assigneeId'];

const SCHOOL: CaseField[] = [...CONFIDENTIAL_FIELDS];
/** Agencies act on facts, not on the school's internal deliberation or the reporter's private thread. */
const AGENCY: CaseField[] = ['description', 'location', 'occurredAt', 'subject', 'attachments', 'discipline', 'agencyEvents'];
const DEPARTMENT: CaseField[] = ['description', 'occurredAt', 'discipline', 'agencyEvents'];

/**
 * Which confidential fields one audience sees at a confidentiality level. "secret" (abuse, grooming, self-harm)
 * narrows further: the People's Committee and the department do not get the child's name or the photos.
 */
export function fieldsFor(audience: CaseAudience, level: Confidentiality): CaseField[] {
  switch (audience) {
    case 'school_leadership': case 'counsellor': return SCHOOL;
    case 'ward_police': return AGENCY;
    case 'ward_committee': return level === 'secret' ? AGENCY.filter((f) => f !== 'subject' && f !== 'attachments') : AGENCY;
    case 'department': return level === 'standard' ? [...DEPARTMENT, 'location'] : DEPARTMENT;
  }
}

export function visibleFields(audiences: CaseAudience[], level: Confidentiality): Set<CaseField> {
  return new Set(audiences.flatMap((a) => fieldsFor(a, level)));
}
