import type { LiveEvents } from '@truongan/core';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';

/**
 * Server-sent events for one topic. With a `snapshot` function, every event (coalesced over 250 ms) sends
 * the freshly computed view; without, the event itself. A heartbeat every 15 s keeps proxies from closing it.
 */
export function liveStream(c: Context, live: LiveEvents, topic: string, snapshot: (() => Promise<unknown>) | null) {
  return streamSSE(c, async (stream) => {
    let pending: NodeJS.Timeout | null = null;
    let closed = false;
    const send = async (data: unknown, event: string) => { if (!closed) await stream.writeSSE({ event, data: JSON.stringify(data) }); };
    if (snapshot) await send(await snapshot(), 'snapshot');
    const unsubscribe = live.subscribe(topic, (event) => {
      if (!snapshot) { void send(event, 'event'); return; }
      if (pending) return;
      pending = setTimeout(async () => { pending = null; await send(await snapshot(), 'snapshot').catch(() => {}); }, 250);
    });
    stream.onAbort(() => { closed = true; unsubscribe(); if (pending) clearTimeout(pending); });
    while (!closed) {
      await stream.sleep(15_000);
      if (!closed) await stream.writeSSE({ event: 'ping', data: '' }).catch(() => { closed = true; });
    }
    unsubscribe();
  });
}
