import type { CaseCategory, CasePriority } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import type { Deps } from '../../ports/deps.ts';
import { fileCase } from './fileCase.ts';

/** School staff log a hotline call as a case; the caller may stay anonymous. No passphrase: the caller calls back. */
export async function logHotlineCall(deps: Deps, actor: Actor, input: {
  schoolId: string; category: CaseCategory; what: string; where?: string; when?: string; priority?: CasePriority; subject?: string;
  caller?: { name?: string; phone?: string };
}) {
  await requireAccess(deps.repos.locator, actor, 'case.manage', [{ kind: 'school', id: input.schoolId }]);
  const named = input.caller?.name || input.caller?.phone;
  return fileCase(deps, actor, {
    schoolId: input.schoolId, source: 'hotline', category: input.category, what: input.what, where: input.where, when: input.when, priority: input.priority,
    subject: input.subject, reporter: named ? { kind: 'named', name: input.caller?.name ?? null, phone: input.caller?.phone ?? null, userId: null } : { kind: 'anonymous' },
    withPassphrase: false,
  });
}
