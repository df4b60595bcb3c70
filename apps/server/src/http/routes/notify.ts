import { createHash, timingSafeEqual } from 'node:crypto';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { DeadLetter, Id, NotifyPreferences, PushSubscriptionBody } from '@truongan/contracts';
import { DomainError, getNotifyPreferences, listDeadLetters, putNotifyPreferences, recordReceipt, retryDeadLetter, subscribePush } from '@truongan/core';
import { vapidPublicKey } from '../../jobs/notifyChannels.ts';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

/** Guardian notification settings and Web Push, the school's dead letters, and provider delivery receipts. */
export function notifyRoutes(app: OpenAPIHono<HttpEnv>) {
  app.openapi(createRoute({ method: 'get', path: '/api/me/notify-preferences', tags: ['notify'], summary: "The guardian's channels in order, events, quiet hours, digest",
    responses: { 200: json(NotifyPreferences, 'OK'), ...errorResponses } }),
  async (c) => c.json(await getNotifyPreferences(c.get('ctx').deps, requireActor(c)), 200));

  app.openapi(createRoute({ method: 'put', path: '/api/me/notify-preferences', tags: ['notify'], summary: 'Change notification settings',
    request: { body: jsonBody(NotifyPreferences) }, responses: { 200: json(NotifyPreferences, 'OK'), ...errorResponses } }),
  async (c) => c.json(await putNotifyPreferences(c.get('ctx').deps, requireActor(c), c.req.valid('json')), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/notify/push-key', tags: ['notify'], summary: 'VAPID public key for PushManager.subscribe',
    responses: { 200: json(z.object({ publicKey: z.string() }), 'OK'), ...errorResponses } }),
  async (c) => c.json({ publicKey: vapidPublicKey(c.get('ctx')) }, 200));

  app.openapi(createRoute({ method: 'post', path: '/api/me/push-subscriptions', tags: ['notify'], summary: "Register this browser's push subscription",
    request: { body: jsonBody(PushSubscriptionBody) }, responses: { 200: json(z.object({ id: z.string() }), 'OK'), ...errorResponses } }),
  async (c) => c.json(await subscribePush(c.get('ctx').deps, requireActor(c), c.req.valid('json')), 200));

  app.openapi(createRoute({ method: 'get', path: '/api/schools/{schoolId}/notify/dead-letters', tags: ['notify'], summary: 'Messages no channel could deliver, with every attempt',
    request: { params: z.object({ schoolId: Id }) }, responses: { 200: json(z.array(DeadLetter), 'OK'), ...errorResponses } }),
  async (c) => c.json(await listDeadLetters(c.get('ctx').deps, requireActor(c), { schoolId: c.req.valid('param').schoolId }), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/notify/dead-letters/{id}/retry', tags: ['notify'], summary: 'Send a dead letter again from the first channel',
    request: { params: z.object({ id: z.string().max(64) }) }, responses: { 200: json(z.object({ retried: z.boolean() }), 'OK'), ...errorResponses } }),
  async (c) => c.json(await retryDeadLetter(c.get('ctx').deps, requireActor(c), { id: c.req.valid('param').id }), 200));

  // Zalo OA webhook: X-ZEvent-Signature = "mac=" + sha256(app_id + raw body + timestamp + OA secret key).
  app.post('/api/notify/receipts/zalo', async (c) => {
    const ctx = c.get('ctx');
    const zalo = ctx.config.notify.zalo;
    const raw = await c.req.text();
    let ev: { app_id?: string; event_name?: string; timestamp?: string; message?: { msg_id?: string; tracking_id?: string } };
    try { ev = JSON.parse(raw); } catch { throw new DomainError('invalid_input', 'JSON expected'); }
    const want = zalo ? `mac=${createHash('sha256').update(`${zalo.appId}${raw}${ev.timestamp ?? ''}${zalo.secretKey}`).digest('hex')}` : '';
    const got = c.req.header('x-zevent-signature') ?? '';
    if (!zalo || want.length !== got.length || !timingSafeEqual(Buffer.from(want), Buffer.from(got))) throw new DomainError('forbidden', 'bad signature');
    if (ev.event_name !== 'user_received_message') return c.json({ matched: false });
    return c.json(await recordReceipt(ctx.deps, { channel: 'zalo_zns', trackingId: ev.message?.tracking_id, providerId: ev.message?.msg_id, delivered: true }));
  });
}
