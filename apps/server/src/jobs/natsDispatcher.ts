import { type Deps, type DispatchRuntime } from '@truongan/core';
import { AckPolicy, connect, type NatsConnection, nanos, RetentionPolicy, StorageType } from 'nats';
import { dispatchLeased, emptyStats } from './dispatcher.ts';

/**
 * Dispatch through NATS JetStream, so several `jobs` processes share the work. The database stays the
 * source of truth: every process scans for due rows and publishes their ids to a work-queue stream with
 * Nats-Msg-Id = id@due-time, so JetStream drops the copies other scanners publish within the duplicate
 * window (the id includes the lapsed lease, so a dead worker's row is published again at once). Each id is taken by one consumer, which still leases the row before sending (claimOne), so a
 * redelivered or duplicate id does nothing. A killed process's unacked ids come back after ack_wait; its
 * leases lapse after LEASE_MS.
 */
export async function startNatsDispatcher(deps: Deps, rt: DispatchRuntime, opts: { url: string; stream?: string; scanMs?: number; concurrency?: number; log?: (m: string) => void }) {
  const stream = opts.stream ?? 'TRUONGAN_NOTIFY';
  const subject = `${stream.toLowerCase()}.due`;
  const log = opts.log ?? console.error;
  const nc: NatsConnection = await connect({ servers: opts.url, name: rt.owner });
  const jsm = await nc.jetstreamManager();
  await ensureStream(jsm, stream, subject);
  await jsm.consumers.add(stream, { durable_name: 'dispatchers', ack_policy: AckPolicy.Explicit, ack_wait: nanos(Math.max(10_000, rt.leaseMs * 2)), max_ack_pending: 2_000 }).catch(() => undefined);
  const js = nc.jetstream();
  const stats = emptyStats();
  let stopped = false;

  const scanner = (async () => {
    while (!stopped) {
      try {
        const due = await deps.repos.notify.dueIds(deps.clock.now().toISOString(), 500);
        const rows = await Promise.all(due.map((id) => deps.repos.notify.get(id)));
        await Promise.all(rows.filter((r) => r).map((r) => js.publish(subject, r!.id, { msgID: `${r!.id}@${r!.nextAttemptAt}:${r!.status}:${r!.leaseUntil ?? ''}` })));
      } catch (e) { if (!stopped) log(`[notify/nats] scan: ${(e as Error).message}`); }
      await new Promise((r) => setTimeout(r, opts.scanMs ?? 100));
    }
  })();

  const consumer = await js.consumers.get(stream, 'dispatchers');
  const messages = await consumer.consume({ max_messages: opts.concurrency ?? 32 });
  let inflight = 0;
  const worker = (async () => {
    for await (const m of messages) {
      inflight += 1;
      void (async () => {
        try {
          const now = deps.clock.now();
          const row = await deps.repos.notify.claimOne(m.string(), rt.owner, now.toISOString(), new Date(now.getTime() + rt.leaseMs).toISOString());
          if (row) await dispatchLeased(deps, rt, row, stats, log);
          m.ack();
        } catch (e) { log(`[notify/nats] ${m.string()}: ${(e as Error).message}`); m.nak(1000); }
        finally { inflight -= 1; }
      })();
    }
  })();

  return {
    stats,
    async stop() {
      stopped = true;
      messages.stop();
      await scanner;
      await worker;
      while (inflight > 0) await new Promise((r) => setTimeout(r, 20));
      await nc.drain();
    },
  };
}

async function ensureStream(jsm: Awaited<ReturnType<NatsConnection['jetstreamManager']>>, name: string, subject: string) {
  const config = { name, subjects: [subject], retention: RetentionPolicy.Workqueue, storage: StorageType.File, duplicate_window: nanos(120_000), max_age: nanos(24 * 3_600_000) };
  try { await jsm.streams.info(name); } catch { await jsm.streams.add(config); }
}

/** For tests: remove a stream they created. */
export async function deleteStream(url: string, name: string) {
  const nc = await connect({ servers: url });
  try { await (await nc.jetstreamManager()).streams.delete(name); } catch { /* already gone */ } finally { await nc.close(); }
}
