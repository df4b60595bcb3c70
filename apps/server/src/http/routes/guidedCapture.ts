import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Id } from '@truongan/contracts';
import { type CameraSource, grabFrames, withCredentials } from '@truongan/camera';
import {
  type CameraRecord, captureAtGate, captureCameras, type CaptureDeps, type CaptureSessionStore, confirmCapture, DomainError, discardCapture,
  type FaceBox, type FaceEngine, type GateCapturePort, memoryCaptureStore,
} from '@truongan/core';
import sharp from 'sharp';
import type { Context as AppContext } from '../../compose.ts';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

/** Capture at 720p whatever the stream: a pupil standing a metre from the camera then gives a crop well above the size limit. */
const CAPTURE_FRAME = { width: 1280, height: 720 };
/** Hair and chin around the face: the teacher recognises the pupil, and the detector finds the face again on confirmation. */
const CROP_MARGIN = 0.6;

/** The camera's source with its sealed credentials opened, as the vision role does (kept here so the HTTP role need not load vision). */
function sourceOf(c: CameraRecord, open: (sealed: string) => string): CameraSource {
  const password = c.passwordSealed ? open(c.passwordSealed) : undefined;
  switch (c.kind) {
    case 'rtsp': return { kind: 'rtsp', url: withCredentials(c.url, c.username ?? undefined, password) };
    case 'mjpeg': return { kind: 'mjpeg', url: withCredentials(c.url, c.username ?? undefined, password) };
    case 'snapshot': return { kind: 'snapshot', url: c.url, user: c.username ?? undefined, password };
    case 'file': return { kind: 'file', path: c.url, loop: true };
  }
}

