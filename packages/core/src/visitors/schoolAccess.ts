import type { Actor } from '../access/actor.ts';
import { type Permission, roleHas } from '../access/permissions.ts';
import { requireAccess } from '../access/requireAccess.ts';
import { forbidden } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';

/**
 * requireAccess on a school, also for roles scoped to a class (a homeroom teacher hosts visitors at the school of their
 * class): the class is then the target checked, and it must belong to the school. Same "forbidden" for every refusal.
 */
export async function requireSchoolAccess(deps: Deps, actor: Actor, permission: Permission, schoolId: string): Promise<void> {
  const classGrant = actor.kind === 'user' ? actor.grants.find((g) => g.scopeKind === 'class' && roleHas(g.role, permission)) : undefined;
  const wider = actor.grants.some((g) => g.scopeKind !== 'class' && roleHas(g.role, permission));
  if (!classGrant || wider) {
    await requireAccess(deps.repos.locator, actor, permission, [{ kind: 'school', id: schoolId }]);
    return;
  }
  for (const g of actor.grants.filter((x) => x.scopeKind === 'class' && roleHas(x.role, permission))) {
    const loc = (await requireAccess(deps.repos.locator, actor, permission, [{ kind: 'class', id: g.scopeId }])).get(`class:${g.scopeId}`);
    if (loc?.schoolId === schoolId) return;
  }
  throw forbidden();
}
