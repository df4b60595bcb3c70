import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Activity, ActivityInput, Campaign, CampaignInput, CampaignReach, Id, MyCampaignResponse, Participation, ResponseInput, ResponseResult } from '@truongan/contracts';
import {
  campaignReach, createCampaign, exportCampaignReach, getCampaign, listActivities, listCampaigns, myCampaignResponse, myParticipation, readEvidence, recordActivity,
  respondToCampaign,
} from '@truongan/core';
import { campaignReachPdf } from '@truongan/reports/preventionReachPdf';
import QRCode from 'qrcode';
import { reachWorkbook } from '../../reports/reachWorkbook.ts';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

const P = z.object({ campaignId: Id });
const tags = ['prevention'];
const file = (type: string) => ({ content: { [type]: { schema: z.string() } }, description: type });

/** Campaign routes (issue 7). Access is decided in core; these translate HTTP and render QR/xlsx at the edge. */
export function preventionRoutes(app: OpenAPIHono<HttpEnv>) {
  const deps = (c: { get(k: 'ctx'): HttpEnv['Variables']['ctx'] }) => c.get('ctx').deps;

  app.openapi(createRoute({ method: 'post', path: '/api/campaigns', tags, summary: 'Create a campaign for schools or wards of my area (department, ward police, ward office)',
    request: { body: jsonBody(CampaignInput) }, responses: { 201: json(Campaign, 'Created'), ...errorResponses } }),
  async (c) => c.json(await createCampaign(deps(c), requireActor(c), c.req.valid('json')), 201));

  app.openapi(createRoute({ method: 'get', path: '/api/campaigns', tags, summary: 'Campaigns addressed to schools I may see (staff) or to my children’s school (students, guardians)',
    responses: { 200: json(z.array(Campaign), 'OK'), ...errorResponses } }),
  async (c) => c.json(await listCampaigns(deps(c), requireActor(c)), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/campaigns/{campaignId}', tags, summary: 'One campaign; the quiz answers only for staff',
    request: { params: P }, responses: { 200: json(Campaign, 'OK'), ...errorResponses } }),
  async (c) => c.json(await getCampaign(deps(c), requireActor(c), c.req.valid('param').campaignId), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/campaigns/{campaignId}/materials/{materialId}/qr.svg', tags, summary: 'QR code of a material, as SVG for posters',
    request: { params: P.extend({ materialId: Id }) }, responses: { 200: file('image/svg+xml'), ...errorResponses } }),
  async (c) => {
    const p = c.req.valid('param');
    const m = (await getCampaign(deps(c), requireActor(c), p.campaignId)).materials.find((x) => x.id === p.materialId);
    if (!m) return c.json({ code: 'not_found', message: 'Không có tài liệu này / No such material', requestId: c.get('requestId') }, 404);
    const svg = await QRCode.toString(m.qrPayload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return c.body(svg, 200, { 'content-type': 'image/svg+xml; charset=utf-8' });
  });

  app.openapi(createRoute({ method: 'post', path: '/api/campaigns/{campaignId}/schools/{schoolId}/activities', tags, summary: 'The school records an activity with evidence photos (EXIF stripped)',
    request: { params: P.extend({ schoolId: Id }), body: jsonBody(ActivityInput) }, responses: { 201: json(Activity, 'Recorded'), ...errorResponses } }),
  async (c) => {
    const p = c.req.valid('param');
    return c.json(await recordActivity(deps(c), requireActor(c), { campaignId: p.campaignId, schoolId: p.schoolId, activity: c.req.valid('json') }), 201);
  });

  app.openapi(createRoute({ method: 'get', path: '/api/campaigns/{campaignId}/activities', tags, summary: 'Activities recorded by the schools I may see',
    request: { params: P }, responses: { 200: json(z.array(Activity), 'OK'), ...errorResponses } }),
  async (c) => c.json(await listActivities(deps(c), requireActor(c), c.req.valid('param').campaignId), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/campaigns/{campaignId}/photos/{photoId}', tags, summary: 'An evidence photo (metadata-free JPEG)',
    request: { params: P.extend({ photoId: Id }) }, responses: { 200: file('image/jpeg'), ...errorResponses } }),
  async (c) => {
    const p = c.req.valid('param');
    const ph = await readEvidence(deps(c), requireActor(c), p.campaignId, p.photoId);
    return c.body(new Uint8Array(ph.data), 200, { 'content-type': ph.type, 'cache-control': 'private, no-store' });
  });

  app.openapi(createRoute({ method: 'post', path: '/api/campaigns/{campaignId}/responses', tags, summary: 'A student or guardian acknowledges the key messages and answers the quiz (first attempt counts)',
    request: { params: P, body: jsonBody(ResponseInput) }, responses: { 200: json(ResponseResult, 'Recorded'), ...errorResponses } }),
  async (c) => c.json(await respondToCampaign(deps(c), requireActor(c), c.req.valid('param').campaignId, c.req.valid('json')), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/campaigns/{campaignId}/reach', tags, summary: 'Reach and completion per school and per ward, for the schools I may see',
    request: { params: P }, responses: { 200: json(CampaignReach, 'OK'), ...errorResponses } }),
  async (c) => c.json(await campaignReach(deps(c), requireActor(c), c.req.valid('param').campaignId), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/campaigns/{campaignId}/reach.xlsx', tags, summary: 'The same figures as an Excel report (audited export)',
    request: { params: P }, responses: { 200: file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), ...errorResponses } }),
  async (c) => {
    const reach = await exportCampaignReach(deps(c), requireActor(c), c.req.valid('param').campaignId);
    return c.body(new Uint8Array(await reachWorkbook(reach)), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="chien-dich-${reach.campaignId}.xlsx"`, 'cache-control': 'no-store',
    });
  });

  app.openapi(createRoute({ method: 'get', path: '/api/campaigns/{campaignId}/reach.pdf', tags, summary: 'The same figures as a PDF report with Vietnamese fonts (audited export)',
    request: { params: P }, responses: { 200: file('application/pdf'), ...errorResponses } }),
  async (c) => {
    const actor = requireActor(c);
    const reach = await exportCampaignReach(deps(c), actor, c.req.valid('param').campaignId, 'pdf');
    return c.body(new Uint8Array(await campaignReachPdf(reach, { preparedBy: actor.displayName })), 200, {
      'content-type': 'application/pdf', 'content-disposition': `attachment; filename="chien-dich-${reach.campaignId}.pdf"`, 'cache-control': 'no-store',
    });
  });

  app.openapi(createRoute({ method: 'get', path: '/api/prevention/participation', tags, summary: 'Whom a student or guardian answers for (own record, or their children)',
    responses: { 200: json(Participation, 'OK'), ...errorResponses } }),
  async (c) => c.json(await myParticipation(deps(c), requireActor(c)), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/campaigns/{campaignId}/my-response', tags, summary: 'My counted (first) response to a campaign, if any',
    request: { params: P }, responses: { 200: json(MyCampaignResponse, 'OK'), ...errorResponses } }),
  async (c) => c.json(await myCampaignResponse(deps(c), requireActor(c), c.req.valid('param').campaignId), 200));
}
