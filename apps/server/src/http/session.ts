import { DomainError, loadActor, type Actor } from '@truongan/core';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { IssuedSession } from '@truongan/core';
import type { HttpEnv } from './env.ts';

export const SESSION_COOKIE = 'ta_session';

/** Loads the actor from the session cookie when there is one; routes decide whether they need it. */
export const sessionMiddleware: MiddlewareHandler<HttpEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) {
    const loaded = await loadActor(c.get('ctx').deps, token);
    if (loaded) {
      c.set('actor', loaded.actor);
      c.set('session', loaded.session);
      c.set('user', loaded.user);
      c.set('sessionToken', token);
    }
  }
  await next();
};

/**
 * CSRF: the session cookie is SameSite=Lax, and every state-changing request must also echo the
 * session's CSRF token in a header that a cross-site form cannot set.
 */
export const csrfMiddleware: MiddlewareHandler<HttpEnv> = async (c, next) => {
  const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
  const session = c.get('session');
  // Signing in replaces whatever session the browser had; there the Origin check below is the guard.
  const signIn = /^\/api\/auth\/(login|guardian\/(otp|verify))$/.test(c.req.path);
  const origin = c.req.header('origin');
  if (unsafe && origin && new URL(origin).host !== new URL(c.req.url).host) {
    throw new DomainError('forbidden', 'Yêu cầu từ trang khác bị chặn / Cross-site request refused');
  }
  if (unsafe && session && !signIn && c.req.header('x-csrf-token') !== session.csrfToken) {
    throw new DomainError('forbidden', 'Thiếu mã chống giả mạo yêu cầu (CSRF) / Missing or wrong CSRF token');
  }
  await next();
};

export function requireActor(c: Context<HttpEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw new DomainError('unauthenticated', 'Hãy đăng nhập / Please sign in');
  return actor;
}

export function setSessionCookie(c: Context<HttpEnv>, s: IssuedSession) {
  const secure = c.get('ctx').config.publicUrl.startsWith('https://');
  setCookie(c, SESSION_COOKIE, s.token, { httpOnly: true, sameSite: 'Lax', secure, path: '/', expires: new Date(s.expiresAt) });
}

export const clearSessionCookie = (c: Context<HttpEnv>) => deleteCookie(c, SESSION_COOKIE, { path: '/' });

export const clientIp = (c: Context<HttpEnv>): string => {
  // Behind the school's own reverse proxy the first X-Forwarded-For hop is the client; directly, the socket address.
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
};
