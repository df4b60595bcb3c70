import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestCamera, freePort, type TestCamera } from '@truongan/camera/testing';
import sharp from 'sharp';
import { consentInForce } from '@truongan/core';
import { createEngine } from '@truongan/vision';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO } from '../demo/seed.ts';
import { type ApiClient, startHarness, startPgHarness, type Harness } from '../testing/harness.ts';
import { renderStandingVideo, sampleFaceCrops } from './guidedCaptureVideo.ts';
import { captureStoreOf } from './routes/guidedCapture.ts';

/**
 * Issue 3, guided capture at the gate camera, on SQLite and PostgreSQL with real cameras: `file` cameras playing
 * ffmpeg-made videos of a real face (and of an empty gate), grabbed by ffmpeg, described by the product's ONNX engine.
 * The HTTP app runs without the vision role, so the route must load its own engine, as an http-only process would.
 */
const CLASS_6A1 = `${DEMO.school}-6a1`;
const RTSP_LOGIN = { user: 'admin', password: 'Cổng chính@2026' };
let faceVideoOf: (dir: string) => Promise<string>;
/** The RTSP test camera (GStreamer camsim, digest auth) replaying the same pupil as its substream. */
let rtsp: TestCamera;
let rtspMedia: string;

beforeAll(async () => {
  const engine = await createEngine('faceplugin-r1-5pt');
  const [face] = await sampleFaceCrops(engine);
  await engine.close();
  faceVideoOf = (dir) => renderStandingVideo(path.join(dir, 'standing.mp4'), face!);
  rtspMedia = fs.mkdtempSync(path.join(os.tmpdir(), 'truongan-capture-rtsp-'));
  await renderStandingVideo(path.join(rtspMedia, 'sub360.ts'), face!, 'mpegts');
  rtsp = await startTestCamera({ port: await freePort(), media: rtspMedia, user: RTSP_LOGIN.user, password: RTSP_LOGIN.password });
}, 120_000);
afterAll(async () => { await rtsp?.stop(); fs.rmSync(rtspMedia, { recursive: true, force: true }); });

