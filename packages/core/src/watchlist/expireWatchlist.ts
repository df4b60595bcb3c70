import { systemActor } from '../access/actor.ts';
import type { Deps } from '../ports/deps.ts';
import { auditEntry } from '../util/audit.ts';

/**
 * Retention of the watchlist, run by the jobs role: entries past their expiry are deleted outright, with their sealed
 * photo and face embedding (they live in the same row). One audit row per deleted entry says it happened.
 */
export async function expireWatchlist(deps: Deps): Promise<{ deleted: number }> {
  const now = deps.clock.now();
  const actor = systemActor('retention');
  const deleted = await deps.tx(async (r) => {
    const gone = await r.watchlist.deleteExpired(now.toISOString());
    for (const g of gone) await r.audit.append(auditEntry(actor, now, 'watchlist.expired', { kind: 'watchlist', id: g.id, schoolId: g.schoolId }));
    return gone.length;
  });
  return { deleted };
}
