import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { AuditAction, AuditEntry, CreateUserBody, Id } from '@truongan/contracts';
import { changeSchoolSetting, createUser, enrolFace, getSchoolSettings, listAudit, DomainError, MAX_PHOTO_BYTES } from '@truongan/core';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

export function adminRoutes(app: OpenAPIHono<HttpEnv>) {
  app.openapi(createRoute({ method: 'get', path: '/api/audit', tags: ['audit'], summary: 'The audit log (a school, or everything for a system admin)',
    request: { query: z.object({ schoolId: Id.optional(), limit: z.coerce.number().int().min(1).max(500).optional(), beforeSeq: z.coerce.number().int().optional(), action: AuditAction.optional() }) },
    responses: { 200: json(z.array(AuditEntry), 'OK'), ...errorResponses } }),
  async (c) => c.json(await listAudit(c.get('ctx').deps, requireActor(c), c.req.valid('query')), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/users', tags: ['users'], summary: 'Create a staff account with one role',
    request: { body: jsonBody(CreateUserBody) }, responses: { 200: json(z.object({ userId: z.string() }), 'OK'), ...errorResponses } }),
  async (c) => c.json(await createUser(c.get('ctx').deps, requireActor(c), c.req.valid('json')), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/settings', tags: ['settings'], summary: 'School settings',
    request: { params: z.object({ schoolId: Id }) }, responses: { 200: json(z.array(z.object({ key: z.string(), value: z.any(), version: z.number(), updatedAt: z.string().nullable() })), 'OK'), ...errorResponses } }),
  async (c) => c.json(await getSchoolSettings(c.get('ctx').deps, requireActor(c), c.req.valid('param').schoolId), 200));

  app.openapi(createRoute({ method: 'put', path: '/api/schools/{schoolId}/settings/{key}', tags: ['settings'], summary: 'Change a school setting (audited)',
    request: { params: z.object({ schoolId: Id, key: z.string().max(80) }), body: jsonBody(z.object({ value: z.any(), expectedVersion: z.number().int().optional() }).strict()) },
    responses: { 200: json(z.object({ key: z.string(), value: z.any(), version: z.number() }), 'OK'), ...errorResponses } }),
  async (c) => c.json(await changeSchoolSetting(c.get('ctx').deps, requireActor(c), { ...c.req.valid('param'), ...c.req.valid('json') }), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/students/{studentId}/faces', tags: ['faces'], summary: 'Enrol a face photo (consent required)',
    request: { params: z.object({ studentId: Id }), body: { content: { 'multipart/form-data': { schema: z.object({ photo: z.any() }) } }, required: true } },
    responses: { 200: json(z.object({ templateId: z.string(), quality: z.number() }), 'OK'), ...errorResponses } }),
  async (c) => {
    const actor = requireActor(c);
    const form = await c.req.parseBody();
    const photo = form.photo;
    if (!(photo instanceof File)) throw new DomainError('invalid_input', 'Thiếu ảnh (trường "photo") / Missing photo field');
    if (photo.size > MAX_PHOTO_BYTES) throw new DomainError('payload_too_large', 'Ảnh quá lớn (tối đa 8 MB) / Photo too large (max 8 MB)');
    const bytes = new Uint8Array(await photo.arrayBuffer());
    const source = actor.studentIds.includes(c.req.valid('param').studentId) ? 'guardian_upload' : 'school_upload';
    return c.json(await enrolFace(c.get('ctx').deps, actor, { studentId: c.req.valid('param').studentId, photo: bytes, source }), 200);
  });

  app.get('/api/dev/outbox', async (c) => {
    // Only in the demo: lets a newcomer read the sign-in codes that would go out by SMS/Zalo.
    if (!c.get('ctx').config.demoOutbox) throw new DomainError('not_found', 'Không có trang này / Not found');
    return c.json(await c.get('ctx').deps.repos.outbox.listRecent(50));
  });
}
