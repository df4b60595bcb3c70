import { totpCode } from './sign-in.ts';
import type { DemoAccount } from './product.ts';

/**
 * A minimal API client for ground truth (what a principal sees), so the browser assertions compare
 * against the real data rather than against names copied into the test.
 */
export async function apiSession(baseUrl: string, account: DemoAccount) {
  let cookie = '';
  let csrf = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, ...(csrf ? { 'x-csrf-token': csrf } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const login = await call('POST', '/api/auth/login', { username: account.username, password: account.password });
  csrf = login.me.csrfToken;
  if (login.next === 'totp') await call('POST', '/api/auth/totp', { code: totpCode(account.totpSecret!) });
  return { get: <T>(path: string) => call('GET', path) as Promise<T>, post: <T>(path: string, body: unknown) => call('POST', path, body) as Promise<T> };
}
