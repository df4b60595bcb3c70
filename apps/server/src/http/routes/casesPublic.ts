import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { FollowUpBody, FollowUpMessageBody, IntakeReceipt, PowChallenge, PublicIntakeBody } from '@truongan/contracts';
import { DEFAULT_POW_BITS, DomainError, issueChallenge, postToThread, readThread, submitPublicReport } from '@truongan/core';
import type { Context } from 'hono';
import type { HttpEnv } from '../env.ts';
import { clientIp } from '../session.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

/** Per-address windows kept in memory: a restart forgets them, which only ever loosens the limit for a minute. */
const windows = new Map<string, { start: number; count: number }>();
function rateLimit(c: Context<HttpEnv>, bucket: string, perMinute: number) {
  const key = `${bucket}:${clientIp(c)}`;
  const now = Date.now();
  const w = windows.get(key);
  if (!w || now - w.start >= 60_000) { windows.set(key, { start: now, count: 1 }); if (windows.size > 50_000) windows.clear(); return; }
  if (++w.count > perMinute) {
    const retryAfterSeconds = Math.ceil((w.start + 60_000 - now) / 1000);
    throw new DomainError('rate_limited', `Gửi quá nhiều, thử lại sau ${retryAfterSeconds} giây / Too many submissions, try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}
/** 10 reports a minute from one address: a class on one school Wi-Fi can still report; a script cannot flood. */
const limits = (c: Context<HttpEnv>) => ({ perMinute: c.get('ctx').intake?.perAddressPerMinute ?? 10, powBits: c.get('ctx').intake?.powBits ?? DEFAULT_POW_BITS });

const PublicSchool = z.object({ id: z.string(), name: z.string(), hotline: z.string().nullable() });
const Thread = z.object({ code: z.string(), status: z.string(), category: z.string(), createdAt: z.string(),
  messages: z.array(z.object({ at: z.string(), from: z.enum(['reporter', 'school']), body: z.string() })) });

/** The public report form and the reporter's anonymous follow-up thread. No sign-in anywhere here. */
export function casePublicRoutes(app: OpenAPIHono<HttpEnv>) {
  app.openapi(createRoute({ method: 'get', path: '/api/public/schools', tags: ['public'], summary: 'Schools the public form can report to, with hotlines',
    responses: { 200: json(z.array(PublicSchool), 'OK'), ...errorResponses } }),
  async (c) => {
    // Every school of the installation: listSchools needs a scope, and the public form's scope is all of them.
    const { org } = c.get('ctx').deps.repos;
    const schools = await org.listSchools({ wardIds: (await org.listAreas()).filter((a) => a.kind === 'ward').map((a) => a.id) });
    return c.json(schools.map((s) => ({ id: s.id, name: s.name, hotline: s.hotline ?? null })), 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/public/intake/challenge', tags: ['public'], summary: 'A proof-of-work challenge for the public form',
    responses: { 200: json(PowChallenge, 'OK'), ...errorResponses } }),
  async (c) => { rateLimit(c, 'challenge', limits(c).perMinute * 6); return c.json(issueChallenge(c.get('ctx').deps, limits(c).powBits), 200); });

  app.openapi(createRoute({ method: 'post', path: '/api/public/cases', tags: ['public'], summary: 'File a report (anonymous allowed); answers a tracking code and passphrase',
    request: { body: jsonBody(PublicIntakeBody) }, responses: { 201: json(IntakeReceipt, 'Filed'), 413: json(z.any(), 'payload_too_large'), ...errorResponses } }),
  async (c) => {
    rateLimit(c, 'intake', limits(c).perMinute);
    const r = await submitPublicReport(c.get('ctx').deps, c.req.valid('json'), { minPowBits: limits(c).powBits });
    return c.json({ code: r.code, passphrase: r.passphrase!, caseId: r.caseId, suggest111: r.suggest111 }, 201);
  });

  app.openapi(createRoute({ method: 'post', path: '/api/public/cases/thread', tags: ['public'], summary: 'Read my report status and the follow-up thread (code + passphrase)',
    request: { body: jsonBody(FollowUpBody) }, responses: { 200: json(Thread, 'OK'), ...errorResponses } }),
  async (c) => c.json(await readThread(c.get('ctx').deps, { ...c.req.valid('json'), ip: clientIp(c) }), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/public/cases/thread/messages', tags: ['public'], summary: 'Write to the school in the anonymous thread',
    request: { body: jsonBody(FollowUpMessageBody) }, responses: { 204: { description: 'Sent' }, ...errorResponses } }),
  async (c) => { await postToThread(c.get('ctx').deps, { ...c.req.valid('json'), ip: clientIp(c) }); return c.body(null, 204); });
}
