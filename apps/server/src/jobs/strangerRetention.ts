import { type Deps, purgeSightings } from '@truongan/core';

/**
 * Deletes unknown-face sightings (and clusters left empty) older than the returning rule's window, and expired alert
 * clips. Hourly, like the rest of retention: the window is counted in days. Returns the stop function.
 */
export function startStrangerRetention(deps: Deps, everyMs = 60 * 60_000): () => Promise<void> {
  const tick = () => purgeSightings(deps).catch((e) => console.error(`[jobs] stranger retention: ${(e as Error).message}`));
  const timer = setInterval(tick, everyMs);
  void tick();
  return async () => clearInterval(timer);
}
