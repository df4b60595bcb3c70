import type { ConsentChannel, ConsentDecision, ConsentPurpose, ConsentRecord } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import { DomainError, invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';
import { CONSENT_TEXTS } from './texts.ts';

/**
 * A guardian grants or withdraws consent for one of their children. Withdrawal is as easy as granting
 * and takes effect at once: withdrawing face recognition deletes the child's face templates in the same transaction.
 */
export async function decideConsent(deps: Deps, actor: Actor, input: {
  studentId: string; purpose: ConsentPurpose; decision: ConsentDecision; textVersion: string; channel: ConsentChannel;
}): Promise<ConsentRecord> {
  const loc = await requireAccess(deps.repos.locator, actor, 'consent.decide', [{ kind: 'student', id: input.studentId }]);
  const text = CONSENT_TEXTS[input.purpose];
  if (input.decision === 'granted' && input.textVersion !== text.version) {
    throw invalidInput(`Văn bản đồng ý đã được cập nhật, hãy đọc lại (phiên bản ${text.version}) / The consent text changed, please read it again`,
      [{ path: 'textVersion', message: `current version is ${text.version}` }]);
  }
  const user = await deps.repos.users.getUser(actor.userId);
  if (!user?.guardianId) throw new DomainError('forbidden', 'Chỉ phụ huynh mới quyết định việc đồng ý / Only a guardian can decide consent');
  const now = deps.clock.now();
  const schoolId = loc.get(`student:${input.studentId}`)?.schoolId ?? null;
  const record: ConsentRecord = {
    id: deps.ids.next(), studentId: input.studentId, purpose: input.purpose, decision: input.decision,
    guardianId: user.guardianId, recordedBy: actor.userId, channel: input.channel, textVersion: input.textVersion, at: now.toISOString(),
  };
  await deps.tx(async (r) => {
    await r.consents.insertConsent(record);
    await r.audit.append(auditEntry(actor, now, 'consent.decided', { kind: 'student', id: input.studentId, schoolId },
      { purpose: input.purpose, decision: input.decision, textVersion: input.textVersion, channel: input.channel }));
    if (input.decision === 'withdrawn' && input.purpose === 'face_recognition') {
      const deleted = await r.faces.deleteForStudent(input.studentId);
      if (deleted > 0) {
        await r.audit.append(auditEntry(actor, now, 'face.deleted', { kind: 'student', id: input.studentId, schoolId }, { templates: deleted, reason: 'consent_withdrawn' }));
      }
    }
  });
  // The recognizer's in-memory gallery follows consent at once, not at the next restart.
  if (schoolId && input.purpose === 'face_recognition') deps.live.publish(`gallery:${schoolId}`, { studentId: input.studentId });
  return record;
}
