import os from 'node:os';
import type { Context } from '../compose.ts';
import { startPollingDispatcher } from './dispatcher.ts';
import { startNatsDispatcher } from './natsDispatcher.ts';
import { buildRuntime } from './notifyChannels.ts';

/** The `jobs` role: the notification dispatcher, through NATS JetStream when NATS_URL is set, else in-process. */
export async function startJobsRole(ctx: Context, opts: { stream?: string; pollMs?: number; concurrency?: number } = {}) {
  const owner = `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const { runtime, close } = buildRuntime(ctx, owner);
  const d = ctx.config.natsUrl
    ? await startNatsDispatcher(ctx.deps, runtime, { url: ctx.config.natsUrl, stream: opts.stream ?? ctx.config.notify.natsStream, scanMs: opts.pollMs })
    : startPollingDispatcher(ctx.deps, runtime, { pollMs: opts.pollMs, concurrency: opts.concurrency });
  return {
    mode: ctx.config.natsUrl ? 'nats' as const : 'in-process' as const, channels: [...runtime.channels.keys()], stats: d.stats,
    async stop() { await d.stop(); await close(); },
  };
}
