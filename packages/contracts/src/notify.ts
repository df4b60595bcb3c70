import { z } from 'zod';

/** The channels a guardian can order; webhook and MQTT are school integrations, not personal channels. */
export const PersonalChannel = z.enum(['zalo_zns', 'sms', 'web_push', 'email']);
export const NotifyEvent = z.enum(['passage_entry', 'passage_exit', 'late', 'absent', 'announcement']);
const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const NotifyPreferences = z.object({
  /** Tried in this order; an empty list means the school default (Zalo ZNS → SMS → Web Push → e-mail). */
  channels: z.array(PersonalChannel).max(4).refine((a) => new Set(a).size === a.length, 'each channel once'),
  events: z.array(NotifyEvent),
  /** Vietnam time. Messages that fall inside are held until the end (announcements and absences too; late/absent are rare at night). */
  quietHours: z.object({ from: HHMM, to: HHMM }).nullable(),
  /** One summary a day at digestAt instead of one message per event. */
  digest: z.boolean(),
  digestAt: HHMM,
  locale: z.enum(['vi', 'en']),
}).strict();
export type NotifyPreferences = z.infer<typeof NotifyPreferences>;

export const DEFAULT_NOTIFY_PREFERENCES: NotifyPreferences = {
  channels: [], events: ['passage_entry', 'passage_exit', 'late', 'absent', 'announcement'], quietHours: null, digest: false, digestAt: '18:00', locale: 'vi',
};

export const PushSubscriptionBody = z.object({
  endpoint: z.string().url().max(2048),
  keys: z.object({ p256dh: z.string().min(16).max(256), auth: z.string().min(8).max(64) }),
}).strict();
export type PushSubscriptionBody = z.infer<typeof PushSubscriptionBody>;

export const DeliveryAttempt = z.object({
  id: z.string(), channel: z.string(), chainPos: z.number().int(), tryNo: z.number().int(), status: z.string(),
  providerId: z.string().nullable(), detail: z.string().nullable(), startedAt: z.string(), finishedAt: z.string().nullable(),
});
export const DeadLetter = z.object({
  id: z.string(), idempotencyKey: z.string(), template: z.string(), recipient: z.string(), deadReason: z.string().nullable(),
  createdAt: z.string(), attempts: z.array(DeliveryAttempt),
});
export type DeadLetter = z.infer<typeof DeadLetter>;
