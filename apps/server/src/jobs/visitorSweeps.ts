import { type Deps, expireWatchlist, sweepVisits } from '@truongan/core';

/** One pass of the visitors jobs: overstay alerts, old check-in photos, expired watchlist entries. Tests call it directly. */
export async function runVisitorSweeps(deps: Deps) {
  const visits = await sweepVisits(deps);
  const watchlist = await expireWatchlist(deps);
  return { ...visits, watchlistDeleted: watchlist.deleted };
}

/**
 * The jobs role runs the sweep every minute: an overstay is worth knowing within a minute, and a watchlist entry must
 * not outlive its expiry by more than that. Returns the stop function.
 */
export function startVisitorSweeps(deps: Deps, everyMs = 60_000): () => Promise<void> {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try { await runVisitorSweeps(deps); } catch (e) { console.error(`[jobs] visitors sweep: ${(e as Error).message}`); } finally { running = false; }
  };
  const timer = setInterval(() => void tick(), everyMs);
  void tick();
  return async () => clearInterval(timer);
}
