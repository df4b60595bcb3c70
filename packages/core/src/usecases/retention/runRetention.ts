import { systemActor } from '../../access/actor.ts';
import type { Deps } from '../../ports/deps.ts';
import { auditEntry } from '../../util/audit.ts';

/**
 * Minimal retention, run by the jobs role: gate snapshots past their expiry (30 days by default, set per
 * snapshot when it is taken), expired sign-in sessions and one-time codes. Each run that deletes anything
 * leaves one audit row with the counts, so an inspector can see retention actually happens.
 */
export async function runRetention(deps: Deps): Promise<{ snapshots: number; sessions: number; otps: number }> {
  const now = deps.clock.now();
  const snapshots = await deps.snapshots.deleteExpired(now);
  const { sessions, otps } = await deps.repos.users.deleteExpired(now.toISOString());
  if (snapshots + sessions + otps > 0) {
    await deps.tx((r) => r.audit.append(auditEntry(systemActor('retention'), now, 'retention.ran', {}, { snapshots, sessions, otps })));
  }
  return { snapshots, sessions, otps };
}
