import type { Me } from '@truongan/contracts';
import { roleNeedsSecondFactor, type AuthSessionRecord, type Deps, type RoleGrant, type UserRecord } from '@truongan/core';

/** The signed-in user as the web app needs it: grants with the names of their scopes, second-factor state, CSRF token. */
export async function describeMe(deps: Deps, user: UserRecord, grants: RoleGrant[], session: AuthSessionRecord): Promise<Me> {
  const named = await Promise.all(grants.map(async (g) => {
    let scopeName: string | undefined;
    if (g.scopeKind === 'school') scopeName = (await deps.repos.org.getSchool(g.scopeId))?.name;
    else if (g.scopeKind === 'class') {
      const cls = await deps.repos.org.getClass(g.scopeId);
      const school = cls ? await deps.repos.org.getSchool(cls.schoolId) : undefined;
      scopeName = cls ? `${cls.name} – ${school?.name ?? ''}` : undefined;
    } else if (g.scopeKind === 'ward' || g.scopeKind === 'province') scopeName = (await deps.repos.org.getArea(g.scopeId))?.name;
    return { ...g, scopeName };
  }));
  const required = grants.some((g) => roleNeedsSecondFactor(g.role));
  return {
    userId: user.id, displayName: user.displayName, kind: user.kind, grants: named,
    mfa: { required, passed: session.mfaPassed, enrolled: user.totpEnabled },
    csrfToken: session.csrfToken, locale: user.locale,
  };
}
