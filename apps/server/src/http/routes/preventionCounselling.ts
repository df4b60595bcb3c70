import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  AnonymousStatus, CounsellingNote, CounsellingReceipt, CounsellingRequestInput, CounsellingRequestView, CounsellingSession, CounsellingStats, Id, IsoDate,
  Lesson, LessonAckInput, LessonReach, NoteInput, OpenCaseInput, ReferralInput, ScheduleInput,
} from '@truongan/contracts';
import {
  acknowledgeLesson, anonymousRequestStatus, counsellingStats, lessonReach, listCounsellingRequests, listLessons, openCaseFromCounselling, readNotes,
  referStudent, requestCounselling, scheduleSession, writeNote,
} from '@truongan/core';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

const R = z.object({ requestId: Id });
const tags = ['prevention'];

/** Counselling (Thông tư 18/2025) and the safety-lesson library. Only counsellors ever get note text; others get counts. */
export function preventionCounsellingRoutes(app: OpenAPIHono<HttpEnv>) {
  const deps = (c: { get(k: 'ctx'): HttpEnv['Variables']['ctx'] }) => c.get('ctx').deps;

  app.openapi(createRoute({ method: 'post', path: '/api/counselling/requests', tags, summary: 'A student asks for counselling, anonymously if they want (keep the reply handle)',
    request: { body: jsonBody(CounsellingRequestInput) }, responses: { 201: json(CounsellingReceipt, 'Requested'), ...errorResponses } }),
  async (c) => c.json(await requestCounselling(deps(c), requireActor(c), c.req.valid('json')), 201));

  app.openapi(createRoute({ method: 'post', path: '/api/counselling/referrals', tags, summary: 'A guardian or teacher refers a student to the counsellor',
    request: { body: jsonBody(ReferralInput) }, responses: { 201: json(CounsellingReceipt, 'Referred'), ...errorResponses } }),
  async (c) => c.json(await referStudent(deps(c), requireActor(c), c.req.valid('json')), 201));

  // POST, not GET: the handle is a secret and must not end up in URLs, proxies or logs.
  app.openapi(createRoute({ method: 'post', path: '/api/counselling/anonymous-status', tags, summary: 'The anonymous student checks their request with the reply handle',
    request: { body: jsonBody(z.object({ handle: z.string().min(8).max(64) }).strict()) }, responses: { 200: json(AnonymousStatus, 'OK'), ...errorResponses } }),
  async (c) => c.json(await anonymousRequestStatus(deps(c), requireActor(c), c.req.valid('json').handle) as z.infer<typeof AnonymousStatus>, 200));

  app.openapi(createRoute({ method: 'get', path: '/api/counselling/requests', tags, summary: 'The counsellor’s queue (counsellors only, audited)',
    responses: { 200: json(z.array(CounsellingRequestView), 'OK'), ...errorResponses } }),
  async (c) => c.json(await listCounsellingRequests(deps(c), requireActor(c)), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/counselling/requests/{requestId}/sessions', tags, summary: 'Schedule a session (counsellor)',
    request: { params: R, body: jsonBody(ScheduleInput) }, responses: { 201: json(CounsellingSession, 'Scheduled'), ...errorResponses } }),
  async (c) => c.json(await scheduleSession(deps(c), requireActor(c), c.req.valid('param').requestId, c.req.valid('json')), 201));

  app.openapi(createRoute({ method: 'post', path: '/api/counselling/requests/{requestId}/notes', tags, summary: 'Write a confidential note by content group (counsellor)',
    request: { params: R, body: jsonBody(NoteInput) }, responses: { 201: json(z.object({ id: Id }), 'Written'), ...errorResponses } }),
  async (c) => c.json(await writeNote(deps(c), requireActor(c), c.req.valid('param').requestId, c.req.valid('json')), 201));

  app.openapi(createRoute({ method: 'get', path: '/api/counselling/requests/{requestId}/notes', tags, summary: 'Read the notes (counsellors only; every read is audited)',
    request: { params: R }, responses: { 200: json(z.object({ request: CounsellingRequestView, notes: z.array(CounsellingNote) }), 'OK'), ...errorResponses } }),
  async (c) => c.json(await readNotes(deps(c), requireActor(c), c.req.valid('param').requestId), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/counselling/requests/{requestId}/case', tags, summary: 'Open a case from counselling when a risk appears (counsellor is the protected reporter)',
    request: { params: R, body: jsonBody(OpenCaseInput) }, responses: { 201: json(z.object({ caseId: Id, code: z.string(), suggest111: z.boolean() }), 'Opened'), ...errorResponses } }),
  async (c) => c.json(await openCaseFromCounselling(deps(c), requireActor(c), c.req.valid('param').requestId, c.req.valid('json')), 201));

  app.openapi(createRoute({ method: 'get', path: '/api/counselling/stats', tags, summary: 'Counts only: requests by channel and status, sessions, notes by content group',
    request: { query: z.object({ schoolId: Id, from: IsoDate, to: IsoDate }) }, responses: { 200: json(CounsellingStats, 'OK'), ...errorResponses } }),
  async (c) => c.json(await counsellingStats(deps(c), requireActor(c), c.req.valid('query')), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/lessons', tags, summary: 'Safety lessons for me, with my acknowledgement',
    responses: { 200: json(z.array(Lesson), 'OK'), ...errorResponses } }),
  async (c) => c.json(await listLessons(deps(c), requireActor(c)), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/lessons/{lessonId}/acknowledge', tags, summary: 'A student or guardian acknowledges a lesson',
    request: { params: z.object({ lessonId: Id }), body: jsonBody(LessonAckInput) }, responses: { 204: { description: 'Acknowledged' }, ...errorResponses } }),
  async (c) => { await acknowledgeLesson(deps(c), requireActor(c), c.req.valid('param').lessonId, c.req.valid('json')); return c.body(null, 204); });

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/lesson-reach', tags, summary: 'Acknowledgements per lesson at a school (counts)',
    request: { params: z.object({ schoolId: Id }) }, responses: { 200: json(LessonReach, 'OK'), ...errorResponses } }),
  async (c) => c.json(await lessonReach(deps(c), requireActor(c), c.req.valid('param').schoolId), 200));
}
