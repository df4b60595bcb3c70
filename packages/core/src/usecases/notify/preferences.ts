import { NotifyPreferences, type PushSubscriptionBody } from '@truongan/contracts';
import type { Actor } from '../../access/actor.ts';
import { forbidden, invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import { loadPreferences, PREFS_KEY, prefsScope } from './runtime.ts';

/** Only a guardian has notification preferences, and only their own. */
async function guardianIdOf(deps: Deps, actor: Actor): Promise<string> {
  const user = actor.kind === 'user' ? await deps.repos.users.getUser(actor.userId) : undefined;
  if (!user?.guardianId) throw forbidden('Chỉ phụ huynh có cài đặt thông báo / Only guardians have notification settings');
  return user.guardianId;
}

export async function getNotifyPreferences(deps: Deps, actor: Actor): Promise<NotifyPreferences> {
  return loadPreferences(deps.repos, await guardianIdOf(deps, actor));
}

/** Versioned like every setting, so support can see when a parent changed their channels. */
export async function putNotifyPreferences(deps: Deps, actor: Actor, input: unknown): Promise<NotifyPreferences> {
  const guardianId = await guardianIdOf(deps, actor);
  const parsed = NotifyPreferences.safeParse(input);
  if (!parsed.success) throw invalidInput('Cài đặt không hợp lệ / Invalid settings', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  const prev = await deps.repos.settings.get(prefsScope(guardianId), PREFS_KEY);
  await deps.repos.settings.put({ scopeId: prefsScope(guardianId), key: PREFS_KEY, value: parsed.data, version: (prev?.version ?? 0) + 1,
    updatedBy: actor.userId, updatedAt: deps.clock.now().toISOString() });
  return parsed.data;
}

/** The guardian's browser subscribed to Web Push; the subscription is the only address push needs. */
export async function subscribePush(deps: Deps, actor: Actor, body: PushSubscriptionBody): Promise<{ id: string }> {
  const guardianId = await guardianIdOf(deps, actor);
  const id = deps.ids.next();
  await deps.repos.notify.putPushSubscription({ id, guardianId, endpoint: body.endpoint, p256dh: body.keys.p256dh, auth: body.keys.auth, createdAt: deps.clock.now().toISOString() });
  return { id };
}
