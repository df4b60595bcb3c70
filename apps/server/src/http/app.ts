import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { Context as AppContext } from '../compose.ts';
import type { HttpEnv } from './env.ts';
import { onError, validationHook } from './errors.ts';
import { adminRoutes } from './routes/admin.ts';
import { caseRoutes } from './routes/cases.ts';
import { casePublicRoutes } from './routes/casesPublic.ts';
import { caseStatsRoutes } from './routes/casesStats.ts';
import { authRoutes } from './routes/auth.ts';
import { consentRoutes } from './routes/consent.ts';
import { gateRoutes } from './routes/gate.ts';
import { guidedCaptureRoutes } from './routes/guidedCapture.ts';
import { alertRoutes } from './routes/alerts.ts';
import { alertPoliceRoutes } from './routes/alertsPolice.ts';
import { notifyRoutes } from './routes/notify.ts';
import { preventionRoutes } from './routes/prevention.ts';
import { familyRoutes } from './routes/family.ts';
import { familyDevRoutes } from './routes/familyDev.ts';
import { familyPublicRoutes } from './routes/familyPublic.ts';
import { preventionCounsellingRoutes } from './routes/preventionCounselling.ts';
import { visitorRoutes } from './routes/visitors.ts';
import { visitorWatchlistRoutes } from './routes/visitorsWatchlist.ts';
import { rosterRoutes } from './routes/roster.ts';
import { schoolRoutes } from './routes/school.ts';
import { csrfMiddleware, sessionMiddleware } from './session.ts';
import { serveWeb } from './static.ts';
import { DomainError } from '@truongan/core';

const tooLarge = () => { throw new DomainError('payload_too_large', 'Dữ liệu gửi lên quá lớn / Request body too large'); };

/** The HTTP role: JSON API under /api, the OpenAPI document, health, and the built web app. */
export function createHttpApp(ctx: AppContext, extra: Array<(app: OpenAPIHono<HttpEnv>) => void> = []) {
  const app = new OpenAPIHono<HttpEnv>({ defaultHook: validationHook as any });
  app.onError(onError);
  app.notFound((c) => c.json({ code: 'not_found', message: 'Không có đường dẫn này / No such route', requestId: c.get('requestId') ?? '' }, 404));
  app.use('*', requestId());
  app.use('*', async (c, next) => { c.set('ctx', ctx); await next(); });
  app.use('*', secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:', 'blob:'], styleSrc: ["'self'", "'unsafe-inline'"], connectSrc: ["'self'"], mediaSrc: ["'self'", 'blob:'] },
  }));
  // Uploads (photos, roster files) may be a few MB; every other body is small JSON.
  app.use('/api/*', async (c, next) => {
    const upload = /\/(faces|roster|activities)$/.test(c.req.path) || c.req.path === '/api/public/cases' || c.req.path === '/api/cases/report' || /^\/api\/cases\/[^/]+\/attachments$/.test(c.req.path);
    return bodyLimit({ maxSize: upload ? 10 * 1024 * 1024 : 256 * 1024, onError: tooLarge })(c, next);
  });
  app.use('/api/*', sessionMiddleware);
  app.use('/api/*', csrfMiddleware);

  app.get('/healthz', async (c) => {
    const started = performance.now();
    await ctx.deps.repos.org.listAreas();
    return c.json({ ok: true, database: ctx.database.dialect, dbMs: Math.round(performance.now() - started) });
  });
  authRoutes(app);
  schoolRoutes(app);
  consentRoutes(app);
  adminRoutes(app);
  gateRoutes(app);
  guidedCaptureRoutes(app); // issue 3: guided enrolment at the gate camera
  alertRoutes(app); alertPoliceRoutes(app);
  rosterRoutes(app);
  casePublicRoutes(app); caseRoutes(app); caseStatsRoutes(app);
  notifyRoutes(app);
  preventionRoutes(app); preventionCounsellingRoutes(app);
  visitorRoutes(app); visitorWatchlistRoutes(app);
  familyRoutes(app); familyPublicRoutes(app); familyDevRoutes(app);
  for (const add of extra) add(app);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Trường An API', version: '0.1.0', description: 'School safety system. Errors: {code, message, requestId}. Mutating requests need the x-csrf-token header from /api/me.' },
  });
  app.all('/api/*', (c) => c.json({ code: 'not_found', message: 'Không có đường dẫn này / No such route', requestId: c.get('requestId') ?? '' }, 404));
  serveWeb(app);
  return app;
}
