import { type Deps, dispatchMessage, type DispatchResult, type DispatchRow, type DispatchRuntime } from '@truongan/core';

export interface DispatcherStats { handled: Record<DispatchResult | 'error', number> }

/** Runs `fn` over items with at most `limit` in flight: channels are I/O-bound, one slow provider must not block the batch. */
export async function inParallel<T>(items: T[], limit: number, fn: (t: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => { while (i < items.length) await fn(items[i++]!); }));
}

export async function dispatchLeased(deps: Deps, rt: DispatchRuntime, row: DispatchRow, stats: DispatcherStats, log: (m: string) => void): Promise<void> {
  try {
    stats.handled[await dispatchMessage(deps, rt, row)] += 1;
  } catch (e) {
    // The lease is left to expire: the row is retried by whoever claims it next, never dropped.
    stats.handled.error += 1;
    log(`[notify] ${row.id}: ${(e as Error).message}`);
  }
}

export const emptyStats = (): DispatcherStats => ({ handled: { sent: 0, awaiting: 0, retry: 0, dead: 0, held: 0, skipped: 0, lost_lease: 0, error: 0 } });

/**
 * In-process dispatch (no NATS): claim a batch of due rows with a lease, send them, repeat at once while
 * there is work, otherwise sleep `pollMs` or until kicked. Several processes may run this against one
 * database: leases (and SKIP LOCKED on PostgreSQL) keep their batches apart.
 */
export function startPollingDispatcher(deps: Deps, rt: DispatchRuntime, opts: { pollMs?: number; batch?: number; concurrency?: number; log?: (m: string) => void } = {}) {
  const pollMs = opts.pollMs ?? 100, concurrency = opts.concurrency ?? 32, batch = opts.batch ?? concurrency, log = opts.log ?? console.error;
  const stats = emptyStats();
  let stopped = false;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (!stopped) {
      let rows: DispatchRow[] = [];
      try {
        const now = deps.clock.now();
        rows = await deps.repos.notify.claimDue(rt.owner, now.toISOString(), new Date(now.getTime() + rt.leaseMs).toISOString(), batch);
        await inParallel(rows, concurrency, (r) => dispatchLeased(deps, rt, r, stats, log));
      } catch (e) { log(`[notify] claim failed: ${(e as Error).message}`); }
      if (rows.length < batch && !stopped) await new Promise<void>((res) => { wake = res; setTimeout(res, pollMs); });
      wake = null;
    }
  })();
  return {
    stats,
    kick() { wake?.(); },
    async stop() { stopped = true; wake?.(); await loop; },
  };
}
