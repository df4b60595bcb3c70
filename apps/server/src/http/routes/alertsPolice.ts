import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Id, PolicePacket, PoliceReportBody } from '@truongan/contracts';
import { acknowledgePacket, getPolicePacket, listPolicePackets, policeTopic, reportBackOnPacket, requireAccess, scopesWith } from '@truongan/core';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';
import { liveStream } from '../sse.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

const PacketParam = z.object({ escalationId: Id });

/** The ward police portal: packets of confirmed alerts from the schools of their ward; acknowledge and report back. */
export function alertPoliceRoutes(app: OpenAPIHono<HttpEnv>) {
  app.openapi(createRoute({ method: 'get', path: '/api/police/alerts', tags: ['alerts'], summary: 'Packets escalated to the wards the officer serves',
    responses: { 200: json(z.array(PolicePacket), 'OK'), ...errorResponses } }),
  async (c) => c.json(await listPolicePackets(c.get('ctx').deps, requireActor(c)), 200));

  app.get('/api/police/alerts/stream', async (c) => {
    const actor = requireActor(c);
    const deps = c.get('ctx').deps;
    await requireAccess(deps.repos.locator, actor, 'alert.police', []);
    const ward = scopesWith(actor, 'alert.police').find((g) => g.scopeKind === 'ward');
    return liveStream(c, deps.live, policeTopic(ward?.scopeId ?? '-'), () => listPolicePackets(deps, actor));
  });

  app.openapi(createRoute({ method: 'get', path: '/api/police/alerts/{escalationId}', tags: ['alerts'], summary: 'One packet (audited read)',
    request: { params: PacketParam }, responses: { 200: json(PolicePacket, 'OK'), ...errorResponses } }),
  async (c) => c.json(await getPolicePacket(c.get('ctx').deps, requireActor(c), c.req.valid('param').escalationId), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/police/alerts/{escalationId}/acknowledge', tags: ['alerts'], summary: 'The ward police received the packet',
    request: { params: PacketParam, body: jsonBody(z.object({}).strict()) }, responses: { 200: json(PolicePacket, 'OK'), ...errorResponses } }),
  async (c) => c.json(await acknowledgePacket(c.get('ctx').deps, requireActor(c), c.req.valid('param').escalationId), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/police/alerts/{escalationId}/report', tags: ['alerts'], summary: 'The ward police report back to the school',
    request: { params: PacketParam, body: jsonBody(PoliceReportBody) }, responses: { 200: json(PolicePacket, 'OK'), ...errorResponses } }),
  async (c) => c.json(await reportBackOnPacket(c.get('ctx').deps, requireActor(c), c.req.valid('param').escalationId, c.req.valid('json')), 200));
}
