import type { CaseCategory, CaseSource } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { conflict } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import type { CounsellingRequestRecord } from '../../ports/prevention.ts';
import { auditEntry } from '../../util/audit.ts';
import { fileCase } from '../cases/fileCase.ts';
import { loadRequest } from './counsellingRoom.ts';

/**
 * The cases contract has no "counselling" channel yet, so the case is filed under the channel the request came in by.
 * TODO(cases): add a 'counselling' CaseSource and use it here.
 */
const SOURCE: Record<CounsellingRequestRecord['source'], CaseSource> = {
  student: 'student_app', student_anonymous: 'student_app', guardian_referral: 'guardian_app', teacher_referral: 'student_app',
};

/**
 * A counsellor opens a case when a risk appears. The case carries the counsellor's own summary, never the notes; the
 * counsellor is the named reporter (visible to the designated roles only), so the student who confided is not exposed
 * as the reporter. Abuse categories are escalated by fileCase itself (Decree 56/2017 Art 25).
 */
export async function openCaseFromCounselling(deps: Deps, actor: Actor, requestId: string, input: { category: CaseCategory; summary: string }) {
  const req = await loadRequest(deps, actor, 'counselling.manage', requestId);
  if (req.caseId) throw conflict('Yêu cầu này đã có hồ sơ vụ việc / A case is already open for this request');
  const filed = await fileCase(deps, actor, {
    schoolId: req.schoolId, source: SOURCE[req.source], category: input.category, what: input.summary,
    reporter: { kind: 'named', name: actor.displayName, phone: null, userId: actor.userId },
    subjectStudentId: req.studentId, withPassphrase: false,
  });
  const now = deps.clock.now();
  await deps.tx(async (r) => {
    await r.prevention.updateRequest(requestId, { caseId: filed.caseId, updatedAt: now.toISOString() });
    await r.audit.append(auditEntry(actor, now, 'counselling.case_opened', { kind: 'counselling_request', id: requestId, schoolId: req.schoolId },
      { caseId: filed.caseId, category: input.category }));
  });
  return { caseId: filed.caseId, code: filed.code, suggest111: filed.suggest111 };
}
