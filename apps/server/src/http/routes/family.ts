import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Bulletin, BulletinInput, FamilyThread, FamilyThreadSummary, Id, IsoDate, LedgerEntry, NewFamilyMessage, NewFamilyThread, SchoolContact,
  SchoolContactInput, SnapshotLinkView, StudentTimeline } from '@truongan/contracts';
import {
  addSchoolContact, familyLedger, listFamilyThreads, listSchoolContacts, openFamilyThread, openSnapshotLink, postFamilyMessage, publicBulletins,
  publishBulletin, removeBulletin, removeSchoolContact, requireAccess, startFamilyThread, studentTimeline,
} from '@truongan/core';
import { hmacLinkSigner } from '@truongan/notify';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

const Ok = z.object({ ok: z.boolean() });
const SchoolParam = z.object({ schoolId: Id });

/** The guardian app and the school–family channel: timelines, threads, ledger, snapshot links, the school's scam-defence registry. */
export function familyRoutes(app: OpenAPIHono<HttpEnv>) {
  app.openapi(createRoute({ method: 'get', path: '/api/students/{studentId}/timeline', tags: ['family'], summary: "A child's days: entries, exits with snapshots, late and absent marks",
    request: { params: z.object({ studentId: Id }), query: z.object({ from: IsoDate.optional(), to: IsoDate.optional() }) },
    responses: { 200: json(StudentTimeline, 'OK'), ...errorResponses } }),
  async (c) => c.json(await studentTimeline(c.get('ctx').deps, requireActor(c), { studentId: c.req.valid('param').studentId, ...c.req.valid('query') }), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/family/threads', tags: ['family'], summary: "A guardian's conversations, or every thread of the staff member's classes/school",
    responses: { 200: json(z.array(FamilyThreadSummary), 'OK'), ...errorResponses } }),
  async (c) => c.json(await listFamilyThreads(c.get('ctx').deps, requireActor(c)), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/family/threads', tags: ['family'], summary: 'Message one guardian, a class or the whole school (notified through the outbox)',
    request: { body: jsonBody(NewFamilyThread) },
    responses: { 201: json(z.object({ threadId: z.string(), messageId: z.string(), recipients: z.number(), verifyCode: z.string() }), 'Created'), ...errorResponses } }),
  async (c) => c.json(await startFamilyThread(c.get('ctx').deps, requireActor(c), c.req.valid('json')), 201));

  app.openapi(createRoute({ method: 'get', path: '/api/family/threads/{threadId}', tags: ['family'], summary: 'One thread; guardians see their own family only, staff see read receipts',
    request: { params: z.object({ threadId: Id }) }, responses: { 200: json(FamilyThread, 'OK'), ...errorResponses } }),
  async (c) => c.json(await openFamilyThread(c.get('ctx').deps, requireActor(c), c.req.valid('param').threadId), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/family/threads/{threadId}/messages', tags: ['family'], summary: 'Reply (guardian) or write again (staff)',
    request: { params: z.object({ threadId: Id }), body: jsonBody(NewFamilyMessage) }, responses: { 201: json(z.object({ messageId: z.string() }), 'Created'), ...errorResponses } }),
  async (c) => c.json(await postFamilyMessage(c.get('ctx').deps, requireActor(c), { threadId: c.req.valid('param').threadId, message: c.req.valid('json') }), 201));

  app.openapi(createRoute({ method: 'get', path: '/api/me/family/ledger', tags: ['family'], summary: 'Every official message the school sent this guardian, with verification codes',
    responses: { 200: json(z.array(LedgerEntry), 'OK'), ...errorResponses } }),
  async (c) => c.json(await familyLedger(c.get('ctx').deps, requireActor(c)), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/family/snapshot-links/{snapshotId}', tags: ['family'], summary: 'Checks a signed snapshot link for the signed-in guardian',
    request: { params: z.object({ snapshotId: Id }), query: z.object({ g: Id, e: z.coerce.number().int(), s: z.string().min(10).max(64) }) },
    responses: { 200: json(SnapshotLinkView, 'OK'), ...errorResponses } }),
  async (c) => {
    const ctx = c.get('ctx');
    const signer = hmacLinkSigner(ctx.keys.links, ctx.config.publicUrl);
    return c.json(await openSnapshotLink(ctx.deps, requireActor(c), signer, { snapshotId: c.req.valid('param').snapshotId, ...c.req.valid('query') }), 200);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/family/contacts', tags: ['family'], summary: 'Numbers the school registered (hotline, staff)',
    request: { params: SchoolParam }, responses: { 200: json(z.array(SchoolContact), 'OK'), ...errorResponses } }),
  async (c) => c.json(await listSchoolContacts(c.get('ctx').deps, requireActor(c), c.req.valid('param').schoolId), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/schools/{schoolId}/family/contacts', tags: ['family'], summary: 'Register a number parents may be called from',
    request: { params: SchoolParam, body: jsonBody(SchoolContactInput) }, responses: { 201: json(SchoolContact, 'Created'), ...errorResponses } }),
  async (c) => c.json(await addSchoolContact(c.get('ctx').deps, requireActor(c), { schoolId: c.req.valid('param').schoolId, contact: c.req.valid('json') }), 201));

  app.openapi(createRoute({ method: 'delete', path: '/api/schools/{schoolId}/family/contacts/{id}', tags: ['family'], summary: 'Remove a registered number',
    request: { params: SchoolParam.extend({ id: Id }) }, responses: { 200: json(Ok, 'OK'), ...errorResponses } }),
  async (c) => { await removeSchoolContact(c.get('ctx').deps, requireActor(c), c.req.valid('param')); return c.json({ ok: true }, 200); });

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/family/bulletins', tags: ['family'], summary: "The school's scam warnings",
    request: { params: SchoolParam }, responses: { 200: json(z.array(Bulletin), 'OK'), ...errorResponses } }),
  async (c) => {
    const { schoolId } = c.req.valid('param');
    await requireAccess(c.get('ctx').deps.repos.locator, requireActor(c), 'school.read', [{ kind: 'school', id: schoolId }]);
    return c.json(await publicBulletins(c.get('ctx').deps, { schoolId }), 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/api/schools/{schoolId}/family/bulletins', tags: ['family'], summary: 'Publish a scam warning',
    request: { params: SchoolParam, body: jsonBody(BulletinInput) }, responses: { 201: json(Bulletin, 'Created'), ...errorResponses } }),
  async (c) => c.json(await publishBulletin(c.get('ctx').deps, requireActor(c), { schoolId: c.req.valid('param').schoolId, bulletin: c.req.valid('json') }), 201));

  app.openapi(createRoute({ method: 'delete', path: '/api/schools/{schoolId}/family/bulletins/{id}', tags: ['family'], summary: 'Withdraw a scam warning',
    request: { params: SchoolParam.extend({ id: Id }) }, responses: { 200: json(Ok, 'OK'), ...errorResponses } }),
  async (c) => { await removeBulletin(c.get('ctx').deps, requireActor(c), c.req.valid('param')); return c.json({ ok: true }, 200); });
}
