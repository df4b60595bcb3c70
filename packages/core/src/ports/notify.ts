/**
 * Ports of the delivery backend. A channel adapter (packages/notify) turns one rendered message into one
 * provider call and classifies the answer; the dispatcher (usecases/notify) decides what happens next.
 */
export type ChannelName = 'zalo_zns' | 'sms' | 'web_push' | 'email' | 'webhook' | 'mqtt' | 'dev';
export const PERSONAL_CHANNELS = ['zalo_zns', 'sms', 'web_push', 'email'] as const;
export type PersonalChannel = (typeof PERSONAL_CHANNELS)[number];
export const DEFAULT_CHANNEL_ORDER: PersonalChannel[] = ['zalo_zns', 'sms', 'web_push', 'email'];

export type NotifyEventKind = 'passage_entry' | 'passage_exit' | 'late' | 'absent' | 'announcement' | 'digest' | 'guardian_otp';

export interface PushSubscriptionRecord { id: string; guardianId: string; endpoint: string; p256dh: string; auth: string; createdAt: string }

export interface Recipient { guardianId: string | null; phone: string | null; email: string | null; push: PushSubscriptionRecord[] }

export interface RenderedMessage {
  kind: string; locale: 'vi' | 'en'; title: string;
  /** Full text for push/e-mail/webhook. */
  text: string;
  /** SMS text: already unaccented when the school chose GSM-7 (cheaper), else Unicode. */
  sms: string;
  /** ZNS template parameters, already within Zalo's per-parameter length limits. */
  zns: { templateId: string; data: Record<string, string> } | null;
  link: string | null;
  data: Record<string, unknown>;
}

export interface SendRequest {
  /** Unique per attempt; sent as ZNS tracking_id so receipts find their attempt. */
  attemptId: string;
  /** Stable per (message, channel): sent to providers that de-duplicate on it (eSMS RequestId, webhook Idempotency-Key). */
  dedupKey: string;
  recipient: Recipient;
  message: RenderedMessage;
}

/**
 * accepted: handed to the provider. `awaitReceipt` when the provider reports delivery later (ZNS, SMS
 * callbacks); otherwise the acceptance is the delivery confirmation (push service 201, SMTP 250).
 * retry: transient, same channel later. fallback: this channel cannot reach this person now, next one.
 * uncertain: the provider may or may not have it (timeout after the request left); never resent blindly.
 * give_up: the message itself is unusable; dead-letter.
 */
export type SendOutcome =
  | { kind: 'accepted'; providerId: string; awaitReceipt: boolean; detail?: string }
  | { kind: 'retry'; reason: string; retryAfterMs?: number }
  | { kind: 'fallback'; reason: string }
  | { kind: 'uncertain'; reason: string }
  | { kind: 'give_up'; reason: string };

export interface NotifyChannel {
  readonly name: ChannelName;
  /** True when the provider de-duplicates on dedupKey, so resending after a crash or timeout is safe. */
  readonly providerDedup: boolean;
  /** Can this channel reach this recipient at all (a phone for ZNS/SMS, a subscription for push…)? */
  reaches(r: Recipient): boolean;
  send(req: SendRequest): Promise<SendOutcome>;
}

/** Signs short-lived links to the snapshot page; the image never travels in SMS or Zalo. */
export interface LinkSigner {
  snapshotLink(snapshotId: string, guardianId: string, ttlMs: number): string;
  verify(snapshotId: string, guardianId: string, expires: number, sig: string, now: Date): boolean;
}
