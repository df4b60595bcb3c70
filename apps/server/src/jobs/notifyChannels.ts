import { type ChannelName, DEFAULT_RETRY, type DispatchRuntime, type NotifyChannel } from '@truongan/core';
import {
  DevChannel, EmailChannel, EsmsSmsChannel, fileTokenStore, hmacLinkSigner, loadVapidKeys, MqttChannel, WebhookChannel, WebPushChannel, ZaloTokenKeeper, ZaloZnsChannel,
} from '@truongan/notify';
import type { Context } from '../compose.ts';


/**
 * The channels this installation has settings for, in one map. Web Push needs no provider account: its VAPID
 * keys are made at first start. The demo outbox replaces every channel when --demo-outbox is on.
 */
export function buildRuntime(ctx: Context, owner: string): { runtime: DispatchRuntime; close(): Promise<void> } {
  const n = ctx.config.notify;
  // A claimed row starts at once (batch = concurrency) and every call is capped at a fifth of the lease, so a
  // live worker finishes long before its lease lapses and a second worker can never send the same row.
  const CALL_TIMEOUT_MS = Math.min(10_000, Math.floor(n.leaseMs / 5)); // ZNS may need three calls (send, refresh, send)
  const channels = new Map<ChannelName, NotifyChannel>();
  const closers: Array<() => Promise<void> | void> = [];
  if (ctx.config.demoOutbox) channels.set('dev', new DevChannel());
  else {
    if (n.zalo) {
      const tokens = new ZaloTokenKeeper({ oauthUrl: n.zalo.oauthUrl, appId: n.zalo.appId, secretKey: n.zalo.secretKey, timeoutMs: CALL_TIMEOUT_MS,
        store: fileTokenStore(ctx.config.dataDir, { refreshToken: n.zalo.refreshToken }) });
      channels.set('zalo_zns', new ZaloZnsChannel({ apiUrl: n.zalo.apiUrl, tokens, timeoutMs: CALL_TIMEOUT_MS, awaitReceipt: n.znsAwaitReceipt }));
    }
    if (n.esms) channels.set('sms', new EsmsSmsChannel({ ...n.esms, unicode: n.smsUnicode, timeoutMs: CALL_TIMEOUT_MS }));
    channels.set('web_push', new WebPushChannel({ vapid: loadVapidKeys(ctx.config.dataDir, n.vapidSubject), timeoutMs: CALL_TIMEOUT_MS, ttlSeconds: 6 * 3600,
      onGone: (endpoint) => ctx.deps.repos.notify.deletePushSubscription(endpoint) }));
    if (n.smtp) { const mail = new EmailChannel({ smtpUrl: n.smtp.url, from: n.smtp.from, timeoutMs: CALL_TIMEOUT_MS }); channels.set('email', mail); closers.push(() => mail.close()); }
  }
  if (n.webhook) channels.set('webhook', new WebhookChannel({ ...n.webhook, timeoutMs: CALL_TIMEOUT_MS }));
  if (n.mqttUrl) { const m = new MqttChannel({ url: n.mqttUrl, topicPrefix: 'truongan/events', timeoutMs: CALL_TIMEOUT_MS }); channels.set('mqtt', m); closers.push(() => m.close()); }
  const runtime: DispatchRuntime = {
    channels, owner, leaseMs: n.leaseMs, policy: { ...DEFAULT_RETRY, receiptTimeoutMs: n.receiptTimeoutMs },
    links: hmacLinkSigner(ctx.keys.links, ctx.config.publicUrl), linkTtlMs: 24 * 3_600_000,
    znsTemplateIds: n.znsTemplates, sms: { unicode: n.smsUnicode, maxSegments: 3 },
  };
  return { runtime, close: async () => { for (const c of closers) await c(); } };
}

export const vapidPublicKey = (ctx: Context) => loadVapidKeys(ctx.config.dataDir, ctx.config.notify.vapidSubject).publicKey;
