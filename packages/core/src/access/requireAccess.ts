import { DomainError, forbidden } from '../errors.ts';
import type { Actor, Location, RoleGrant, Target } from './actor.ts';
import { type Permission, roleHas, SENSITIVE_PERMISSIONS } from './permissions.ts';

/** Resolves targets to their place in the tree, in bulk. Unknown ids are simply absent from the map. */
export interface LocatorPort {
  locate(targets: Target[]): Promise<Map<string, Location>>;
}

export const targetKey = (t: Target) => `${t.kind}:${t.id}`;

/** Does one grant cover a location? A scope covers everything below it in the tree. */
export function grantCovers(grant: RoleGrant, loc: Location, actor: Actor): boolean {
  switch (grant.scopeKind) {
    case 'province': return loc.provinceId === grant.scopeId;
    case 'ward': return loc.wardId === grant.scopeId;
    case 'school': return loc.schoolId === grant.scopeId;
    case 'class': return loc.classId === grant.scopeId;
    case 'self': return loc.studentId !== undefined && actor.studentIds.includes(loc.studentId);
  }
}

export function actorMay(actor: Actor, permission: Permission, loc: Location): boolean {
  return actor.grants.some((g) => roleHas(g.role, permission) && grantCovers(g, loc, actor));
}

/** True if the actor holds the permission anywhere at all (for listing endpoints that filter by scope). */
export const actorHoldsAnywhere = (actor: Actor, permission: Permission) => actor.grants.some((g) => roleHas(g.role, permission));

/**
 * Checks a permission on every target, resolving them in one query. An id that does not exist and an
 * id the actor may not see give the same answer (forbidden), so the error never reveals existence.
 */
export async function requireAccess(locator: LocatorPort, actor: Actor, permission: Permission, targets: Target[]): Promise<Map<string, Location>> {
  if (actor.kind === 'system') return locator.locate(targets);
  if (!actorHoldsAnywhere(actor, permission)) throw forbidden();
  if (SENSITIVE_PERMISSIONS.includes(permission) && !actor.mfa) {
    throw new DomainError('mfa_required', 'Cần xác thực hai lớp / A second factor is required');
  }
  const located = await locator.locate(targets);
  for (const t of targets) {
    const loc = located.get(targetKey(t));
    if (!loc || !actorMay(actor, permission, loc)) throw forbidden();
  }
  return located;
}

/** The ids of the scopes of a given kind where the actor holds the permission; used to filter lists. */
export function scopesWith(actor: Actor, permission: Permission): RoleGrant[] {
  return actor.grants.filter((g) => roleHas(g.role, permission));
}
