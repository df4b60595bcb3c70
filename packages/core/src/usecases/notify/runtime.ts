import { DEFAULT_NOTIFY_PREFERENCES, NotifyPreferences } from '@truongan/contracts';
import type { RetryPolicy } from '../../notify/backoff.ts';
import type { TemplateSet } from '../../notify/templates.ts';
import type { ChannelName, LinkSigner, NotifyChannel } from '../../ports/notify.ts';
import type { Repos } from '../../ports/repositories.ts';

/** What the dispatcher needs besides Deps: the configured channels and the school's delivery rules. */
export interface DispatchRuntime {
  channels: Map<ChannelName, NotifyChannel>;
  policy: RetryPolicy;
  /** This worker's name on leases; a lease outlives any single channel call (channels time out first). */
  owner: string;
  leaseMs: number;
  links: LinkSigner | null;
  linkTtlMs: number;
  znsTemplateIds: Record<string, string>;
  sms: { unicode: boolean; maxSegments: number };
  random?: () => number;
}

export const PREFS_KEY = 'notify.prefs';
export const prefsScope = (guardianId: string) => `guardian:${guardianId}`;

/** Stored preferences, or the defaults; a stored value that no longer parses falls back rather than blocking delivery. */
export async function loadPreferences(repos: Repos, guardianId: string): Promise<NotifyPreferences> {
  const s = await repos.settings.get(prefsScope(guardianId), PREFS_KEY);
  const parsed = NotifyPreferences.safeParse(s?.value);
  return parsed.success ? parsed.data : DEFAULT_NOTIFY_PREFERENCES;
}

export async function loadTemplates(repos: Repos, schoolId: string | undefined): Promise<Partial<TemplateSet> | undefined> {
  if (!schoolId) return undefined;
  return (await repos.settings.get(schoolId, 'notify.templates'))?.value as Partial<TemplateSet> | undefined;
}
