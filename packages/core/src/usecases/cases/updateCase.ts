import type { CaseAudience, CasePriority, CaseStatus, Confidentiality } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { assertTransition } from '../../cases/workflow.ts';
import { invalidInput } from '../../errors.ts';
import type { CaseRecord } from '../../ports/cases.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';
import { loadCaseFor } from './caseAccess.ts';
import { signalCase } from './caseEvents.ts';

export interface CaseUpdate {
  status?: CaseStatus; priority?: CasePriority; assigneeId?: string | null; confidentiality?: Confidentiality;
  distribution?: CaseAudience[]; reporterVisibleTo?: CaseAudience[]; subject?: string | null; subjectUserId?: string | null; closeReason?: string;
}

/** The first thing the school does on a case stops the first-response clock. */
export const firstResponsePatch = (c: CaseRecord, at: string) => (c.firstResponseAt ? {} : { firstResponseAt: at });

/**
 * Triage and handling by the school: status (one step at a time, closing needs a reason), priority, assignee,
 * confidentiality and distribution scope. The school leadership cannot be taken out of the distribution: the
 * principal answers for every case of the school, and a case nobody at the school can see would be concealment.
 */
export async function updateCase(deps: Deps, actor: Actor, caseId: string, input: CaseUpdate): Promise<void> {
  const { record: c } = await loadCaseFor(deps, actor, caseId, 'case.manage');
  if (c.status === 'closed') throw invalidInput('Hồ sơ đã đóng / The case is closed');
  if (input.status) assertTransition(c.status, input.status, input.closeReason);
  if (input.distribution && !input.distribution.includes('school_leadership')) {
    throw invalidInput('Ban giám hiệu luôn trong phạm vi phân phối / School leadership is always in the distribution scope', [{ path: 'distribution', message: 'must include school_leadership' }]);
  }
  const now = deps.clock.now();
  const at = now.toISOString();
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
  // The log says what changed, not the new text of confidential fields.
  const changed = Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined);
  await deps.tx(async (r) => {
    await r.cases.updateCase(caseId, patch);
    await r.cases.insertEvent({ id: deps.ids.next(), caseId, at, actorId: actor.userId, actorName: actor.displayName, kind: 'updated', audience: 'internal', bodySealed: null,
      data: { changed, status: input.status ?? null, priority: input.priority ?? null, closeReason: input.closeReason ?? null } });
    await r.audit.append(auditEntry(actor, now, input.status === 'closed' ? 'case.closed' : 'case.updated', { kind: 'case', id: caseId, schoolId: c.schoolId },
      { changed, from: c.status, to: input.status ?? c.status }));
  });
  signalCase(deps, c, { type: 'updated', caseId });
}
