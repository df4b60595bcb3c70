/**
 * One HTTP call to a provider with a hard deadline, and the distinction that matters for "never twice":
 * whether the request could have reached the provider. A refused connection or a DNS failure never left
 * this machine (safe to retry anywhere); a timeout or a reset after sending may have been acted upon.
 */
export type HttpResult =
  | { ok: true; status: number; text: string; headers: Headers }
  | { ok: false; reached: boolean; reason: string };

const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

export async function callProvider(url: string, init: RequestInit, timeoutMs: number): Promise<HttpResult> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    return { ok: true, status: res.status, text, headers: res.headers };
  } catch (e: any) {
    const code = e?.cause?.code ?? e?.code;
    if (code && NOT_SENT.has(code)) return { ok: false, reached: false, reason: `${code}` };
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return { ok: false, reached: true, reason: `timeout after ${timeoutMs} ms` };
    return { ok: false, reached: true, reason: `${code ?? e?.name ?? 'error'}: ${e?.message ?? e}` };
  }
}

export function parseJson(text: string): unknown {
  try { return JSON.parse(text); } catch { return undefined; }
}

/** Retry-After in seconds or an HTTP date, as milliseconds. */
export function retryAfterMs(h: Headers): number | undefined {
  const v = h.get('retry-after');
  if (!v) return undefined;
  const s = Number(v);
  if (Number.isFinite(s)) return s * 1000;
  const d = Date.parse(v);
  return Number.isFinite(d) ? Math.max(0, d - Date.now()) : undefined;
}
