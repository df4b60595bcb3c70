import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Badge, CccdPreview, CheckInResult, Host, Id, Visit, VisitCheckIn, VisitLogQuery, VisitRegistration } from '@truongan/contracts';
import {
  checkInVisit, checkOutVisit, getVisit, myHostedVisits, parseCccdQr, readVisitPhoto, registerVisit, requireAccess, searchVisitLog, settleHeldVisit,
  visitHosts, visitorsToday,
} from '@truongan/core';
import QRCode from 'qrcode';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';
import { liveStream } from '../sse.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';
import { visitLogWorkbook } from './visitorsLogWorkbook.ts';

const S = z.object({ schoolId: Id });
const V = z.object({ visitId: Id });
const tags = ['visitors'];
const file = (type: string) => ({ content: { [type]: { schema: z.string() } }, description: type });

/** What the badge QR holds: enough for a second guard to check a badge against the log, nothing about the ID card. */
export const badgePayload = (v: Visit) => `TRUONGAN-VISIT|${v.id}|${v.fullName}|${v.hostName ?? ''}|${v.validUntil ?? ''}`;

/** Visits (issue 5): pre-registration, check-in with the CCCD QR, badge, check-out, the log and its export. */
export function visitorRoutes(app: OpenAPIHono<HttpEnv>) {
  const deps = (c: { get(k: 'ctx'): HttpEnv['Variables']['ctx'] }) => c.get('ctx').deps;

  app.openapi(createRoute({ method: 'post', path: '/api/schools/{schoolId}/visits', tags, summary: 'A staff host pre-registers a visitor',
    request: { params: S, body: jsonBody(VisitRegistration) }, responses: { 201: json(Visit, 'Registered'), ...errorResponses } }),
  async (c) => c.json(await registerVisit(deps(c), requireActor(c), { schoolId: c.req.valid('param').schoolId, visit: c.req.valid('json') }), 201));

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/visits/today', tags, summary: "The guard's desk: expected today, inside, held",
    request: { params: S }, responses: { 200: json(z.array(Visit), 'OK'), ...errorResponses } }),
  async (c) => c.json(await visitorsToday(deps(c), requireActor(c), c.req.valid('param').schoolId), 200));

  // Live desk: the whole list again (coalesced) whenever a visit of the school changes, e.g. a teacher pre-registers one.
  app.get('/api/schools/:schoolId/visits/stream', async (c) => {
    const actor = requireActor(c);
    const schoolId = c.req.param('schoolId');
    await requireAccess(deps(c).repos.locator, actor, 'gate.operate', [{ kind: 'school', id: schoolId }]);
    return liveStream(c, deps(c).live, `school:${schoolId}:visitors`, () => visitorsToday(deps(c), actor, schoolId));
  });

  // The host's in-app notice, live: their visitors again whenever one of them arrives.
  app.get('/api/schools/:schoolId/visits/mine/stream', async (c) => {
    const actor = requireActor(c);
    const schoolId = c.req.param('schoolId');
    await myHostedVisits(deps(c), actor, schoolId);
    return liveStream(c, deps(c).live, `user:${actor.userId}:visits`, () => myHostedVisits(deps(c), actor, schoolId));
  });

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/visits/hosts', tags, summary: 'Staff who may host a visitor',
    request: { params: S }, responses: { 200: json(z.array(Host), 'OK'), ...errorResponses } }),
  async (c) => c.json(await visitHosts(deps(c), requireActor(c), c.req.valid('param').schoolId), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/visits/mine', tags, summary: 'Visits I host, from today on (the host’s in-app notice)',
    request: { params: S }, responses: { 200: json(z.array(Visit), 'OK'), ...errorResponses } }),
  async (c) => c.json(await myHostedVisits(deps(c), requireActor(c), c.req.valid('param').schoolId), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/schools/{schoolId}/visits/cccd', tags, summary: 'Read a CCCD QR without storing anything (preview before check-in)',
    request: { params: S, body: jsonBody(z.object({ qr: z.string().min(1).max(400) }).strict()) }, responses: { 200: json(CccdPreview, 'OK'), ...errorResponses } }),
  async (c) => {
    await requireAccess(deps(c).repos.locator, requireActor(c), 'gate.operate', [{ kind: 'school', id: c.req.valid('param').schoolId }]);
    const r = parseCccdQr(c.req.valid('json').qr, deps(c).clock.now().toISOString().slice(0, 10));
    return c.json({ fullName: r.fullName, idLast4: r.idLast4, cardKind: r.cardKind, birthDate: r.birthDate, sex: r.sex }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/api/schools/{schoolId}/visits/check-in', tags, summary: 'Check a visitor in (CCCD QR or typed); a watchlist match holds it',
    request: { params: S, body: jsonBody(VisitCheckIn) }, responses: { 200: json(CheckInResult, 'Checked in or held'), ...errorResponses } }),
  async (c) => c.json(await checkInVisit(deps(c), requireActor(c), { schoolId: c.req.valid('param').schoolId, checkIn: c.req.valid('json') }), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/visits/{visitId}/check-out', tags, summary: 'Check a visitor out (the face embedding is deleted)',
    request: { params: V }, responses: { 200: json(Visit, 'OK'), ...errorResponses } }),
  async (c) => c.json(await checkOutVisit(deps(c), requireActor(c), c.req.valid('param').visitId), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/visits/{visitId}/settle', tags, summary: 'A school admin settles a check-in held by the watchlist',
    request: { params: V, body: jsonBody(z.object({ admit: z.boolean(), note: z.string().max(300).optional() }).strict()) }, responses: { 200: json(Visit, 'OK'), ...errorResponses } }),
  async (c) => c.json(await settleHeldVisit(deps(c), requireActor(c), { visitId: c.req.valid('param').visitId, ...c.req.valid('json') }), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/visits/{visitId}/badge', tags, summary: 'Badge data with its QR (SVG) for the print page',
    request: { params: V }, responses: { 200: json(Badge, 'OK'), ...errorResponses } }),
  async (c) => {
    const { visit, schoolName } = await getVisit(deps(c), requireActor(c), c.req.valid('param').visitId);
    const qrSvg = await QRCode.toString(badgePayload(visit), { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
    return c.json({ visit, schoolName, qrSvg }, 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/visits/{visitId}/photo', tags, summary: 'The check-in photo (audited read)',
    request: { params: V }, responses: { 200: file('image/jpeg'), ...errorResponses } }),
  async (c) => {
    const p = await readVisitPhoto(deps(c), requireActor(c), c.req.valid('param').visitId);
    return c.body(new Uint8Array(p.data), 200, { 'content-type': p.type, 'cache-control': 'private, no-store' });
  });

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/visits', tags, summary: 'The visitor log: search by name, local date range, host',
    request: { params: S, query: VisitLogQuery }, responses: { 200: json(z.array(Visit), 'OK'), ...errorResponses } }),
  async (c) => c.json(await searchVisitLog(deps(c), requireActor(c), c.req.valid('param').schoolId, c.req.valid('query')), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/visits.xlsx', tags, summary: 'The same search as an Excel file (audited export)',
    request: { params: S, query: VisitLogQuery }, responses: { 200: file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), ...errorResponses } }),
  async (c) => {
    const schoolId = c.req.valid('param').schoolId;
    const rows = await searchVisitLog(deps(c), requireActor(c), schoolId, c.req.valid('query'), { export: true });
    return c.body(new Uint8Array(await visitLogWorkbook(rows)), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="so-khach-${schoolId}.xlsx"`, 'cache-control': 'no-store',
    });
  });
}