/** One ffmpeg per camera at a time: a second press of "Chụp" on a busy camera is told to wait, not queued. */
function gateCapturePort(ctx: AppContext, busy: Set<string>): GateCapturePort {
  return {
    async grab(camera, o) {
      if (busy.has(camera.id)) throw new DomainError('conflict', 'Camera này đang chụp cho một em khác, thử lại sau vài giây / This camera is busy with another capture, try again in a few seconds');
      busy.add(camera.id);
      try {
        const r = await grabFrames({ source: sourceOf(camera, (s) => ctx.deps.secrets.openText(s)), ...CAPTURE_FRAME, frames: o.frames, seconds: o.seconds, connectTimeoutMs: 8000 });
        if (!r.ok) throw new DomainError('conflict', `Camera: ${r.error.vi} / ${r.error.en}`);
        return Promise.all(r.frames.map((f) => sharp(f.data, { raw: { width: f.width, height: f.height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer()));
      } finally {
        busy.delete(camera.id);
      }
    },
    async crop(image: Uint8Array, box: FaceBox) {
      const meta = await sharp(image).metadata();
      const w = meta.width ?? 0, h = meta.height ?? 0;
      const mx = box.width * CROP_MARGIN, my = box.height * CROP_MARGIN;
      const left = Math.max(0, Math.floor(box.x - mx)), top = Math.max(0, Math.floor(box.y - my));
      const width = Math.min(w - left, Math.ceil(box.width + 2 * mx)), height = Math.min(h - top, Math.ceil(box.height + 2 * my));
      return sharp(image).extract({ left, top, width, height }).jpeg({ quality: 92 }).toBuffer();
    },
  };
}

interface CaptureWiring { store: CaptureSessionStore; port: GateCapturePort; engine?: Promise<FaceEngine> }
const wiring = new WeakMap<AppContext, CaptureWiring>();

function wiringOf(ctx: AppContext): CaptureWiring {
  let w = wiring.get(ctx);
  if (!w) { w = { store: memoryCaptureStore(), port: gateCapturePort(ctx, new Set()) }; wiring.set(ctx, w); }
  return w;
}

/** Candidates waiting for confirmation in this process (tests check that discarding leaves nothing). */
export const captureStoreOf = (ctx: AppContext) => wiringOf(ctx).store;

/**
 * The use cases need the enrolment engine. With the vision role in this process it is already there; an http-only
 * process loads one worker on the first capture, as `truongan enroll` does, and closes it with the context.
 */
async function captureDeps(ctx: AppContext, needsEngine = true): Promise<CaptureDeps> {
  const w = wiringOf(ctx);
  if (needsEngine && !ctx.deps.faceEngine) {
    if (!w.engine) {
      w.engine = import('@truongan/vision').then(({ createFacePool }) => createFacePool({ workers: 1 }));
      w.engine.catch(() => { w.engine = undefined; });
      const close = ctx.close.bind(ctx);
      const loading = w.engine;
      ctx.close = async () => { await loading.then((e) => e.close(), () => {}); await close(); };
    }
    const engine = await w.engine.catch(() => {
      throw new DomainError('conflict', 'Máy chủ chưa bật nhận diện khuôn mặt / Face recognition is not running on this server');
    });
    ctx.deps.faceEngine ??= engine;
  }
  return { ...ctx.deps, gateCapture: w.port, captures: w.store };
}

const dataUrl = (jpeg: Uint8Array) => `data:image/jpeg;base64,${Buffer.from(jpeg).toString('base64')}`;
const Issue = z.enum(['too_small', 'blurry', 'not_frontal', 'multiple_faces', 'no_face', 'spoof']);
const CaptureResult = z.object({
  captureId: z.string().nullable(), expiresAt: z.string().nullable(), frames: z.number().int(),
  candidates: z.array(z.object({ id: z.string(), quality: z.number(), frame: z.number().int(), image: z.string() })),
  refusals: z.array(z.object({ frame: z.number().int(), issues: z.array(Issue) })),
});
const ConfirmResult = z.object({
  studentId: z.string(), enrolled: z.array(z.object({ candidateId: z.string(), templateId: z.string(), quality: z.number() })),
  refused: z.array(z.object({ candidateId: z.string(), code: z.string(), message: z.string() })),
});

/** Issue 3: guided enrolment at the gate camera, confirmed by the homeroom teacher or the school's administrator. */
export function guidedCaptureRoutes(app: OpenAPIHono<HttpEnv>) {
  app.openapi(createRoute({ method: 'get', path: '/api/classes/{classId}/capture/cameras', tags: ['faces'], summary: 'Gate cameras a class may be captured at',
    request: { params: z.object({ classId: Id }) }, responses: { 200: json(z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })), 'OK'), ...errorResponses } }),
  async (c) => c.json(await captureCameras(c.get('ctx').deps, requireActor(c), c.req.valid('param')), 200));

  app.openapi(createRoute({ method: 'post', path: '/api/students/{studentId}/gate-capture', tags: ['faces'], summary: 'Grab ~3 s of a gate camera and return the best face crops (nothing stored)',
    request: { params: z.object({ studentId: Id }), body: jsonBody(z.object({ cameraId: Id }).strict()) }, responses: { 200: json(CaptureResult, 'OK'), ...errorResponses } }),
  async (c) => {
    const actor = requireActor(c);
    const r = await captureAtGate(await captureDeps(c.get('ctx')), actor, { studentId: c.req.valid('param').studentId, cameraId: c.req.valid('json').cameraId });
    c.header('Cache-Control', 'private, no-store');
    return c.json({ ...r, candidates: r.candidates.map((k) => ({ id: k.id, quality: k.quality, frame: k.frame, image: dataUrl(k.image) })) }, 200);
  });

  app.openapi(createRoute({ method: 'post', path: '/api/gate-captures/{captureId}/confirm', tags: ['faces'], summary: 'The teacher confirms the pupil: the chosen crops are enrolled',
    request: { params: z.object({ captureId: Id }), body: jsonBody(z.object({ candidateIds: z.array(Id).min(1).max(3).optional() }).strict()) },
    responses: { 200: json(ConfirmResult, 'OK'), ...errorResponses } }),
  async (c) => c.json(await confirmCapture(await captureDeps(c.get('ctx')), requireActor(c), { captureId: c.req.valid('param').captureId, ...c.req.valid('json') }), 200));

  app.openapi(createRoute({ method: 'delete', path: '/api/gate-captures/{captureId}', tags: ['faces'], summary: 'Discard a capture (the crops are dropped)',
    request: { params: z.object({ captureId: Id }) }, responses: { 200: json(z.object({ ok: z.boolean() }), 'OK'), ...errorResponses } }),
  async (c) => c.json(await discardCapture(await captureDeps(c.get('ctx'), false), requireActor(c), c.req.valid('param')), 200));
}
