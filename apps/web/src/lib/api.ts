import { ApiError } from './api-error.ts';

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Called when a signed-in request comes back 401 (session expired or signed out elsewhere). */
export function setUnauthenticatedHandler(fn: (() => void) | null) {
  onUnauthenticated = fn;
}

/** Remembered from the sign-in result or /api/me; echoed on every state-changing request. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

async function errorFrom(res: Response): Promise<ApiError> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text);
    if (body && typeof body === 'object' && typeof body.code === 'string') return new ApiError(body, res.status);
  } catch {
    // not JSON: fall through to a generic error with the status only
  }
  return new ApiError({ code: res.status === 404 ? 'not_found' : 'http_error' }, res.status);
}

export async function request(method: string, path: string, body?: unknown | FormData): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError({ code: 'network' }, 0);
  }
  if (!res.ok) {
    const error = await errorFrom(res);
    if (res.status === 401 && !path.startsWith('/api/auth/') && path !== '/api/me') onUnauthenticated?.();
    throw error;
  }
  return res;
}

export const api = {
  get: async <T>(path: string): Promise<T> => (await request('GET', path)).json() as Promise<T>,
  post: async <T>(path: string, body?: unknown): Promise<T> => (await request('POST', path, body ?? {})).json() as Promise<T>,
  put: async <T>(path: string, body: unknown): Promise<T> => (await request('PUT', path, body)).json() as Promise<T>,
  del: async <T>(path: string): Promise<T> => (await request('DELETE', path)).json() as Promise<T>,
  /** Multipart upload (the browser sets the boundary). */
  upload: async <T>(path: string, form: FormData): Promise<T> => (await request('POST', path, form)).json() as Promise<T>,
};

/** Builds a query string, leaving out empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
