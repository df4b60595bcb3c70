import { type Config, ConfigError, loadConfig } from '../config.ts';
import { type Context, openContext } from '../compose.ts';

export interface CommonOptions { data?: string; port?: string; host?: string; demoOutbox?: boolean }

/** Reads the environment once and applies command-line overrides; a bad environment stops here with every problem listed. */
export function configFrom(opts: CommonOptions): Config {
  try {
    return loadConfig(process.env, {
      ...(opts.data ? { dataDir: opts.data } : {}),
      ...(opts.port ? { port: Number(opts.port) } : {}),
      ...(opts.host ? { host: opts.host } : {}),
      ...(opts.demoOutbox ? { demoOutbox: true } : {}),
    });
  } catch (e) {
    if (e instanceof ConfigError) { console.error(e.message); process.exit(2); }
    throw e;
  }
}

export async function withContext<T>(opts: CommonOptions, fn: (ctx: Context) => Promise<T>): Promise<T> {
  const ctx = await openContext(configFrom(opts));
  try { return await fn(ctx); } finally { await ctx.close(); }
}

export const openCliContext = async (opts: { data?: string }) => openContext(configFrom(opts));
