import path from 'node:path';
import { z } from 'zod';

/**
 * The environment, parsed once at start. Nothing else reads process.env. Unknown TRUONGAN_* variables
 * and bad values stop the process with every problem listed (a typo must not silently fall back to a default).
 */
const EnvSchema = z.object({
  DATABASE_URL: z.string().url().startsWith('postgres').optional(),
  NATS_URL: z.string().startsWith('nats://').optional(),
  TRUONGAN_DATA: z.string().default('./data'),
  TRUONGAN_PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  TRUONGAN_HOST: z.string().default('127.0.0.1'),
  TRUONGAN_PUBLIC_URL: z.string().url().optional(),
  TRUONGAN_DEMO_OUTBOX: z.enum(['0', '1']).default('0'),
  TRUONGAN_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  TRUONGAN_LOG: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Where the face models are (default <repo>/.models/faceplugin); read by packages/vision. */
  TRUONGAN_MODELS_DIR: z.string().optional(),
  // Delivery channels: a channel is used only when its settings are present (see docs/notify.md).
  TRUONGAN_ZALO_APP_ID: z.string().optional(),
  TRUONGAN_ZALO_SECRET_KEY: z.string().optional(),
  TRUONGAN_ZALO_REFRESH_TOKEN: z.string().optional(),
  TRUONGAN_ZALO_API_URL: z.string().url().default('https://business.openapi.zalo.me/message/template'),
  TRUONGAN_ZALO_OAUTH_URL: z.string().url().default('https://oauth.zaloapp.com/v4/oa/access_token'),
  // 1: a ZNS message counts as delivered only when the OA webhook reports user_received_message.
  TRUONGAN_ZNS_AWAIT_RECEIPT: z.enum(['0', '1']).default('1'),
  TRUONGAN_ZNS_TEMPLATES: z.string().default('{}').transform((s, ctx) => {
    try { return z.record(z.string(), z.string()).parse(JSON.parse(s)); } catch { ctx.addIssue({ code: 'custom', message: 'JSON object {event: template_id}' }); return z.NEVER; }
  }),
  TRUONGAN_ESMS_API_KEY: z.string().optional(),
  TRUONGAN_ESMS_SECRET_KEY: z.string().optional(),
  TRUONGAN_ESMS_BRANDNAME: z.string().optional(),
  TRUONGAN_ESMS_URL: z.string().url().default('https://rest.esms.vn/MainService.svc/json/SendMultipleMessage_V4_post_json/'),
  TRUONGAN_SMS_UNICODE: z.enum(['0', '1']).default('0'),
  TRUONGAN_SMTP_URL: z.string().startsWith('smtp').optional(),
  TRUONGAN_MAIL_FROM: z.string().default('Trường An <no-reply@localhost>'),
  TRUONGAN_WEBHOOK_URL: z.string().url().optional(),
  TRUONGAN_WEBHOOK_SECRET: z.string().min(16).optional(),
  TRUONGAN_MQTT_URL: z.string().startsWith('mqtt').optional(),
  TRUONGAN_VAPID_SUBJECT: z.string().default('mailto:admin@localhost'),
  TRUONGAN_RECEIPT_TIMEOUT_S: z.coerce.number().int().min(5).max(3600).default(90),
  // How long a worker's claim on a message lasts; a killed worker's messages are taken over after this.
  TRUONGAN_DISPATCH_LEASE_S: z.coerce.number().int().min(3).max(600).default(30),
  TRUONGAN_NATS_STREAM: z.string().regex(/^[A-Z0-9_]+$/).default('TRUONGAN_NOTIFY'),
}).strict();

export interface NotifyConfig {
  zalo: { appId: string; secretKey: string; refreshToken?: string; apiUrl: string; oauthUrl: string } | null;
  znsTemplates: Record<string, string>;
  znsAwaitReceipt: boolean;
  esms: { apiKey: string; secretKey: string; brandname: string; url: string } | null;
  smsUnicode: boolean;
  smtp: { url: string; from: string } | null;
  webhook: { url: string; secret: string } | null;
  mqttUrl: string | null;
  vapidSubject: string;
  receiptTimeoutMs: number;
  natsStream: string;
  leaseMs: number;
}

export interface Config {
  databaseUrl?: string;
  natsUrl?: string;
  dataDir: string;
  port: number;
  host: string;
  publicUrl: string;
  demoOutbox: boolean;
  sessionHours: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  notify: NotifyConfig;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined>, overrides: Partial<Config> = {}): Config {
  const picked: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined || v === '') continue;
    if (k.startsWith('TRUONGAN_') || k === 'DATABASE_URL' || k === 'NATS_URL') picked[k] = v;
  }
  const parsed = EnvSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => i.code === 'unrecognized_keys'
      ? `  unknown variable(s): ${(i as any).keys.join(', ')}`
      : `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ / Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const port = overrides.port ?? e.TRUONGAN_PORT;
  const host = overrides.host ?? e.TRUONGAN_HOST;
  return {
    databaseUrl: e.DATABASE_URL, natsUrl: e.NATS_URL,
    dataDir: path.resolve(overrides.dataDir ?? e.TRUONGAN_DATA),
    port, host, publicUrl: overrides.publicUrl ?? e.TRUONGAN_PUBLIC_URL ?? `http://${host}:${port}`,
    demoOutbox: overrides.demoOutbox ?? e.TRUONGAN_DEMO_OUTBOX === '1',
    sessionHours: e.TRUONGAN_SESSION_HOURS, logLevel: e.TRUONGAN_LOG,
    notify: {
      zalo: e.TRUONGAN_ZALO_APP_ID && e.TRUONGAN_ZALO_SECRET_KEY
        ? { appId: e.TRUONGAN_ZALO_APP_ID, secretKey: e.TRUONGAN_ZALO_SECRET_KEY, refreshToken: e.TRUONGAN_ZALO_REFRESH_TOKEN, apiUrl: e.TRUONGAN_ZALO_API_URL, oauthUrl: e.TRUONGAN_ZALO_OAUTH_URL } : null,
      znsTemplates: e.TRUONGAN_ZNS_TEMPLATES,
      znsAwaitReceipt: e.TRUONGAN_ZNS_AWAIT_RECEIPT === '1',
      esms: e.TRUONGAN_ESMS_API_KEY && e.TRUONGAN_ESMS_SECRET_KEY && e.TRUONGAN_ESMS_BRANDNAME
        ? { apiKey: e.TRUONGAN_ESMS_API_KEY, secretKey: e.TRUONGAN_ESMS_SECRET_KEY, brandname: e.TRUONGAN_ESMS_BRANDNAME, url: e.TRUONGAN_ESMS_URL } : null,
      smsUnicode: e.TRUONGAN_SMS_UNICODE === '1',
      smtp: e.TRUONGAN_SMTP_URL ? { url: e.TRUONGAN_SMTP_URL, from: e.TRUONGAN_MAIL_FROM } : null,
      webhook: e.TRUONGAN_WEBHOOK_URL && e.TRUONGAN_WEBHOOK_SECRET ? { url: e.TRUONGAN_WEBHOOK_URL, secret: e.TRUONGAN_WEBHOOK_SECRET } : null,
      mqttUrl: e.TRUONGAN_MQTT_URL ?? null,
      vapidSubject: e.TRUONGAN_VAPID_SUBJECT,
      receiptTimeoutMs: e.TRUONGAN_RECEIPT_TIMEOUT_S * 1000,
      natsStream: e.TRUONGAN_NATS_STREAM,
      leaseMs: e.TRUONGAN_DISPATCH_LEASE_S * 1000,
      ...overrides.notify,
    },
  };
}
