import type { CaseEvent, CaseListItem, CaseView } from '@truongan/contracts';
import { CATEGORY_POLICY, overdueClocks } from '../../cases/policy.ts';
import { visibleFields } from '../../cases/visibility.ts';
import type { CaseAgencyRecord, CaseEventRecord, CaseRecord } from '../../ports/cases.ts';
import type { Deps } from '../../ports/deps.ts';
import type { LoadedCase } from './caseAccess.ts';

export const agencyParts = (agencies: CaseAgencyRecord[]) => agencies.map((a) => ({
  agency: a.agency, status: a.status, notifiedAt: a.notifiedAt, acknowledgedAt: a.acknowledgedAt, closedAt: a.closedAt }));

export function listItem(c: CaseRecord, agencies: CaseAgencyRecord[], schoolName: string, now: Date): CaseListItem {
  return {
    id: c.id, code: c.code, schoolId: c.schoolId, schoolName, category: c.category, status: c.status, priority: c.priority, createdAt: c.createdAt,
    clocks: {
      firstResponseDueAt: c.firstResponseDueAt, resolveDueAt: c.resolveDueAt, interventionDueAt: c.interventionDueAt, firstResponseAt: c.firstResponseAt,
      overdue: overdueClocks(c, c, now), suggest111: CATEGORY_POLICY[c.category].suggest111,
    },
    agencies: agencyParts(agencies),
  };
}

export const eventView = (deps: Deps, e: CaseEventRecord): CaseEvent => ({
  id: e.id, at: e.at, actorName: e.actorName, kind: e.kind, audience: e.audience, body: e.bodySealed ? deps.secrets.openText(e.bodySealed) : null, data: e.data,
});

/**
 * Builds what this reader may see. Every confidential field is added only when visibleFields says so; a field
 * the reader may not see is absent from the answer, never blanked, so a client cannot show it by mistake.
 */
export async function buildView(deps: Deps, loaded: LoadedCase, schoolName: string): Promise<CaseView> {
  const { record: c, agencies, audiences } = loaded;
  const fields = visibleFields(audiences, c.confidentiality);
  const open = (s: string | null) => (s ? deps.secrets.openText(s) : null);
  const events = await deps.repos.cases.listEvents(c.id);
  const of = (pred: (e: CaseEventRecord) => boolean) => events.filter(pred).map((e) => eventView(deps, e));
  const view: CaseView = {
    ...listItem(c, agencies, schoolName, deps.clock.now()), source: c.source, confidentiality: c.confidentiality, distribution: c.distribution,
    reporterKnown: c.reporterKind === 'named', closeReason: c.closeReason,
  };
  if (fields.has('assigneeId')) view.assigneeId = c.assigneeId;
  if (fields.has('description')) view.description = open(c.descriptionSealed)!;
  if (fields.has('location')) view.location = open(c.locationSealed);
  if (fields.has('occurredAt')) view.occurredAt = c.occurredAt;
  if (fields.has('subject')) view.subject = open(c.subjectSealed);
  if (fields.has('attachments')) view.attachments = (await deps.repos.cases.listAttachments(c.id)).map((a) => ({ id: a.id, name: a.name, type: a.type, size: a.size }));
  if (fields.has('internalNotes')) view.internalNotes = of((e) => e.audience === 'internal' && e.kind !== 'discipline');
  if (fields.has('tasks')) view.tasks = (await deps.repos.cases.listTasks(c.id)).map((t) => ({ id: t.id, title: t.title, assigneeId: t.assigneeId, dueAt: t.dueAt, doneAt: t.doneAt }));
  if (fields.has('chat')) view.chat = of((e) => e.audience === 'reporter');
  if (fields.has('discipline')) view.discipline = of((e) => e.kind === 'discipline');
  if (fields.has('agencyEvents')) view.agencyEvents = of((e) => e.audience === 'agency');
  return view;
}
