import type { CaseAudience, CaseCategory, CasePriority, CaseStatus, Confidentiality } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { CATEGORY_POLICY, caseClocks } from '../../cases/policy.ts';
import { assertTransition } from '../../cases/workflow.ts';
import { invalidInput } from '../../errors.ts';
import type { CaseRecord } from '../../ports/cases.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';
import { loadCaseFor } from './caseAccess.ts';
import { signalCase } from './caseEvents.ts';
import { CASE_HANDLER_ROLES } from './caseStaff.ts';
import { escalatedDistribution, interventionDue, writeEscalation } from './escalation.ts';

export interface CaseUpdate {
  status?: CaseStatus; category?: CaseCategory; priority?: CasePriority; assigneeId?: string | null; confidentiality?: Confidentiality;
  distribution?: CaseAudience[]; reporterVisibleTo?: CaseAudience[]; subject?: string | null; subjectUserId?: string | null; closeReason?: string;
}

/** The first thing the school does on a case stops the first-response clock. */
const PRIORITY_ORDER: CasePriority[] = ['low', 'normal', 'high', 'urgent'];
const LEVEL_ORDER: Confidentiality[] = ['standard', 'restricted', 'secret'];
const atLeast = <T>(order: T[], a: T, b: T) => (order.indexOf(a) >= order.indexOf(b) ? a : b);

export const firstResponsePatch = (c: CaseRecord, at: string) => (c.firstResponseAt ? {} : { firstResponseAt: at });

/**
 * Triage and handling by the school: status (one step at a time, closing needs a reason), priority, assignee,
 * confidentiality and distribution scope. The school leadership cannot be taken out of the distribution: the
 * principal answers for every case of the school, and a case nobody at the school can see would be concealment.
 * Re-categorising moves the SLA clocks to the new category's (counted from the report), raises priority and
 * confidentiality to at least the new category's, and into abuse or grooming escalates in the same transaction,
 * exactly as filing it so would have: both ward agencies, their officers messaged, 111, the 12-hour clock.
 */
export async function updateCase(deps: Deps, actor: Actor, caseId: string, input: CaseUpdate): Promise<void> {
  const { record: c, agencies } = await loadCaseFor(deps, actor, caseId, 'case.manage');
  if (c.status === 'closed') throw invalidInput('Hồ sơ đã đóng / The case is closed');
  if (input.status) assertTransition(c.status, input.status, input.closeReason);
  if (input.distribution && !input.distribution.includes('school_leadership')) {
    throw invalidInput('Ban giám hiệu luôn trong phạm vi phân phối / School leadership is always in the distribution scope', [{ path: 'distribution', message: 'must include school_leadership' }]);
  }
  if (input.assigneeId) {
    const handlers = await deps.repos.cases.peopleWithRoles({ kind: 'school', id: c.schoolId }, CASE_HANDLER_ROLES);
    if (!handlers.some((p) => p.userId === input.assigneeId) || input.assigneeId === c.subjectUserId) {
      throw invalidInput('Chỉ giao cho ban giám hiệu hoặc tư vấn viên của trường / Assign to the school leadership or a counsellor of this school', [{ path: 'assigneeId', message: 'not a case handler of this school' }]);
    }
  }
  const now = deps.clock.now();
  const at = now.toISOString();
  const recategorised = input.category !== undefined && input.category !== c.category;
  const newPolicy = recategorised ? CATEGORY_POLICY[input.category!] : null;
  const escalate = !!newPolicy?.escalate && !(['ward_police', 'ward_committee'] as const).every((a) => agencies.some((x) => x.agency === a));
  const patch: Partial<CaseRecord> = { updatedAt: at, ...firstResponsePatch(c, at) };
  if (input.status) patch.status = input.status;
  if (input.status === 'resolved') patch.resolvedAt = at;
  if (input.status === 'in_progress' && c.status === 'resolved') patch.resolvedAt = null;
  if (input.status === 'closed') { patch.closedAt = at; patch.closeReason = input.closeReason!; }
  if (input.priority) patch.priority = input.priority;
  if (input.assigneeId !== undefined) patch.assigneeId = input.assigneeId;
  if (input.confidentiality) patch.confidentiality = input.confidentiality;
  if (input.distribution) patch.distribution = [...new Set(input.distribution)];
  if (input.reporterVisibleTo) patch.reporterVisibleTo = [...new Set(input.reporterVisibleTo)];
  if (input.subjectUserId !== undefined) patch.subjectUserId = input.subjectUserId;
  if (input.subject !== undefined) patch.subjectSealed = input.subject ? deps.secrets.sealText(input.subject) : null;
  if (newPolicy) {
    const clocks = caseClocks(input.category!, new Date(c.createdAt));
    Object.assign(patch, { category: input.category, firstResponseDueAt: clocks.firstResponseDueAt, resolveDueAt: clocks.resolveDueAt });
    if (!input.priority) patch.priority = atLeast(PRIORITY_ORDER, c.priority, newPolicy.priority);
    if (!input.confidentiality) patch.confidentiality = atLeast(LEVEL_ORDER, c.confidentiality, newPolicy.confidentiality);
  }
  if (escalate) {
    patch.interventionDueAt = interventionDue(c, now);
    patch.distribution = escalatedDistribution(patch.distribution ?? c.distribution);
  }
  const schoolName = escalate ? (await deps.repos.org.getSchool(c.schoolId))?.name ?? '' : '';
  // The log says what changed, not the new text of confidential fields.
  const changed = Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined);
  await deps.tx(async (r) => {
    await r.cases.updateCase(caseId, patch);
    await r.cases.insertEvent({ id: deps.ids.next(), caseId, at, actorId: actor.userId, actorName: actor.displayName, kind: 'updated', audience: 'internal', bodySealed: null,
      data: { changed, status: input.status ?? null, priority: input.priority ?? null, closeReason: input.closeReason ?? null,
        ...(recategorised ? { fromCategory: c.category, toCategory: input.category } : {}) } });
    await r.audit.append(auditEntry(actor, now, input.status === 'closed' ? 'case.closed' : 'case.updated', { kind: 'case', id: caseId, schoolId: c.schoolId },
      { changed, from: c.status, to: input.status ?? c.status, ...(recategorised ? { fromCategory: c.category, toCategory: input.category } : {}) }));
    if (escalate) {
      await writeEscalation(deps, r, actor, { ...c, ...patch } as CaseRecord, { now, existing: agencies, interventionDueAt: patch.interventionDueAt!, trigger: 'recategorised', schoolName });
    }
  });
  signalCase(deps, c, escalate ? { type: 'escalated', caseId, interventionDueAt: patch.interventionDueAt } : { type: 'updated', caseId });
}
