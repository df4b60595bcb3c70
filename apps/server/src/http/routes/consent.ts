import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { AssentRecord, ConsentRecord, DecideConsentBody, Id, RecordAssentBody } from '@truongan/contracts';
import { consentStatus, decideConsent, recordAssent, studentConsent } from '@truongan/core';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

export function consentRoutes(app: OpenAPIHono<HttpEnv>) {
  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/consent', tags: ['consent'], summary: 'Consent status of a school or class (who has not answered)',
    request: { params: z.object({ schoolId: Id }), query: z.object({ classId: Id.optional() }) }, responses: { 200: json(z.any(), 'OK'), ...errorResponses } }),
  async (c) => c.json(await consentStatus(c.get('ctx').deps, requireActor(c), { schoolId: c.req.valid('param').schoolId, classId: c.req.valid('query').classId }), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/students/{studentId}/consent', tags: ['consent'], summary: "A child's consent, history and the texts to read",
    request: { params: z.object({ studentId: Id }) }, responses: { 200: json(z.any(), 'OK'), ...errorResponses } }),
  async (c) => c.json(await studentConsent(c.get('ctx').deps, requireActor(c), { studentId: c.req.valid('param').studentId }), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/consent', tags: ['consent'], summary: 'Guardian grants or withdraws consent',
    request: { body: jsonBody(DecideConsentBody) }, responses: { 200: json(ConsentRecord, 'OK'), ...errorResponses } }),
  async (c) => c.json(await decideConsent(c.get('ctx').deps, requireActor(c), { ...c.req.valid('json'), channel: 'app' }), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/assent', tags: ['consent'], summary: "Record the child's own assent (age 7+)",
    request: { body: jsonBody(RecordAssentBody) }, responses: { 200: json(AssentRecord, 'OK'), ...errorResponses } }),
  async (c) => c.json(await recordAssent(c.get('ctx').deps, requireActor(c), c.req.valid('json')), 200));
}
