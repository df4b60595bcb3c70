import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { AttendanceStatus, Camera, CameraInput, ClassBoard, Id, IsoDate, Text } from '@truongan/contracts';
import {
  classBoard, confirmPassage, correctAttendance, excuseAbsence, gateFeed, listCameras, readSnapshot, removeCamera, requireAccess, saveCamera,
} from '@truongan/core';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';
import { liveStream } from '../sse.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

const Ok = z.object({ ok: z.boolean() });
const SchoolParam = z.object({ schoolId: Id });

export function gateRoutes(app: OpenAPIHono<HttpEnv>) {
  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/cameras', tags: ['gate'], summary: 'Cameras of a school with their live state',
    request: { params: SchoolParam }, responses: { 200: json(z.array(Camera.extend({ state: z.any().nullable() })), 'OK'), ...errorResponses } }),
  async (c) => {
    const cams = await listCameras(c.get('ctx').deps, requireActor(c), c.req.valid('param').schoolId);
    const states = c.get('ctx').cameraStates?.() ?? new Map();
    return c.json(cams.map((cam) => ({ ...cam, state: states.get(cam.id) ?? null })), 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/api/schools/{schoolId}/cameras', tags: ['gate'], summary: 'Add a camera (credentials sealed at rest)',
    request: { params: SchoolParam, body: jsonBody(CameraInput) }, responses: { 200: json(Camera, 'OK'), ...errorResponses } }),
  async (c) => c.json(await saveCamera(c.get('ctx').deps, requireActor(c), { schoolId: c.req.valid('param').schoolId, camera: c.req.valid('json') }), 200));

  app.openapi(createRoute({ method: 'put', path: '/api/schools/{schoolId}/cameras/{cameraId}', tags: ['gate'], summary: 'Change a camera',
    request: { params: SchoolParam.extend({ cameraId: Id }), body: jsonBody(CameraInput) }, responses: { 200: json(Camera, 'OK'), ...errorResponses } }),
  async (c) => c.json(await saveCamera(c.get('ctx').deps, requireActor(c), { ...c.req.valid('param'), camera: c.req.valid('json') }), 200));

  app.openapi(createRoute({ method: 'delete', path: '/api/schools/{schoolId}/cameras/{cameraId}', tags: ['gate'], summary: 'Remove a camera',
    request: { params: SchoolParam.extend({ cameraId: Id }) }, responses: { 200: json(Ok, 'OK'), ...errorResponses } }),
  async (c) => { await removeCamera(c.get('ctx').deps, requireActor(c), c.req.valid('param')); return c.json({ ok: true }, 200); });

  app.openapi(createRoute({ method: 'get', path: '/api/classes/{classId}/board', tags: ['attendance'], summary: "The homeroom teacher's class board",
    request: { params: z.object({ classId: Id }), query: z.object({ date: IsoDate.optional() }) }, responses: { 200: json(ClassBoard, 'OK'), ...errorResponses } }),
  async (c) => c.json(await classBoard(c.get('ctx').deps, requireActor(c), { classId: c.req.valid('param').classId, date: c.req.valid('query').date }), 200));

  // Live board: the whole board again whenever a passage of the class arrives (a class is ~40 rows; simpler than diffs).
  app.get('/api/classes/:classId/board/stream', async (c) => {
    const actor = requireActor(c);
    const deps = c.get('ctx').deps;
    const classId = c.req.param('classId');
    await requireAccess(deps.repos.locator, actor, 'attendance.read', [{ kind: 'class', id: classId }]);
    return liveStream(c, deps.live, `class:${classId}`, () => classBoard(deps, actor, { classId }));
  });

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/gate/feed', tags: ['gate'], summary: "Today's passages for the guard's console",
    request: { params: SchoolParam, query: z.object({ limit: z.coerce.number().int().min(1).max(200).optional() }) }, responses: { 200: json(z.array(z.any()), 'OK'), ...errorResponses } }),
  async (c) => c.json(await gateFeed(c.get('ctx').deps, requireActor(c), { schoolId: c.req.valid('param').schoolId, limit: c.req.valid('query').limit }), 200));

  app.get('/api/schools/:schoolId/gate/stream', async (c) => {
    const actor = requireActor(c);
    const deps = c.get('ctx').deps;
    const schoolId = c.req.param('schoolId');
    await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'school', id: schoolId }]);
    return liveStream(c, deps.live, `school:${schoolId}:gate`, null);
  });

  app.openapi(createRoute({ method: 'post', path: '/api/passages/{passageId}/confirm', tags: ['gate'], summary: 'A person settles a passage that needs confirmation',
    request: { params: z.object({ passageId: Id }), body: jsonBody(z.object({ studentId: Id.nullable() }).strict()) }, responses: { 200: json(Ok, 'OK'), ...errorResponses } }),
  async (c) => { await confirmPassage(c.get('ctx').deps, requireActor(c), { passageId: c.req.valid('param').passageId, studentId: c.req.valid('json').studentId }); return c.json({ ok: true }, 200); });

  app.get('/api/snapshots/:snapshotId', async (c) => {
    const jpeg = await readSnapshot(c.get('ctx').deps, requireActor(c), c.req.param('snapshotId'));
    c.header('Cache-Control', 'private, no-store');
    return c.body(jpeg as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'image/jpeg' });
  });

  app.openapi(createRoute({ method: 'post', path: '/api/attendance/corrections', tags: ['attendance'], summary: 'Correct a status (audited)',
    request: { body: jsonBody(z.object({ studentId: Id, date: IsoDate, sessionName: z.enum(['morning', 'afternoon']), status: AttendanceStatus, reason: Text(300) }).strict()) },
    responses: { 200: json(Ok, 'OK'), ...errorResponses } }),
  async (c) => { await correctAttendance(c.get('ctx').deps, requireActor(c), c.req.valid('json')); return c.json({ ok: true }, 200); });

  app.openapi(createRoute({ method: 'post', path: '/api/attendance/excuses', tags: ['attendance'], summary: 'Excuse an absence in advance',
    request: { body: jsonBody(z.object({ studentId: Id, fromDate: IsoDate, toDate: IsoDate, reason: Text(300) }).strict()) }, responses: { 200: json(Ok, 'OK'), ...errorResponses } }),
  async (c) => { await excuseAbsence(c.get('ctx').deps, requireActor(c), c.req.valid('json')); return c.json({ ok: true }, 200); });

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/enrolment', tags: ['faces'], summary: 'Face enrolment coverage per class',
    request: { params: SchoolParam }, responses: { 200: json(z.array(z.object({ classId: z.string().nullable(), className: z.string().nullable(), students: z.number(), enrolled: z.number() })), 'OK'), ...errorResponses } }),
  async (c) => {
    const deps = c.get('ctx').deps;
    const schoolId = c.req.valid('param').schoolId;
    await requireAccess(deps.repos.locator, requireActor(c), 'student.read', [{ kind: 'school', id: schoolId }]);
    const [rows, classes] = await Promise.all([deps.repos.faces.countByClass(schoolId), deps.repos.org.listClasses(schoolId)]);
    const names = new Map(classes.map((k) => [k.id, k.name]));
    return c.json(rows.map((r) => ({ ...r, className: r.classId ? names.get(r.classId) ?? null : null })).sort((a, b) => (a.className ?? '').localeCompare(b.className ?? '', 'vi')), 200);
  });
}
