import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Id, School, StudentView } from '@truongan/contracts';
import { getSchoolStructure, getStudent, listSchools, listStudents, myChildren, scopesWith, forbidden } from '@truongan/core';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';
import { errorResponses, json } from './openapi.ts';

const SchoolStructure = z.object({
  school: School, sessions: z.array(z.any()),
  classes: z.array(z.object({ id: z.string(), name: z.string(), grade: z.number(), schoolYearId: z.string(), schoolId: z.string(), homeroomTeacherId: z.string().nullable(), students: z.number() })),
});
const AreaView = z.object({ id: z.string(), kind: z.string(), name: z.string(), parentId: z.string().nullable(),
  organisations: z.array(z.object({ id: z.string(), kind: z.string(), name: z.string() })), schools: z.array(School) });

export function schoolRoutes(app: OpenAPIHono<HttpEnv>) {
  app.openapi(createRoute({ method: 'get', path: '/api/schools', tags: ['school'], summary: 'Schools in my scope', responses: { 200: json(z.array(School), 'OK'), ...errorResponses } }),
    async (c) => c.json(await listSchools(c.get('ctx').deps, requireActor(c)), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}', tags: ['school'], summary: 'A school with classes and sessions',
    request: { params: z.object({ schoolId: Id }) }, responses: { 200: json(SchoolStructure, 'OK'), ...errorResponses } }),
  async (c) => c.json(await getSchoolStructure(c.get('ctx').deps, requireActor(c), c.req.valid('param').schoolId), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/students', tags: ['school'], summary: 'Students of a school or class',
    request: { params: z.object({ schoolId: Id }), query: z.object({ classId: Id.optional() }) }, responses: { 200: json(z.array(StudentView), 'OK'), ...errorResponses } }),
  async (c) => c.json(await listStudents(c.get('ctx').deps, requireActor(c), { schoolId: c.req.valid('param').schoolId, classId: c.req.valid('query').classId }), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/students/{studentId}', tags: ['school'], summary: 'One student with guardians',
    request: { params: z.object({ studentId: Id }) }, responses: { 200: json(StudentView, 'OK'), ...errorResponses } }),
  async (c) => c.json(await getStudent(c.get('ctx').deps, requireActor(c), c.req.valid('param').studentId), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/me/children', tags: ['guardian'], summary: "A guardian's own children", responses: { 200: json(z.array(StudentView), 'OK'), ...errorResponses } }),
    async (c) => c.json(await myChildren(c.get('ctx').deps, requireActor(c)), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/areas', tags: ['school'], summary: 'Areas (wards, provinces) in my scope with their organisations and schools',
    responses: { 200: json(z.array(AreaView), 'OK'), ...errorResponses } }),
  async (c) => {
    const actor = requireActor(c);
    const deps = c.get('ctx').deps;
    const grants = scopesWith(actor, 'school.read').filter((g) => g.scopeKind === 'ward' || g.scopeKind === 'province');
    if (grants.length === 0) throw forbidden();
    const all = await deps.repos.org.listAreas();
    const areaIds = new Set(grants.flatMap((g) => g.scopeKind === 'ward' ? [g.scopeId] : [g.scopeId, ...all.filter((a) => a.parentId === g.scopeId).map((a) => a.id)]));
    const areas = all.filter((a) => areaIds.has(a.id));
    const orgs = await deps.repos.org.listOrganisations([...areaIds]);
    const out = await Promise.all(areas.map(async (a) => ({
      id: a.id, kind: a.kind, name: a.name, parentId: a.parentId,
      organisations: orgs.filter((o) => o.areaId === a.id).map((o) => ({ id: o.id, kind: o.kind, name: o.name })),
      schools: a.kind === 'ward' ? await deps.repos.org.listSchools({ wardIds: [a.id] }) : [],
    })));
    return c.json(out, 200);
  });
}
