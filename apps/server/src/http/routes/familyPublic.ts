import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Bulletin, Id, VerifyAnswer, VerifyQuery } from '@truongan/contracts';
import { DomainError, publicBulletins, verifyCaller } from '@truongan/core';
import type { Context } from 'hono';
import type { HttpEnv } from '../env.ts';
import { clientIp } from '../session.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

/** 20 checks a minute per address: a worried parent never hits it; a script enumerating codes or numbers does. */
const PER_MINUTE = 20;
/** Windows per running product (one per process; tests start several), kept in memory: a restart only loosens them. */
const windowsOf = new WeakMap<object, Map<string, { start: number; count: number }>>();
function rateLimit(c: Context<HttpEnv>) {
  const ctx = c.get('ctx');
  const windows = windowsOf.get(ctx) ?? new Map<string, { start: number; count: number }>();
  windowsOf.set(ctx, windows);
  const key = clientIp(c);
  const now = Date.now();
  const w = windows.get(key);
  if (!w || now - w.start >= 60_000) { windows.set(key, { start: now, count: 1 }); if (windows.size > 50_000) windows.clear(); return; }
  if (++w.count > PER_MINUTE) {
    const retryAfterSeconds = Math.ceil((w.start + 60_000 - now) / 1000);
    throw new DomainError('rate_limited', `Kiểm tra quá nhiều lần, thử lại sau ${retryAfterSeconds} giây / Too many checks, try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

/** Scam defence without signing in: "is this caller really the school?" and the schools' current warnings. */
export function familyPublicRoutes(app: OpenAPIHono<HttpEnv>) {
  app.openapi(createRoute({ method: 'post', path: '/api/public/verify', tags: ['public'], summary: 'Is this phone number or code a registered contact of a school? (rate-limited)',
    request: { body: jsonBody(VerifyQuery) }, responses: { 200: json(VerifyAnswer, 'OK'), ...errorResponses } }),
  async (c) => {
    rateLimit(c);
    return c.json(await verifyCaller(c.get('ctx').deps, c.req.valid('json')), 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/public/bulletins', tags: ['public'], summary: "Schools' warnings about current scams, newest first",
    request: { query: z.object({ schoolId: Id.optional() }) }, responses: { 200: json(z.array(Bulletin), 'OK'), ...errorResponses } }),
  async (c) => c.json(await publicBulletins(c.get('ctx').deps, c.req.valid('query')), 200));
}
