import type { Actor } from '../../access/actor.ts';
import { ROLE_SCOPES, type Role, type ScopeKind } from '../../access/permissions.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import { conflict, invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';

export interface CreateUserInput { username: string; displayName: string; password: string; role: Role; scopeId: string }

/** The scope kind of a role assignment follows from the role (a teacher's scope is a class, police a ward...). */
export const scopeKindOf = (role: Role): ScopeKind => ROLE_SCOPES[role][0]!;

/**
 * Creates a staff account with one role at one node of the tree. The creator needs user.manage at (or above)
 * that node, so a principal can add guards to their school but nobody can hand out a scope they do not hold.
 */
export async function createUser(deps: Deps, actor: Actor, input: CreateUserInput): Promise<{ userId: string }> {
  const scopeKind = scopeKindOf(input.role);
  if (scopeKind === 'self') throw invalidInput('Tài khoản phụ huynh/học sinh được tạo qua danh sách lớp / Guardian and student accounts come from the roster');
  const located = await requireAccess(deps.repos.locator, actor, 'user.manage', [{ kind: scopeKind, id: input.scopeId }]);
  if (!located.has(`${scopeKind}:${input.scopeId}`)) throw invalidInput(`Không có ${scopeKind} "${input.scopeId}" / Unknown ${scopeKind}`, [{ path: 'scopeId', message: 'unknown' }]);
  const username = input.username.toLowerCase();
  if (await deps.repos.users.findByUsername(username)) throw conflict('Tên đăng nhập đã có / User name already taken');
  const now = deps.clock.now();
  const userId = deps.ids.next();
  const passwordHash = await deps.passwords.hash(input.password);
  await deps.tx(async (r) => {
    await r.users.insertUser({ id: userId, kind: 'staff', displayName: input.displayName, username, phone: null, passwordHash,
      totpSecretSealed: null, totpEnabled: false, guardianId: null, studentId: null, locale: 'vi', disabled: false, createdAt: now.toISOString() });
    await r.users.grantRole(userId, { role: input.role, scopeKind, scopeId: input.scopeId });
    await r.audit.append(auditEntry(actor, now, 'user.created', { kind: 'user', id: userId }, { username, role: input.role, scopeKind, scopeId: input.scopeId }));
  });
  return { userId };
}
