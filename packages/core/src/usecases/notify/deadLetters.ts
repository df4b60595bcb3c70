import type { DeadLetter } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import { notFound } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import type { DispatchRow } from '../../ports/notifyRepo.ts';
import { auditEntry } from '../../util/audit.ts';

/** Dead letters of one school: messages about its students (found through the student on the message). */
export async function listDeadLetters(deps: Deps, actor: Actor, input: { schoolId: string; limit?: number }): Promise<DeadLetter[]> {
  await requireAccess(deps.repos.locator, actor, 'messages.send', [{ kind: 'school', id: input.schoolId }]);
  const dead = await deps.repos.notify.listDead(500);
  const mine: DispatchRow[] = [];
  for (const d of dead) {
    const studentId = (d.data as { studentId?: string }).studentId;
    const student = studentId ? await deps.repos.people.getStudent(studentId) : undefined;
    if (student?.schoolId === input.schoolId) mine.push(d);
    if (mine.length >= (input.limit ?? 100)) break;
  }
  const attempts = await deps.repos.notify.attemptsOf(mine.map((d) => d.id));
  return mine.map((d) => ({ id: d.id, idempotencyKey: d.idempotencyKey, template: d.template, recipient: d.recipient, deadReason: d.deadReason,
    createdAt: d.createdAt, attempts: attempts.filter((a) => a.outboxId === d.id).map(({ outboxId: _o, ...a }) => a) }));
}

/** Sends a dead letter again from the start of the chain (the admin fixed a phone number or a channel). */
export async function retryDeadLetter(deps: Deps, actor: Actor, input: { id: string }): Promise<{ retried: boolean }> {
  const row = await deps.repos.notify.get(input.id);
  const studentId = (row?.data as { studentId?: string } | undefined)?.studentId;
  if (!row || row.status !== 'dead' || !studentId) throw notFound('thư lỗi / dead letter');
  await requireAccess(deps.repos.locator, actor, 'messages.send', [{ kind: 'student', id: studentId }]);
  const now = deps.clock.now();
  return deps.tx(async (r) => {
    const retried = await r.notify.revive(input.id, now.toISOString());
    await r.audit.append(auditEntry(actor, now, 'notify.dead_letter_retried', { kind: 'outbox', id: input.id }, { reason: row.deadReason }));
    return { retried };
  });
}
