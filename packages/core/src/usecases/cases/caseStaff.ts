import type { CaseStaffMember } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import type { Deps } from '../../ports/deps.ts';
import { loadCaseFor } from './caseAccess.ts';

/** The roles that handle a school's cases (DOMAIN: principal and counsellor); teachers and guards have no case access. */
export const CASE_HANDLER_ROLES = ['school_admin', 'counsellor'];

/**
 * Who a case may be assigned to: the case handlers of that case's school, never anyone elsewhere, and never the
 * staff member the case is about. Only someone who may manage the case may ask; the list carries names and roles,
 * no phone numbers.
 */
export async function listCaseStaff(deps: Deps, actor: Actor, caseId: string): Promise<CaseStaffMember[]> {
  const { record: c } = await loadCaseFor(deps, actor, caseId, 'case.manage');
  const people = await deps.repos.cases.peopleWithRoles({ kind: 'school', id: c.schoolId }, CASE_HANDLER_ROLES);
  const seen = new Set<string>();
  const out: CaseStaffMember[] = [];
  for (const p of people) {
    // A principal who is also a counsellor appears once.
    if (p.userId === c.subjectUserId || seen.has(p.userId)) continue;
    seen.add(p.userId);
    out.push({ userId: p.userId, displayName: p.displayName, role: p.role as CaseStaffMember['role'] });
  }
  // Leadership first, then by name as a Vietnamese reader sorts (the engines' collations differ).
  return out.sort((a, b) => (a.role === b.role ? a.displayName.localeCompare(b.displayName, 'vi') : a.role === 'school_admin' ? -1 : 1));
}
