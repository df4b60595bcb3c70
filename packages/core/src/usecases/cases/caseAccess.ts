import type { CaseAudience } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import { type CasePlace, grantedAudiences } from '../../cases/visibility.ts';
import { forbidden } from '../../errors.ts';
import type { CaseAgencyRecord, CaseRecord } from '../../ports/cases.ts';
import type { Deps } from '../../ports/deps.ts';
import type { Repos } from '../../ports/repositories.ts';

export interface LoadedCase { record: CaseRecord; agencies: CaseAgencyRecord[]; audiences: CaseAudience[] }

export const placeOf = (c: CaseRecord, agencies: CaseAgencyRecord[]): CasePlace => ({
  schoolId: c.schoolId, wardId: c.wardId, provinceId: c.provinceId, distribution: c.distribution, confidentiality: c.confidentiality,
  agencies: agencies.map((a) => a.agency), subjectUserId: c.subjectUserId, subjectStudentId: c.subjectStudentId,
});

/**
 * Loads a case for an actor: the permission (and its second factor) first, then the case's own distribution
 * scope. A missing case and a case the actor may not see give the same `forbidden`, so ids reveal nothing.
 */
export async function loadCaseFor(deps: Deps, actor: Actor, caseId: string, permission: 'case.read' | 'case.manage' = 'case.read', repos: Repos = deps.repos): Promise<LoadedCase> {
  await requireAccess(repos.locator, actor, permission, []);
  const record = await repos.cases.getCase(caseId);
  if (!record) throw forbidden();
  const agencies = await repos.cases.listAgencies([caseId]);
  const audiences = grantedAudiences(actor, placeOf(record, agencies));
  if (audiences.length === 0) throw forbidden();
  // Managing (triage, notes, closing) is the school's job; agencies act on their own part through agencyAction.
  if (permission === 'case.manage' && !audiences.some((a) => a === 'school_leadership' || a === 'counsellor')) throw forbidden();
  return { record, agencies, audiences };
}
