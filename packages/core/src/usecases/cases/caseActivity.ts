import { createHash } from 'node:crypto';
import type { Actor } from '../../access/actor.ts';
import { assertDiscipline } from '../../cases/workflow.ts';
import { invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';
import { loadCaseFor } from './caseAccess.ts';
import { scrubAttachments } from './fileCase.ts';
import { firstResponsePatch } from './updateCase.ts';

type Audience = 'internal' | 'reporter' | 'agency';

async function openCase(deps: Deps, actor: Actor, caseId: string) {
  const loaded = await loadCaseFor(deps, actor, caseId, 'case.manage');
  if (loaded.record.status === 'closed') throw invalidInput('Hồ sơ đã đóng / The case is closed');
  return loaded.record;
}

const KIND: Record<Audience, string> = { internal: 'note', reporter: 'reply', agency: 'school_to_agency' };

/**
 * A note (internal), a reply in the reporter's anonymous thread, or a message to the agencies (e.g. answering the
 * police's request for information). Any of them stops the first-response clock.
 */
export async function addCaseMessage(deps: Deps, actor: Actor, caseId: string, input: { body: string; audience: Audience }) {
  const c = await openCase(deps, actor, caseId);
  if (input.audience === 'agency' && (await deps.repos.cases.listAgencies([caseId])).length === 0) throw invalidInput('Hồ sơ chưa chuyển cơ quan nào / The case is not escalated to any agency');
  if (input.audience === 'reporter' && !c.passphraseHash) throw invalidInput('Người báo không có kênh trao đổi ẩn danh / This reporter has no follow-up thread (hotline call)');
  const now = deps.clock.now();
  const at = now.toISOString();
  await deps.tx(async (r) => {
    await r.cases.insertEvent({ id: deps.ids.next(), caseId, at, actorId: actor.userId, actorName: actor.displayName, kind: KIND[input.audience],
      audience: input.audience, bodySealed: deps.secrets.sealText(input.body), data: {} });
    await r.cases.updateCase(caseId, { updatedAt: at, ...firstResponsePatch(c, at) });
    await r.audit.append(auditEntry(actor, now, 'case.updated', { kind: 'case', id: caseId, schoolId: c.schoolId }, { added: KIND[input.audience] }));
  });
}

export async function addCaseTask(deps: Deps, actor: Actor, caseId: string, input: { title: string; assigneeId?: string; dueAt?: string }) {
  const c = await openCase(deps, actor, caseId);
  const now = deps.clock.now();
  const id = deps.ids.next();
  await deps.tx(async (r) => {
    await r.cases.insertTask({ id, caseId, title: input.title, assigneeId: input.assigneeId ?? null, dueAt: input.dueAt ?? null, doneAt: null, createdBy: actor.userId, createdAt: now.toISOString() });
    await r.cases.updateCase(caseId, { updatedAt: now.toISOString(), ...firstResponsePatch(c, now.toISOString()) });
    await r.audit.append(auditEntry(actor, now, 'case.updated', { kind: 'case', id: caseId, schoolId: c.schoolId }, { added: 'task', taskId: id }));
  });
  return { id };
}

export async function completeCaseTask(deps: Deps, actor: Actor, caseId: string, taskId: string) {
  const c = await openCase(deps, actor, caseId);
  const now = deps.clock.now();
  await deps.tx(async (r) => {
    if (!(await r.cases.completeTask(taskId, caseId, now.toISOString()))) throw invalidInput('Không có việc này hoặc đã xong / No such open task');
    await r.audit.append(auditEntry(actor, now, 'case.updated', { kind: 'case', id: caseId, schoolId: c.schoolId }, { completed: 'task', taskId }));
  });
}

/** A discipline outcome for a pupil involved, only from TT 19/2025 and only as the pupil's school level allows. */
export async function recordDiscipline(deps: Deps, actor: Actor, caseId: string, input: { outcome: string; studentLabel: string; note?: string }) {
  const c = await openCase(deps, actor, caseId);
  const school = await deps.repos.org.getSchool(c.schoolId);
  const outcome = assertDiscipline(input.outcome, school?.level ?? 'lower_secondary');
  const now = deps.clock.now();
  await deps.tx(async (r) => {
    await r.cases.insertEvent({ id: deps.ids.next(), caseId, at: now.toISOString(), actorId: actor.userId, actorName: actor.displayName, kind: 'discipline', audience: 'internal',
      bodySealed: deps.secrets.sealText(input.note ? `${input.studentLabel}: ${input.note}` : input.studentLabel), data: { outcome, rule: 'TT 19/2025/TT-BGDĐT' } });
    await r.audit.append(auditEntry(actor, now, 'case.discipline_recorded', { kind: 'case', id: caseId, schoolId: c.schoolId }, { outcome }));
  });
  return { outcome };
}

/** Staff add a photo to the case later (e.g. the scene, a screenshot): same type/size limits and EXIF scrubbing as the public form. */
export async function addCaseAttachment(deps: Deps, actor: Actor, caseId: string, input: { name: string; type: string; dataBase64: string }) {
  const c = await openCase(deps, actor, caseId);
  const [file] = await scrubAttachments(deps, [input]);
  const now = deps.clock.now();
  const id = deps.ids.next();
  await deps.tx(async (r) => {
    await r.cases.insertAttachment({ id, caseId, name: file!.name, type: file!.type, size: file!.data.length, sha256: createHash('sha256').update(file!.data).digest('hex'),
      dataSealed: deps.secrets.seal(file!.data), createdBy: actor.userId, createdAt: now.toISOString() });
    await r.audit.append(auditEntry(actor, now, 'case.updated', { kind: 'case', id: caseId, schoolId: c.schoolId }, { added: 'attachment', attachmentId: id }));
  });
  return { id };
}
