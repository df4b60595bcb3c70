import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Alert, AlertActionBody, CameraZone, EscalateBody, FalseAlarmBody, Id, StrangerSettings } from '@truongan/contracts';
import {
  acknowledgeAlert, confirmAlert, escalateAlert, getAlert, getStrangerSettings, listAlerts, listCameraZones, markFalseAlarm, putStrangerSettings, readAlertMedia, requireAccess, setCameraZone,
} from '@truongan/core';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';
import { liveStream } from '../sse.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

const SchoolParam = z.object({ schoolId: Id });
const AlertParam = z.object({ alertId: Id });

/** The guard's alert queue (issue 5): list, live stream, the four actions, media, and the school's stranger rules. */
export function alertRoutes(app: OpenAPIHono<HttpEnv>) {
  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/alerts', tags: ['alerts'], summary: 'Alert queue of a school, newest first',
    request: { params: SchoolParam, query: z.object({ all: z.enum(['0', '1']).optional(), limit: z.coerce.number().int().min(1).max(200).optional() }) },
    responses: { 200: json(z.array(Alert), 'OK'), ...errorResponses } }),
  async (c) => {
    const q = c.req.valid('query');
    return c.json(await listAlerts(c.get('ctx').deps, requireActor(c), { schoolId: c.req.valid('param').schoolId, all: q.all === '1', limit: q.limit }), 200);
  });

  // Live queue: the whole queue again (coalesced over 250 ms) whenever an alert is raised or changes.
  app.get('/api/schools/:schoolId/alerts/stream', async (c) => {
    const actor = requireActor(c);
    const deps = c.get('ctx').deps;
    const schoolId = c.req.param('schoolId');
    await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'school', id: schoolId }]);
    return liveStream(c, deps.live, `school:${schoolId}:alerts`, () => listAlerts(deps, actor, { schoolId }));
  });

  app.openapi(createRoute({ method: 'get', path: '/api/alerts/{alertId}', tags: ['alerts'], summary: 'One alert', request: { params: AlertParam },
    responses: { 200: json(Alert, 'OK'), ...errorResponses } }),
  async (c) => c.json(await getAlert(c.get('ctx').deps, requireActor(c), c.req.valid('param').alertId), 200));

  const action = <B extends z.ZodType>(path: string, summary: string, body: B) =>
    createRoute({ method: 'post', path: `/api/alerts/{alertId}/${path}`, tags: ['alerts'], summary, request: { params: AlertParam, body: jsonBody(body) },
      responses: { 200: json(Alert, 'OK'), ...errorResponses } });
  app.openapi(action('acknowledge', 'The guard has seen the alert', AlertActionBody),
    async (c) => c.json(await acknowledgeAlert(c.get('ctx').deps, requireActor(c), c.req.valid('param').alertId, c.req.valid('json')), 200));
  app.openapi(action('false-alarm', 'Not a stranger: feedback stops future alerts for this face or notes the camera conditions', FalseAlarmBody),
    async (c) => c.json(await markFalseAlarm(c.get('ctx').deps, requireActor(c), c.req.valid('param').alertId, c.req.valid('json')), 200));
  app.openapi(action('confirm', 'A person confirms the alert is real (required before escalation)', AlertActionBody),
    async (c) => c.json(await confirmAlert(c.get('ctx').deps, requireActor(c), c.req.valid('param').alertId, c.req.valid('json')), 200));
  app.openapi(action('escalate', 'Send a confirmed alert to the ward police', EscalateBody),
    async (c) => c.json(await escalateAlert(c.get('ctx').deps, requireActor(c), c.req.valid('param').alertId, c.req.valid('json')), 200));

  app.get('/api/alerts/:alertId/snapshots/:mediaId', async (c) => {
    const m = await readAlertMedia(c.get('ctx').deps, requireActor(c), { alertId: c.req.param('alertId'), kind: 'snapshot', mediaId: c.req.param('mediaId') });
    c.header('Cache-Control', 'private, no-store');
    return c.body(m.data as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': m.type });
  });
  app.get('/api/alerts/:alertId/clips/:mediaId', async (c) => {
    const m = await readAlertMedia(c.get('ctx').deps, requireActor(c), { alertId: c.req.param('alertId'), kind: 'clip', mediaId: c.req.param('mediaId') });
    c.header('Cache-Control', 'private, no-store');
    return c.body(m.data as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': m.type });
  });

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/stranger-rules', tags: ['alerts'], summary: 'Stranger rules of a school (defaults when unset)',
    request: { params: SchoolParam }, responses: { 200: json(z.object({ value: StrangerSettings, version: z.number() }), 'OK'), ...errorResponses } }),
  async (c) => c.json(await getStrangerSettings(c.get('ctx').deps, requireActor(c), c.req.valid('param').schoolId), 200));
  app.openapi(createRoute({ method: 'put', path: '/api/schools/{schoolId}/stranger-rules', tags: ['alerts'], summary: 'Change the stranger rules (audited)',
    request: { params: SchoolParam, body: jsonBody(StrangerSettings) }, responses: { 200: json(z.object({ value: StrangerSettings, version: z.number() }), 'OK'), ...errorResponses } }),
  async (c) => c.json(await putStrangerSettings(c.get('ctx').deps, requireActor(c), { schoolId: c.req.valid('param').schoolId, value: c.req.valid('json') }), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/camera-zones', tags: ['alerts'], summary: 'Cameras with the zone that applies to each',
    request: { params: SchoolParam }, responses: { 200: json(z.array(z.object({ cameraId: Id, name: z.string(), role: z.string(), zone: CameraZone, zoneSet: z.boolean() })), 'OK'), ...errorResponses } }),
  async (c) => c.json(await listCameraZones(c.get('ctx').deps, requireActor(c), c.req.valid('param').schoolId), 200));

  app.openapi(createRoute({ method: 'put', path: '/api/schools/{schoolId}/cameras/{cameraId}/zone', tags: ['alerts'], summary: 'Where a camera looks (decides its stranger rules)',
    request: { params: SchoolParam.extend({ cameraId: Id }), body: jsonBody(z.object({ zone: CameraZone }).strict()) }, responses: { 200: json(z.object({ zone: CameraZone }), 'OK'), ...errorResponses } }),
  async (c) => {
    const deps = c.get('ctx').deps;
    const { schoolId, cameraId } = c.req.valid('param');
    return c.json(await setCameraZone(deps, requireActor(c), { schoolId, cameraId, zone: c.req.valid('json').zone }), 200);
  });
}