describe.each(['sqlite', 'postgres'] as const)('guided capture on %s', (db) => {
  let h: Harness;
  let teacher: ApiClient, otherTeacher: ApiClient, principal: ApiClient;
  let faceCam: string, emptyCam: string;
  const consenting: string[] = [];
  let refusing: string;

  beforeAll(async () => {
    h = db === 'sqlite' ? await startHarness() : await startPgHarness(inject('pgUrl'));
    [teacher, otherTeacher, principal] = await Promise.all([h.signIn('gvcn.6a1'), h.signIn('gvcn.6a2'), h.signIn('hieutruong')]);
    const camera = (name: string, url: string) => ({ name, kind: 'file', role: 'entry', url, username: null, password: null, lane: null, direction: null, fps: 5, enabled: true });
    const add = async (name: string, url: string) => {
      const r = await principal.post(`/api/schools/${DEMO.school}/cameras`, camera(name, url));
      expect(r.status, r.text).toBe(200);
      return r.body.id as string;
    };
    faceCam = await add('Cổng chính', await faceVideoOf(h.dataDir));
    emptyCam = await add('Cổng phụ (không người)', await renderStandingVideo(path.join(h.dataDir, 'empty.mp4'), null));
    for (const s of await h.ctx.deps.repos.people.listStudents({ schoolId: DEMO.school, classIds: [CLASS_6A1] })) {
      if (await consentInForce(h.ctx.deps, s.id, 'face_recognition')) consenting.push(s.id); else refusing ??= s.id;
    }
    expect(consenting.length).toBeGreaterThanOrEqual(2);
    expect(refusing).toBeDefined();
  }, 180_000);
  afterAll(async () => { await h?.close(); });

  const coverage6A1 = async () => {
    const r = await principal.get(`/api/schools/${DEMO.school}/enrolment`);
    expect(r.status, r.text).toBe(200);
    return (r.body as Array<{ classId: string; enrolled: number }>).find((row) => row.classId === CLASS_6A1)!.enrolled;
  };

  it('lists the school\'s gate cameras to its own teachers only', async () => {
    const r = await teacher.get(`/api/classes/${CLASS_6A1}/capture/cameras`);
    expect(r.status, r.text).toBe(200);
    expect(r.body.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([faceCam, emptyCam]));
    expect((await otherTeacher.get(`/api/classes/${CLASS_6A1}/capture/cameras`)).status).toBe(403);
    const doc = (await teacher.get('/api/openapi.json')).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/students/{studentId}/gate-capture', '/api/gate-captures/{captureId}/confirm', '/api/gate-captures/{captureId}']));
  });

  it('capture → candidates → the teacher confirms → a gate_capture template, audited, and 6A1 coverage rises', async () => {
    const student = consenting[0]!;
    const before = await coverage6A1();
    const cap = await teacher.post(`/api/students/${student}/gate-capture`, { cameraId: faceCam });
    expect(cap.status, cap.text).toBe(200);
    expect(cap.body.frames).toBeGreaterThanOrEqual(4);
    expect(cap.body.candidates.length).toBeGreaterThanOrEqual(1);
    expect(cap.body.candidates.length).toBeLessThanOrEqual(3);
    expect(cap.body.captureId).toEqual(expect.any(String));
    for (const c of cap.body.candidates) {
      const jpeg = Buffer.from(c.image.replace(/^data:image\/jpeg;base64,/, ''), 'base64');
      const meta = await sharp(jpeg).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.width).toBeGreaterThan(200); // a face crop from a 720p grab, not a thumbnail
    }
    // Candidates are not templates: nothing is stored until the teacher confirms.
    expect(await h.ctx.deps.repos.faces.listForStudent(student)).toHaveLength(0);
    expect(await coverage6A1()).toBe(before);

    const ok = await teacher.post(`/api/gate-captures/${cap.body.captureId}/confirm`, {});
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.enrolled.length).toBe(cap.body.candidates.length);
    expect(ok.body.refused).toEqual([]);
    const templates = await h.ctx.deps.repos.faces.listForStudent(student);
    expect(templates.map((t) => t.source)).toEqual(templates.map(() => 'gate_capture'));
    expect(templates).toHaveLength(ok.body.enrolled.length);
    expect(await coverage6A1()).toBe(before + 1);
    const board = await teacher.get(`/api/classes/${CLASS_6A1}/board`);
    expect(board.body.rows.find((r: { studentId: string }) => r.studentId === student).faceEnrolled).toBe(true);
    const audit = await principal.get(`/api/audit?schoolId=${DEMO.school}&action=face.enrolled`);
    const mine = audit.body.filter((e: { targetId: string }) => e.targetId === student);
    expect(mine.length).toBe(templates.length);
    expect(mine[0].detail.source).toBe('gate_capture');
    // Confirmed once: the candidates are gone.
    expect((await teacher.post(`/api/gate-captures/${cap.body.captureId}/confirm`, {})).status).toBe(404);
    expect(captureStoreOf(h.ctx).size(new Date())).toBe(0);
  });

  it('a teacher of 6A2 cannot capture a 6A1 pupil', async () => {
    const r = await otherTeacher.post(`/api/students/${consenting[1]}/gate-capture`, { cameraId: faceCam });
    expect(r.status, r.text).toBe(403);
    expect(r.body.code).toBe('forbidden');
  });

  it('a pupil without face consent in force is refused before any frame is taken', async () => {
    const r = await teacher.post(`/api/students/${refusing}/gate-capture`, { cameraId: faceCam });
    expect(r.status, r.text).toBe(409);
    expect(r.body.code).toBe('consent_required');
    expect(captureStoreOf(h.ctx).size(new Date())).toBe(0);
  });

  it('frames without a face give no candidate and say why, frame by frame', async () => {
    const r = await teacher.post(`/api/students/${consenting[1]}/gate-capture`, { cameraId: emptyCam });
    expect(r.status, r.text).toBe(200);
    expect(r.body.captureId).toBeNull();
    expect(r.body.candidates).toEqual([]);
    expect(r.body.refusals.length).toBe(r.body.frames);
    expect(r.body.refusals.length).toBeGreaterThanOrEqual(4);
    for (const f of r.body.refusals) expect(f.issues).toEqual(['no_face']);
    expect(captureStoreOf(h.ctx).size(new Date())).toBe(0);
  });

  it('discard leaves nothing behind; nobody else can confirm or discard someone\'s capture', async () => {
    const student = consenting[1]!;
    const cap = await teacher.post(`/api/students/${student}/gate-capture`, { cameraId: faceCam });
    expect(cap.status, cap.text).toBe(200);
    expect(cap.body.captureId).toEqual(expect.any(String));
    expect(captureStoreOf(h.ctx).size(new Date())).toBe(1);
    expect((await principal.post(`/api/gate-captures/${cap.body.captureId}/confirm`, {})).status).toBe(404);
    expect((await principal.call('DELETE', `/api/gate-captures/${cap.body.captureId}`)).status).toBe(404);
    const gone = await teacher.call('DELETE', `/api/gate-captures/${cap.body.captureId}`);
    expect(gone.status, gone.text).toBe(200);
    expect(captureStoreOf(h.ctx).size(new Date())).toBe(0);
    expect((await teacher.post(`/api/gate-captures/${cap.body.captureId}/confirm`, {})).status).toBe(404);
    expect(await h.ctx.deps.repos.faces.listForStudent(student)).toHaveLength(0);
  });

  it('an RTSP camera with digest auth: the sealed password opens the stream; a wrong one is explained, not retried', async () => {
    const rtspCamera = (name: string, password: string) => ({ name, kind: 'rtsp', role: 'both', url: rtsp.url('/Streaming/Channels/102', null),
      username: RTSP_LOGIN.user, password, lane: null, direction: null, fps: 5, enabled: true });
    const good = await principal.post(`/api/schools/${DEMO.school}/cameras`, rtspCamera('Cổng chính (RTSP)', RTSP_LOGIN.password));
    const bad = await principal.post(`/api/schools/${DEMO.school}/cameras`, rtspCamera('Cổng phụ (sai mật khẩu)', 'wrong'));
    expect(good.status, good.text).toBe(200);
    const stored = await h.ctx.deps.repos.gate.getCamera(good.body.id);
    expect(stored!.passwordSealed).not.toContain(RTSP_LOGIN.password);
    const cap = await teacher.post(`/api/students/${consenting[1]}/gate-capture`, { cameraId: good.body.id });
    expect(cap.status, cap.text).toBe(200);
    expect(cap.body.frames).toBeGreaterThanOrEqual(4);
    expect(cap.body.candidates.length).toBeGreaterThanOrEqual(1);
    expect((await teacher.call('DELETE', `/api/gate-captures/${cap.body.captureId}`)).status).toBe(200);
    const refused = await teacher.post(`/api/students/${consenting[1]}/gate-capture`, { cameraId: bad.body.id });
    expect(refused.status, refused.text).toBe(409);
    expect(refused.body.message).toContain('Sai tên đăng nhập hoặc mật khẩu camera');
    expect(await h.ctx.deps.repos.faces.listForStudent(consenting[1]!)).toHaveLength(0);
  });

  it('a capture expires after ten minutes', async () => {
    const cap = await teacher.post(`/api/students/${consenting[1]}/gate-capture`, { cameraId: faceCam });
    expect(cap.body.captureId).toEqual(expect.any(String));
    const later = new Date(Date.now() + 10 * 60_000 + 1000);
    expect(captureStoreOf(h.ctx).size(later)).toBe(0);
    expect((await teacher.post(`/api/gate-captures/${cap.body.captureId}/confirm`, {})).status).toBe(404);
  });
});
