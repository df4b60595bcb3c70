import type { AssentRecord, ConsentDecision, ConsentPurpose } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';

/** A teacher records the child's own answer (asked in person, from age 7). Withdrawal of assent also stops face recognition. */
export async function recordAssent(deps: Deps, actor: Actor, input: { studentId: string; purpose: ConsentPurpose; decision: ConsentDecision }): Promise<AssentRecord> {
  const loc = await requireAccess(deps.repos.locator, actor, 'assent.record', [{ kind: 'student', id: input.studentId }]);
  const now = deps.clock.now();
  const schoolId = loc.get(`student:${input.studentId}`)?.schoolId ?? null;
  const record: AssentRecord = { id: deps.ids.next(), ...input, recordedBy: actor.userId, at: now.toISOString() };
  await deps.tx(async (r) => {
    await r.consents.insertAssent(record);
    await r.audit.append(auditEntry(actor, now, 'assent.recorded', { kind: 'student', id: input.studentId, schoolId }, { purpose: input.purpose, decision: input.decision }));
    if (input.decision === 'withdrawn' && input.purpose === 'face_recognition') {
      const deleted = await r.faces.deleteForStudent(input.studentId);
      if (deleted > 0) await r.audit.append(auditEntry(actor, now, 'face.deleted', { kind: 'student', id: input.studentId, schoolId }, { templates: deleted, reason: 'assent_withdrawn' }));
    }
  });
  // The recognizer's in-memory gallery follows consent at once, not at the next restart.
  if (schoolId && input.purpose === 'face_recognition') deps.live.publish(`gallery:${schoolId}`, { studentId: input.studentId });
  return record;
}
