import type { AuditAction, AuditEntry, AuditVerifyResult } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess, scopesWith } from '../../access/requireAccess.ts';
import { forbidden } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';

/** The audit log of a school (principal) or of everything (system admin). */
export async function listAudit(deps: Deps, actor: Actor, input: { schoolId?: string; limit?: number; beforeSeq?: number; action?: AuditAction }): Promise<AuditEntry[]> {
  const limit = Math.min(input.limit ?? 100, 500);
  if (input.schoolId) {
    await requireAccess(deps.repos.locator, actor, 'audit.read', [{ kind: 'school', id: input.schoolId }]);
    return deps.repos.audit.list({ schoolIds: [input.schoolId], limit, beforeSeq: input.beforeSeq, action: input.action });
  }
  const wide = scopesWith(actor, 'audit.read').some((g) => g.scopeKind === 'province');
  if (!wide && actor.kind !== 'system') throw forbidden();
  await requireAccess(deps.repos.locator, actor, 'audit.read', []);
  return deps.repos.audit.list({ limit, beforeSeq: input.beforeSeq, action: input.action });
}

export async function verifyAudit(deps: Deps): Promise<AuditVerifyResult> {
  return deps.repos.audit.verify();
}
