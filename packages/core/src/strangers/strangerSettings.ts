import { StrangerSettings } from '@truongan/contracts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/requireAccess.ts';
import { invalidInput } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import type { Repos } from '../ports/repositories.ts';
import { auditEntry } from '../util/audit.ts';
import { DEFAULT_STRANGER_SETTINGS } from './rules.ts';

export const STRANGER_SETTINGS_KEY = 'strangers.rules';

/** Stored rules of a school, or the defaults; a stored value that no longer parses falls back rather than stopping the cameras. */
export async function loadStrangerSettings(repos: Repos, schoolId: string): Promise<StrangerSettings> {
  const s = await repos.settings.get(schoolId, STRANGER_SETTINGS_KEY);
  const parsed = StrangerSettings.safeParse(s?.value);
  return parsed.success ? parsed.data : DEFAULT_STRANGER_SETTINGS;
}

export async function getStrangerSettings(deps: Deps, actor: Actor, schoolId: string) {
  await requireAccess(deps.repos.locator, actor, 'school.read', [{ kind: 'school', id: schoolId }]);
  const s = await deps.repos.settings.get(schoolId, STRANGER_SETTINGS_KEY);
  return { value: await loadStrangerSettings(deps.repos, schoolId), version: s?.version ?? 0 };
}

/** Versioned and audited like every school setting. */
export async function putStrangerSettings(deps: Deps, actor: Actor, input: { schoolId: string; value: unknown }) {
  await requireAccess(deps.repos.locator, actor, 'school.manage', [{ kind: 'school', id: input.schoolId }]);
  const parsed = StrangerSettings.safeParse(input.value);
  if (!parsed.success) throw invalidInput('Giá trị không hợp lệ / Invalid value', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  const now = deps.clock.now();
  return deps.tx(async (r) => {
    const current = await r.settings.get(input.schoolId, STRANGER_SETTINGS_KEY);
    const version = (current?.version ?? 0) + 1;
    await r.settings.put({ scopeId: input.schoolId, key: STRANGER_SETTINGS_KEY, value: parsed.data, version, updatedBy: actor.userId, updatedAt: now.toISOString() });
    await r.audit.append(auditEntry(actor, now, 'settings.changed', { kind: 'school', id: input.schoolId, schoolId: input.schoolId },
      { key: STRANGER_SETTINGS_KEY, from: current?.value ?? null, to: parsed.data, version }));
    return { value: parsed.data, version };
  });
}
