import type { Actor } from '../access/actor.ts';
import type { AuditInput } from '../ports/repositories.ts';

export function auditEntry(actor: Actor, at: Date, action: AuditInput['action'], target: { kind?: string; id?: string; schoolId?: string | null } = {}, detail: Record<string, unknown> = {}): AuditInput {
  return {
    at: at.toISOString(), actorId: actor.userId, actorName: actor.displayName, action,
    targetKind: target.kind ?? null, targetId: target.id ?? null, schoolId: target.schoolId ?? null, detail,
  };
}
