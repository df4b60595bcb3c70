import type { Agency, AgencyStatus, CaseAudience } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { forbidden, invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';
import { loadCaseFor } from './caseAccess.ts';
import { firstResponsePatch } from './updateCase.ts';
import { signalCase } from './caseEvents.ts';
import { escalatedDistribution, interventionDue, writeEscalation } from './escalation.ts';

export type AgencyActionKind = 'acknowledge' | 'request_info' | 'add_findings' | 'close_part';
const RESULT: Record<AgencyActionKind, AgencyStatus> = { acknowledge: 'acknowledged', request_info: 'info_requested', add_findings: 'findings', close_part: 'closed' };
const AGENCY_OF: Partial<Record<CaseAudience, Agency>> = { ward_police: 'ward_police', ward_committee: 'ward_committee' };

/**
 * The ward police or the People's Committee officer acts on their own part of an escalated case. Reading the case
 * is enough permission: the part belongs to them, and they never touch the school's workflow.
 */
export async function agencyAction(deps: Deps, actor: Actor, caseId: string, input: { action: AgencyActionKind; body?: string }) {
  const { record: c, agencies, audiences } = await loadCaseFor(deps, actor, caseId, 'case.read');
  const agency = audiences.map((a) => AGENCY_OF[a]).find(Boolean);
  const part = agencies.find((a) => a.agency === agency);
  if (!agency || !part) throw forbidden();
  if (part.status === 'closed') throw invalidInput('Phần việc của cơ quan đã đóng / Your part of this case is closed');
  if ((input.action === 'request_info' || input.action === 'add_findings') && !input.body) throw invalidInput('Hãy ghi nội dung / Write the request or findings', [{ path: 'body', message: 'required' }]);
  const now = deps.clock.now();
  const at = now.toISOString();
  await deps.tx(async (r) => {
    await r.cases.upsertAgency({ ...part, status: RESULT[input.action], acknowledgedAt: part.acknowledgedAt ?? at, closedAt: input.action === 'close_part' ? at : null, updatedAt: at });
    await r.cases.insertEvent({ id: deps.ids.next(), caseId, at, actorId: actor.userId, actorName: actor.displayName, kind: `agency_${input.action}`, audience: 'agency',
      bodySealed: input.body ? deps.secrets.sealText(input.body) : null, data: { agency } });
    await r.audit.append(auditEntry(actor, now, 'case.agency_updated', { kind: 'case', id: caseId, schoolId: c.schoolId }, { agency, action: input.action }));
  });
  signalCase(deps, c, { type: 'updated', caseId });
}

/** The school escalates a case by hand (e.g. a fight that turns out to hide abuse): both ward agencies, 111 suggested, the 12-hour clock starts. */
export async function escalateCase(deps: Deps, actor: Actor, caseId: string, input: { note?: string }) {
  const { record: c, agencies } = await loadCaseFor(deps, actor, caseId, 'case.manage');
  const now = deps.clock.now();
  const at = now.toISOString();
  const interventionDueAt = interventionDue(c, now);
  const schoolName = (await deps.repos.org.getSchool(c.schoolId))?.name ?? '';
  await deps.tx(async (r) => {
    await r.cases.updateCase(caseId, { distribution: escalatedDistribution(c.distribution), interventionDueAt, updatedAt: at, ...firstResponsePatch(c, at) });
    await writeEscalation(deps, r, actor, c, { now, existing: agencies, interventionDueAt, trigger: 'manual', note: input.note, schoolName });
  });
  signalCase(deps, c, { type: 'escalated', caseId, interventionDueAt });
}
