import fs from 'node:fs';
import type { Agent } from 'node:https';
import path from 'node:path';
import type { NotifyChannel, Recipient, SendOutcome, SendRequest } from '@truongan/core';
import webpush from 'web-push';

export interface VapidKeys { publicKey: string; privateKey: string; subject: string }

/** VAPID keys are made at first start into <data>/keys/vapid.json (0600); 'wx' so two processes starting together agree. */
export function loadVapidKeys(dataDir: string, subject: string): VapidKeys {
  const file = path.join(dataDir, 'keys', 'vapid.json');
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (!fs.existsSync(file)) {
    const k = webpush.generateVAPIDKeys();
    try { fs.writeFileSync(file, JSON.stringify(k), { mode: 0o600, flag: 'wx' }); } catch (e: any) { if (e.code !== 'EEXIST') throw e; }
  }
  const k = JSON.parse(fs.readFileSync(file, 'utf8')) as { publicKey: string; privateKey: string };
  return { ...k, subject };
}

/**
 * Web Push (RFC 8030 + 8291 payload encryption + 8292 VAPID) through the `web-push` library. A push service
 * answers 201 when it has stored the message for the browser, which is as much confirmation as push gets.
 * 404/410: the subscription is gone and is deleted. The payload carries text and link, never the image.
 */
export class WebPushChannel implements NotifyChannel {
  readonly name = 'web_push' as const;
  /** The Topic header makes the push service replace an undelivered copy rather than show two. */
  readonly providerDedup = true;
  constructor(private readonly o: { vapid: VapidKeys; timeoutMs: number; ttlSeconds: number; onGone: (endpoint: string) => Promise<void>; agent?: Agent }) {}

  reaches(r: Recipient) { return r.push.length > 0; }

  async send(req: SendRequest): Promise<SendOutcome> {
    const payload = JSON.stringify({ title: req.message.title, body: req.message.text, url: req.message.link, kind: req.message.kind, id: req.dedupKey });
    const topic = Buffer.from(req.dedupKey).toString('base64url').slice(0, 32);
    const results = await Promise.all(req.recipient.push.map(async (s): Promise<SendOutcome> => {
      try {
        const r = await webpush.sendNotification({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }, payload, {
          vapidDetails: this.o.vapid, TTL: this.o.ttlSeconds, timeout: this.o.timeoutMs, topic, urgency: 'high', ...(this.o.agent ? { agent: this.o.agent } : {}),
        });
        return { kind: 'accepted', providerId: r.headers?.location ?? s.endpoint, awaitReceipt: false };
      } catch (e: any) {
        const status = e?.statusCode as number | undefined;
        if (status === 404 || status === 410) { await this.o.onGone(s.endpoint); return { kind: 'fallback', reason: `push subscription gone (${status})` }; }
        if (status === 429 || (status && status >= 500)) return { kind: 'retry', reason: `push service HTTP ${status}`, retryAfterMs: Number(e?.headers?.['retry-after']) * 1000 || undefined };
        if (status) return { kind: 'fallback', reason: `push service HTTP ${status}` };
        return { kind: 'retry', reason: `push ${e?.code ?? e?.message ?? e}` };
      }
    }));
    // One device that took it is enough: the guardian will see it there.
    return results.find((r) => r.kind === 'accepted') ?? results.find((r) => r.kind === 'retry') ?? results[0] ?? { kind: 'fallback', reason: 'no push subscription' };
  }
}
