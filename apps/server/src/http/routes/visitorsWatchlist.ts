import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  Id, PickupPerson, PickupPersonInput, PickupRecordInput, PickupRecordResult, PickupStudent, WatchlistEntry, WatchlistInput,
} from '@truongan/contracts';
import {
  addPickupPerson, approveWatchlistEntry, classPickups, confirmPickupPerson, listPickupPersons, listWatchlist, pendingPickupPersons, pickupSearch,
  readPickupPhoto, recordPickup, removePickupPerson, requestWatchlistEntry, revokeWatchlistEntry,
} from '@truongan/core';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';
import { liveStream } from '../sse.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

const W = z.object({ entryId: Id });
const P = z.object({ personId: Id });
const S = z.object({ schoolId: Id });
const Ok = z.object({ ok: z.boolean() });
const file = (type: string) => ({ content: { [type]: { schema: z.string() } }, description: type });

/** Watchlists and authorised pick-up (issue 5). Access is decided in core. */
export function visitorWatchlistRoutes(app: OpenAPIHono<HttpEnv>) {
  const deps = (c: { get(k: 'ctx'): HttpEnv['Variables']['ctx'] }) => c.get('ctx').deps;
  const tags = ['watchlist'];

  app.openapi(createRoute({ method: 'get', path: '/api/watchlist', tags, summary: 'Watchlist entries of the schools I manage (a school, or the schools of my ward)',
    request: { query: z.object({ schoolId: Id.optional() }) }, responses: { 200: json(z.array(WatchlistEntry), 'OK'), ...errorResponses } }),
  async (c) => c.json(await listWatchlist(deps(c), requireActor(c), c.req.valid('query').schoolId), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/watchlist', tags, summary: 'Request an entry (in force once a second person approves)',
    request: { body: jsonBody(WatchlistInput) }, responses: { 201: json(WatchlistEntry, 'Requested'), ...errorResponses } }),
  async (c) => c.json(await requestWatchlistEntry(deps(c), requireActor(c), c.req.valid('json')), 201));

  app.openapi(createRoute({ method: 'post', path: '/api/watchlist/{entryId}/approve', tags, summary: 'A second person approves an entry',
    request: { params: W }, responses: { 200: json(WatchlistEntry, 'OK'), ...errorResponses } }),
  async (c) => c.json(await approveWatchlistEntry(deps(c), requireActor(c), c.req.valid('param').entryId), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/watchlist/{entryId}/revoke', tags, summary: 'Revoke an entry before its expiry',
    request: { params: W }, responses: { 200: json(WatchlistEntry, 'OK'), ...errorResponses } }),
  async (c) => c.json(await revokeWatchlistEntry(deps(c), requireActor(c), c.req.valid('param').entryId), 200));

  const ptags = ['pickup'];
  app.openapi(createRoute({ method: 'get', path: '/api/students/{studentId}/pickup', tags: ptags, summary: "A pupil's authorised pick-up list (guardian: own child; school)",
    request: { params: z.object({ studentId: Id }) }, responses: { 200: json(z.array(PickupPerson), 'OK'), ...errorResponses } }),
  async (c) => c.json(await listPickupPersons(deps(c), requireActor(c), c.req.valid('param').studentId), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/students/{studentId}/pickup', tags: ptags, summary: 'A guardian adds an adult to the list (the school confirms it)',
    request: { params: z.object({ studentId: Id }), body: jsonBody(PickupPersonInput) }, responses: { 201: json(PickupPerson, 'Added'), ...errorResponses } }),
  async (c) => c.json(await addPickupPerson(deps(c), requireActor(c), { studentId: c.req.valid('param').studentId, person: c.req.valid('json') }), 201));

  app.openapi(createRoute({ method: 'delete', path: '/api/pickup-persons/{personId}', tags: ptags, summary: 'Remove a person from a list',
    request: { params: P }, responses: { 200: json(Ok, 'OK'), ...errorResponses } }),
  async (c) => c.json(await removePickupPerson(deps(c), requireActor(c), c.req.valid('param').personId), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/pickup-persons/{personId}/confirm', tags: ptags, summary: 'The school confirms a person on a list',
    request: { params: P }, responses: { 200: json(PickupPerson, 'OK'), ...errorResponses } }),
  async (c) => c.json(await confirmPickupPerson(deps(c), requireActor(c), c.req.valid('param').personId), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/pickup-persons/{personId}/photo', tags: ptags, summary: "A pick-up person's photo",
    request: { params: P }, responses: { 200: file('image/jpeg'), ...errorResponses } }),
  async (c) => {
    const p = await readPickupPhoto(deps(c), requireActor(c), c.req.valid('param').personId);
    return c.body(new Uint8Array(p.data), 200, { 'content-type': p.type, 'cache-control': 'private, no-store' });
  });

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/pickup/pending', tags: ptags, summary: 'List entries waiting for the school’s confirmation',
    request: { params: S }, responses: { 200: json(z.array(PickupPerson.extend({ studentName: z.string(), className: z.string().nullable() })), 'OK'), ...errorResponses } }),
  async (c) => c.json(await pendingPickupPersons(deps(c), requireActor(c), c.req.valid('param').schoolId), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/pickup/search', tags: ptags, summary: 'The guard searches a pupil and sees the list with photos',
    request: { params: S, query: z.object({ q: z.string().max(100) }) }, responses: { 200: json(z.array(PickupStudent), 'OK'), ...errorResponses } }),
  async (c) => c.json(await pickupSearch(deps(c), requireActor(c), c.req.valid('param').schoolId, c.req.valid('query').q), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/schools/{schoolId}/pickup/records', tags: ptags, summary: 'Record who collected a pupil; unlisted for a young pupil raises an alert',
    request: { params: S, body: jsonBody(PickupRecordInput) }, responses: { 200: json(PickupRecordResult, 'Recorded'), ...errorResponses } }),
  async (c) => c.json(await recordPickup(deps(c), requireActor(c), { schoolId: c.req.valid('param').schoolId, record: c.req.valid('json') }), 200));

  // The homeroom teacher's notice, live: today's pick-ups again whenever an unlisted adult collects a young pupil.
  app.get('/api/classes/:classId/pickups/stream', async (c) => {
    const actor = requireActor(c);
    const classId = c.req.param('classId');
    await classPickups(deps(c), actor, classId);
    return liveStream(c, deps(c).live, `class:${classId}:pickups`, () => classPickups(deps(c), actor, classId));
  });

  app.openapi(createRoute({ method: 'get', path: '/api/classes/{classId}/pickups', tags: ptags, summary: "Today's pick-ups of a class (homeroom teacher)",
    request: { params: z.object({ classId: Id }) },
    responses: { 200: json(z.array(z.object({ id: Id, studentId: Id, studentName: z.string(), collectorName: z.string(), listed: z.boolean(), at: z.string(), alerted: z.boolean() })), 'OK'), ...errorResponses } }),
  async (c) => c.json(await classPickups(deps(c), requireActor(c), c.req.valid('param').classId), 200));
}
