import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { AgencyActionBody, Attachment, CaseListItem, CaseStaffMember, CaseStatus, CaseUpdateBody, CaseView, DisciplineBody, HotlineBody, Id, IntakeReceipt, MemberReportBody, NoteBody, ReporterView, TaskBody, Text } from '@truongan/contracts';
import { addCaseAttachment, addCaseMessage, caseTopicFor, invalidInput, addCaseTask, agencyAction, completeCaseTask, escalateCase, getCase, helpLines, listCases, listCaseStaff, logHotlineCall, readAttachment, readReporter, recordDiscipline, reportAsMember, updateCase } from '@truongan/core';
import type { HttpEnv } from '../env.ts';
import { liveStream } from '../sse.ts';
import { requireActor } from '../session.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

const CaseParam = z.object({ caseId: Id });
const Receipt = IntakeReceipt.extend({ passphrase: z.string().nullable() });
const post = <B extends z.ZodType, P extends z.ZodObject<any>>(path: string, summary: string, body: B, params: P) =>
  createRoute({ method: 'post', path, tags: ['cases'], summary, request: { params, body: jsonBody(body) }, responses: { 204: { description: 'Done' }, ...errorResponses } });

/** Staff, agency and member routes for cases. Who may do what is decided in core; these only translate HTTP. */
export function caseRoutes(app: OpenAPIHono<HttpEnv>) {
  const deps = (c: { get(k: 'ctx'): HttpEnv['Variables']['ctx'] }) => c.get('ctx').deps;

  app.openapi(createRoute({ method: 'get', path: '/api/cases', tags: ['cases'], summary: 'Cases I may see (school: all of the school; ward: escalated to me; department: by distribution)',
    request: { query: z.object({ status: CaseStatus.optional() }) }, responses: { 200: json(z.array(CaseListItem), 'OK'), ...errorResponses } }),
  async (c) => c.json(await listCases(deps(c), requireActor(c), { status: c.req.valid('query').status }), 200));

  // Registered before /api/cases/{caseId} so the literal path wins.
  app.openapi(createRoute({ method: 'get', path: '/api/cases/help-lines', tags: ['cases'], summary: "111 aside, the hotlines of my (or my children's) schools",
    responses: { 200: json(z.array(z.object({ id: z.string(), name: z.string(), hotline: z.string().nullable() })), 'OK'), ...errorResponses } }),
  async (c) => c.json(await helpLines(deps(c), requireActor(c)), 200));

  // Server-sent events: {type, caseId} when a case of the school (or escalated in the ward) changes. No content.
  app.get('/api/cases/stream', async (c) => {
    const [kind, id] = (c.req.query('scope') ?? '').split(':');
    if ((kind !== 'school' && kind !== 'ward') || !id) throw invalidInput('scope=school:ID hoặc ward:ID / scope must be school:ID or ward:ID');
    const topic = await caseTopicFor(deps(c), requireActor(c), { kind, id });
    return liveStream(c, deps(c).live, topic, null);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/cases/{caseId}', tags: ['cases'], summary: 'One case, fields limited to what I may see (audited)',
    request: { params: CaseParam }, responses: { 200: json(CaseView, 'OK'), ...errorResponses } }),
  async (c) => c.json(await getCase(deps(c), requireActor(c), c.req.valid('param').caseId), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/cases/{caseId}/reporter', tags: ['cases'], summary: "The reporter's identity: designated roles only, audited with a reason",
    request: { params: CaseParam, query: z.object({ reason: Text(300) }) }, responses: { 200: json(ReporterView, 'OK'), ...errorResponses } }),
  async (c) => c.json(await readReporter(deps(c), requireActor(c), c.req.valid('param').caseId, c.req.valid('query').reason), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/cases/{caseId}/attachments/{attachmentId}', tags: ['cases'], summary: 'An attachment (EXIF-free JPEG), audited',
    request: { params: CaseParam.extend({ attachmentId: Id }) }, responses: { 200: { description: 'image/jpeg' }, ...errorResponses } }),
  async (c) => {
    const p = c.req.valid('param');
    const a = await readAttachment(deps(c), requireActor(c), p.caseId, p.attachmentId);
    return c.body(new Uint8Array(a.data), 200, { 'content-type': a.type, 'cache-control': 'no-store', 'content-disposition': 'inline' });
  });

  app.openapi(createRoute({ method: 'get', path: '/api/cases/{caseId}/staff', tags: ['cases'], summary: "Who the case can be assigned to: the principal(s) and counsellor(s) of its school",
    request: { params: CaseParam }, responses: { 200: json(z.array(CaseStaffMember), 'OK'), ...errorResponses } }),
  async (c) => c.json(await listCaseStaff(deps(c), requireActor(c), c.req.valid('param').caseId), 200));

  app.openapi(createRoute({ method: 'patch', path: '/api/cases/{caseId}', tags: ['cases'], summary: 'Triage: status, priority, assignee, confidentiality, distribution; close with a reason',
    request: { params: CaseParam, body: jsonBody(CaseUpdateBody) }, responses: { 204: { description: 'Updated' }, ...errorResponses } }),
  async (c) => { await updateCase(deps(c), requireActor(c), c.req.valid('param').caseId, c.req.valid('json')); return c.body(null, 204); });

  app.openapi(createRoute({ method: 'post', path: '/api/cases/hotline', tags: ['cases'], summary: 'Log a hotline call as a case (school staff)',
    request: { body: jsonBody(HotlineBody) }, responses: { 201: json(Receipt, 'Filed'), ...errorResponses } }),
  async (c) => { const r = await logHotlineCall(deps(c), requireActor(c), c.req.valid('json')); return c.json({ ...r, caseId: r.caseId }, 201); });

  app.openapi(createRoute({ method: 'post', path: '/api/cases/report', tags: ['cases'], summary: 'A signed-in guardian or student files a report',
    request: { body: jsonBody(MemberReportBody) }, responses: { 201: json(Receipt, 'Filed'), ...errorResponses } }),
  async (c) => c.json(await reportAsMember(deps(c), requireActor(c), c.req.valid('json')), 201));

  app.openapi(post('/api/cases/{caseId}/notes', 'Internal note', NoteBody, CaseParam),
    async (c) => { await addCaseMessage(deps(c), requireActor(c), c.req.valid('param').caseId, { ...c.req.valid('json'), audience: 'internal' }); return c.body(null, 204); });
  app.openapi(post('/api/cases/{caseId}/replies', "Reply in the reporter's anonymous thread", NoteBody, CaseParam),
    async (c) => { await addCaseMessage(deps(c), requireActor(c), c.req.valid('param').caseId, { ...c.req.valid('json'), audience: 'reporter' }); return c.body(null, 204); });
  app.openapi(post('/api/cases/{caseId}/agency-messages', 'School to the ward agencies (e.g. the information they asked for)', NoteBody, CaseParam),
    async (c) => { await addCaseMessage(deps(c), requireActor(c), c.req.valid('param').caseId, { ...c.req.valid('json'), audience: 'agency' }); return c.body(null, 204); });
  app.openapi(post('/api/cases/{caseId}/attachments', 'Add a photo (EXIF/GPS stripped)', Attachment, CaseParam),
    async (c) => { await addCaseAttachment(deps(c), requireActor(c), c.req.valid('param').caseId, c.req.valid('json')); return c.body(null, 204); });
  app.openapi(post('/api/cases/{caseId}/tasks', 'Add a task', TaskBody, CaseParam),
    async (c) => { await addCaseTask(deps(c), requireActor(c), c.req.valid('param').caseId, c.req.valid('json')); return c.body(null, 204); });
  app.openapi(post('/api/cases/{caseId}/tasks/{taskId}/done', 'Complete a task', z.object({}).strict(), CaseParam.extend({ taskId: Id })),
    async (c) => { const p = c.req.valid('param'); await completeCaseTask(deps(c), requireActor(c), p.caseId, p.taskId); return c.body(null, 204); });
  app.openapi(post('/api/cases/{caseId}/discipline', 'Record a TT 19/2025 discipline outcome', DisciplineBody, CaseParam),
    async (c) => { await recordDiscipline(deps(c), requireActor(c), c.req.valid('param').caseId, c.req.valid('json')); return c.body(null, 204); });
  app.openapi(post('/api/cases/{caseId}/escalate', "Escalate to the ward police and People's Committee (12-hour clock)", z.object({ note: Text(2000).optional() }).strict(), CaseParam),
    async (c) => { await escalateCase(deps(c), requireActor(c), c.req.valid('param').caseId, c.req.valid('json')); return c.body(null, 204); });
  app.openapi(post('/api/cases/{caseId}/agency', 'Ward police / officer: acknowledge, request info, add findings, close our part', AgencyActionBody, CaseParam),
    async (c) => { await agencyAction(deps(c), requireActor(c), c.req.valid('param').caseId, c.req.valid('json')); return c.body(null, 204); });
}
