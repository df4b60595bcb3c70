import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  confirmTotpEnrolment, normalisePhone, requestGuardianOtp, signInStaff, signOut, startTotpEnrolment,
  verifyGuardianOtp, verifyTotp, DomainError,
} from '@truongan/core';
import { GuardianOtpRequestBody, GuardianOtpVerifyBody, LoginResult, Me, StaffLoginBody, TotpBody, TotpEnrolment } from '@truongan/contracts';
import type { Context } from 'hono';
import type { HttpEnv } from '../env.ts';
import { clearSessionCookie, clientIp, requireActor, setSessionCookie } from '../session.ts';
import { describeMe } from './me.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

const post = <B extends z.ZodType, O extends z.ZodType>(path: string, body: B, out: O, summary: string) => createRoute({
  method: 'post', path, tags: ['auth'], summary, request: { body: jsonBody(body) }, responses: { 200: json(out, 'OK'), ...errorResponses },
});
const postEmpty = <O extends z.ZodType>(path: string, out: O, summary: string) => createRoute({
  method: 'post', path, tags: ['auth'], summary, responses: { 200: json(out, 'OK'), ...errorResponses },
});

async function meAfterLogin(c: Context<HttpEnv>, sessionId: string, userId: string) {
  const deps = c.get('ctx').deps;
  const [session, user, grants] = await Promise.all([deps.repos.users.getSession(sessionId), deps.repos.users.getUser(userId), deps.repos.users.grantsOf(userId)]);
  return describeMe(deps, user!, grants, session!);
}

export function authRoutes(app: OpenAPIHono<HttpEnv>) {
  app.openapi(post('/api/auth/login', StaffLoginBody, LoginResult, 'Staff sign-in with user name and password'), async (c) => {
    const deps = c.get('ctx').deps;
    const r = await signInStaff(deps, { ...c.req.valid('json'), ip: clientIp(c) });
    setSessionCookie(c, r.session);
    return c.json({ next: r.next, me: await meAfterLogin(c, r.session.sessionId, r.userId) }, 200);
  });

  app.openapi(post('/api/auth/totp', TotpBody, z.object({ ok: z.boolean() }), 'Second factor: TOTP code'), async (c) => {
    const session = c.get('session');
    if (!session) throw new DomainError('unauthenticated', 'Hãy đăng nhập / Please sign in');
    await verifyTotp(c.get('ctx').deps, { sessionId: session.id, code: c.req.valid('json').code });
    return c.json({ ok: true }, 200);
  });

  app.openapi(postEmpty('/api/auth/totp/enrol', TotpEnrolment, 'Start setting up an authenticator app'), async (c) => {
    const session = c.get('session');
    if (!session) throw new DomainError('unauthenticated', 'Hãy đăng nhập / Please sign in');
    return c.json(await startTotpEnrolment(c.get('ctx').deps, { sessionId: session.id }), 200);
  });

  app.openapi(post('/api/auth/totp/enrol/confirm', TotpBody, z.object({ ok: z.boolean() }), 'Confirm the authenticator app with a first code'), async (c) => {
    const session = c.get('session');
    if (!session) throw new DomainError('unauthenticated', 'Hãy đăng nhập / Please sign in');
    await confirmTotpEnrolment(c.get('ctx').deps, { sessionId: session.id, code: c.req.valid('json').code });
    return c.json({ ok: true }, 200);
  });

  app.openapi(post('/api/auth/guardian/otp', GuardianOtpRequestBody, z.object({ sent: z.boolean(), phone: z.string() }), 'Guardian: send a sign-in code to this phone'), async (c) => {
    const { phone } = c.req.valid('json');
    await requestGuardianOtp(c.get('ctx').deps, { phone, ip: clientIp(c) });
    return c.json({ sent: true, phone: normalisePhone(phone) ?? phone }, 200);
  });

  app.openapi(post('/api/auth/guardian/verify', GuardianOtpVerifyBody, LoginResult, 'Guardian: sign in with the code'), async (c) => {
    const r = await verifyGuardianOtp(c.get('ctx').deps, { ...c.req.valid('json'), ip: clientIp(c) });
    setSessionCookie(c, r.session);
    return c.json({ next: 'done' as const, me: await meAfterLogin(c, r.session.sessionId, r.userId) }, 200);
  });

  app.openapi(postEmpty('/api/auth/logout', z.object({ ok: z.boolean() }), 'Sign out'), async (c) => {
    const token = c.get('sessionToken');
    if (token) await signOut(c.get('ctx').deps, token);
    clearSessionCookie(c);
    return c.json({ ok: true }, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/me', tags: ['auth'], summary: 'Who am I', responses: { 200: json(Me, 'OK') } }), async (c) => {
    requireActor(c);
    const deps = c.get('ctx').deps;
    const user = c.get('user')!;
    return c.json(await describeMe(deps, user, await deps.repos.users.grantsOf(user.id), c.get('session')!), 200);
  });
}

