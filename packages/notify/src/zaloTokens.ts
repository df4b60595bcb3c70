import fs from 'node:fs';
import path from 'node:path';
import { callProvider, parseJson } from './http.ts';

export interface ZaloTokens { accessToken: string; refreshToken: string; expiresAt: number }
export interface ZaloTokenStore { load(): Promise<ZaloTokens | undefined>; save(t: ZaloTokens): Promise<void> }

/** Tokens in <data>/keys/zalo-tokens.json (0600). A refresh token works once, so it is saved before use of the new access token. */
export function fileTokenStore(dataDir: string, initial?: { refreshToken?: string }): ZaloTokenStore {
  const file = path.join(dataDir, 'keys', 'zalo-tokens.json');
  return {
    async load() {
      if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as ZaloTokens;
      return initial?.refreshToken ? { accessToken: '', refreshToken: initial.refreshToken, expiresAt: 0 } : undefined;
    },
    async save(t) {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      fs.writeFileSync(`${file}.tmp`, JSON.stringify(t), { mode: 0o600 });
      fs.renameSync(`${file}.tmp`, file);
    },
  };
}

export const memoryTokenStore = (t?: ZaloTokens): ZaloTokenStore => {
  let cur = t;
  return { load: async () => cur, save: async (n) => { cur = n; } };
};

/**
 * Keeps a valid OA access token. Zalo (developers.zalo.me, "Lấy access token từ refresh token"):
 *   POST https://oauth.zaloapp.com/v4/oa/access_token, header `secret_key: <app secret>`,
 *   form `refresh_token=…&app_id=…&grant_type=refresh_token`
 *   → 200 {"access_token":"…","refresh_token":"…","expires_in":"90000"}  (access token ~25 h, refresh token 3 months, single use)
 *   → on error {"error": <negative code>, "error_name": "…", "error_description": "…"}.
 * One refresh in flight per process; when it fails (another process used the refresh token first), the
 * store is re-read once, because that process has saved the new pair.
 */
export class ZaloTokenKeeper {
  private inflight: Promise<string> | null = null;
  constructor(private readonly opts: { oauthUrl: string; appId: string; secretKey: string; store: ZaloTokenStore; timeoutMs: number }) {}

  async current(): Promise<string> {
    const t = await this.opts.store.load();
    if (t?.accessToken && t.expiresAt > Date.now() + 60_000) return t.accessToken;
    return this.refresh(t?.accessToken ?? '');
  }

  /** `stale` is the token Zalo just refused; if the store already holds a different one, use that. */
  refresh(stale: string): Promise<string> {
    this.inflight ??= this.doRefresh(stale).finally(() => { this.inflight = null; });
    return this.inflight;
  }

  private async doRefresh(stale: string): Promise<string> {
    const before = await this.opts.store.load();
    if (before?.accessToken && before.accessToken !== stale && before.expiresAt > Date.now()) return before.accessToken;
    if (!before?.refreshToken) throw new Error('zalo: no refresh token configured');
    const res = await callProvider(this.opts.oauthUrl, {
      method: 'POST', headers: { secret_key: this.opts.secretKey, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ refresh_token: before.refreshToken, app_id: this.opts.appId, grant_type: 'refresh_token' }).toString(),
    }, this.opts.timeoutMs);
    const body = res.ok ? parseJson(res.text) as { access_token?: string; refresh_token?: string; expires_in?: string | number; error?: number; error_name?: string } | undefined : undefined;
    if (!body?.access_token || !body.refresh_token) {
      const again = await this.opts.store.load();
      if (again && again.refreshToken !== before.refreshToken && again.accessToken) return again.accessToken;
      throw new Error(`zalo token refresh failed: ${res.ok ? `${res.status} ${body?.error ?? ''} ${body?.error_name ?? res.text.slice(0, 80)}` : res.reason}`);
    }
    const next = { accessToken: body.access_token, refreshToken: body.refresh_token, expiresAt: Date.now() + Number(body.expires_in ?? 3600) * 1000 };
    await this.opts.store.save(next);
    return next.accessToken;
  }
}
