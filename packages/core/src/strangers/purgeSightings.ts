import { systemActor } from '../access/actor.ts';
import type { Deps } from '../ports/deps.ts';
import { auditEntry } from '../util/audit.ts';
import { DEFAULT_STRANGER_SETTINGS } from './rules.ts';

/**
 * Unknown faces are kept only as long as the returning rule needs them: sightings older than the window (14 days by
 * default) are deleted, then clusters left empty — including their labels — and alert clips past their expiry. Run by
 * the jobs role with the rest of retention; a run that deletes anything leaves one audit row with the counts.
 */
export async function purgeSightings(deps: Deps, opts: { days?: number } = {}) {
  const now = deps.clock.now();
  const days = opts.days ?? DEFAULT_STRANGER_SETTINGS.sightingRetentionDays;
  const before = new Date(now.getTime() - days * 86_400_000).toISOString();
  const { sightings, clusters } = await deps.repos.sightings.deleteOlderThan(before);
  const clips = await deps.repos.alerts.deleteExpiredClips(now.toISOString());
  if (sightings + clusters + clips > 0) {
    await deps.tx((r) => r.audit.append(auditEntry(systemActor('retention'), now, 'sightings.purged', {}, { sightings, clusters, clips, before })));
  }
  return { sightings, clusters, clips, before };
}
