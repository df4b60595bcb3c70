import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { CaseStats, StatsQuery } from '@truongan/contracts';
import { buildCaseReport, caseStats } from '@truongan/core';
import { caseReportPdf, caseReportXlsx } from '@truongan/reports';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';
import { errorResponses, json } from './openapi.ts';

const StatsAnswer = CaseStats.extend({ schools: z.array(z.object({ id: z.string(), name: z.string() })) });
const FILE = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' } as const;

/** Aggregate case statistics per level (school, ward, province) and the periodic report as .xlsx or PDF. */
export function caseStatsRoutes(app: OpenAPIHono<HttpEnv>) {
  app.openapi(createRoute({ method: 'get', path: '/api/stats/cases', tags: ['stats'], summary: 'Counts and times by category, school, month, status (stats.read over the scope)',
    request: { query: StatsQuery }, responses: { 200: json(StatsAnswer, 'OK'), ...errorResponses } }),
  async (c) => c.json(await caseStats(c.get('ctx').deps, requireActor(c), c.req.valid('query')), 200));

  for (const format of ['xlsx', 'pdf'] as const) {
    app.openapi(createRoute({ method: 'get', path: `/api/stats/cases/report.${format}`, tags: ['stats'], summary: `The periodic case report as ${format} (figures and the query that produced them)`,
      request: { query: StatsQuery }, responses: { 200: { description: FILE[format] }, ...errorResponses } }),
    async (c) => {
      const q = c.req.valid('query');
      const report = await buildCaseReport(c.get('ctx').deps, requireActor(c), q);
      const file = format === 'xlsx' ? await caseReportXlsx(report) : await caseReportPdf(report);
      return c.body(new Uint8Array(file), 200, { 'content-type': FILE[format], 'content-disposition': `attachment; filename="bao-cao-vu-viec-${q.scopeId}-${q.from}-${q.to}.${format}"`, 'cache-control': 'no-store' });
    });
  }
}
