import { createHmac } from 'node:crypto';
import type { NotifyChannel, SendOutcome, SendRequest } from '@truongan/core';
import { callProvider, retryAfterMs } from './http.ts';

/** `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`: the timestamp inside the MAC stops replays of old bodies. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * A school integration (a district dashboard, the school's own system) receives every event as signed JSON.
 * Headers: X-TruongAn-Timestamp, X-TruongAn-Signature, Idempotency-Key (receivers de-duplicate on it, so a
 * resend after a timeout is safe). 2xx accepted; 408/425/429/5xx retried; other 4xx are the receiver's
 * refusal of this body and are not retried.
 */
export class WebhookChannel implements NotifyChannel {
  readonly name = 'webhook' as const;
  readonly providerDedup = true;
  constructor(private readonly o: { url: string; secret: string; timeoutMs: number }) {}
  reaches() { return true; }

  async send(req: SendRequest): Promise<SendOutcome> {
    const body = JSON.stringify({ id: req.dedupKey, kind: req.message.kind, text: req.message.text, link: req.message.link, data: req.message.data });
    const ts = String(Math.floor(Date.now() / 1000));
    const res = await callProvider(this.o.url, {
      method: 'POST', body,
      headers: { 'content-type': 'application/json', 'x-truongan-timestamp': ts, 'x-truongan-signature': signWebhook(this.o.secret, ts, body), 'idempotency-key': req.dedupKey },
    }, this.o.timeoutMs);
    if (!res.ok) return { kind: 'retry', reason: `webhook ${res.reason}` };
    if (res.status >= 200 && res.status < 300) return { kind: 'accepted', providerId: req.dedupKey, awaitReceipt: false };
    if ([408, 425, 429].includes(res.status) || res.status >= 500) return { kind: 'retry', reason: `webhook HTTP ${res.status}`, retryAfterMs: retryAfterMs(res.headers) };
    return { kind: 'give_up', reason: `webhook HTTP ${res.status}: ${res.text.slice(0, 80)}` };
  }
}
