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
}).strict();

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
  };
}
