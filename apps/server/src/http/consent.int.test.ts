import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_TEXTS } from '@truongan/core';
import { DEMO } from '../demo/seed.ts';
import { startHarness, type ApiClient, type Harness } from '../testing/harness.ts';

/** Issue 2, point 5 (API side) and the consent lifecycle a guardian goes through in the app. */
let h: Harness;
let guardian: ApiClient, principal: ApiClient, teacher: ApiClient;
let child: string;
const photo = () => {
  const form = new FormData();
  form.set('photo', new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], { type: 'image/jpeg' }), 'face.jpg');
  return form;
};

beforeAll(async () => {
  h = await startHarness();
  guardian = await h.signInGuardian();
  principal = await h.signIn('hieutruong');
  teacher = await h.signIn('gvcn.6a1');
  child = (await guardian.get('/api/me/children')).body[0].id;
}, 120_000);
afterAll(async () => { await h?.close(); });

describe('consent through the API', () => {
  it('withdrawing face consent makes face enrolment refused with consent_required, and nothing is stored', async () => {
    const w = await guardian.post('/api/consent', { studentId: child, purpose: 'face_recognition', decision: 'withdrawn', textVersion: CONSENT_TEXTS.face_recognition.version });
    expect(w.status).toBe(200);
    const r = await principal.call('POST', `/api/students/${child}/faces`, photo());
    expect([r.status, r.body.code]).toEqual([409, 'consent_required']);
    expect(await h.ctx.deps.repos.faces.listForStudent(child)).toHaveLength(0);
    const status = await principal.get(`/api/schools/${DEMO.school}/consent`);
    const row = status.body.rows.find((x: any) => x.studentId === child);
    expect(row.purposes.face_recognition).toMatchObject({ guardian: 'withdrawn', inForce: false });
  });

  it('guardian consent alone is not enough from age 7: the child must assent too', async () => {
    await guardian.post('/api/consent', { studentId: child, purpose: 'face_recognition', decision: 'granted', textVersion: CONSENT_TEXTS.face_recognition.version });
    await teacher.post('/api/assent', { studentId: child, purpose: 'face_recognition', decision: 'withdrawn' });
    const r = await principal.call('POST', `/api/students/${child}/faces`, photo());
    expect(r.body.code).toBe('consent_required');
    await teacher.post('/api/assent', { studentId: child, purpose: 'face_recognition', decision: 'granted' });
    const mine = await guardian.get(`/api/students/${child}/consent`);
    expect(mine.body.status.purposes.face_recognition).toMatchObject({ guardian: 'granted', assent: 'granted', inForce: true });
    // With consent in force the request passes the consent gate and reaches the recognizer (not running in this test server).
    const after = await principal.call('POST', `/api/students/${child}/faces`, photo());
    expect(after.body.code).not.toBe('consent_required');
  });

  it('granting against an outdated text version is refused, so consent is always informed by the current text', async () => {
    const r = await guardian.post('/api/consent', { studentId: child, purpose: 'snapshot_sharing', decision: 'granted', textVersion: 'snapshot-2020-01' });
    expect([r.status, r.body.code]).toEqual([400, 'invalid_input']);
  });

  it('a guardian may upload a photo of their own child only', async () => {
    const own = await guardian.call('POST', `/api/students/${child}/faces`, photo());
    expect(own.body.code).not.toBe('forbidden');
    const others = (await h.ctx.deps.repos.people.listStudents({ schoolId: DEMO.school })).find((s) => s.id !== child)!;
    expect((await guardian.call('POST', `/api/students/${others.id}/faces`, photo())).body.code).toBe('forbidden');
  });

  it('staff cannot decide consent on behalf of a family', async () => {
    const r = await principal.post('/api/consent', { studentId: child, purpose: 'face_recognition', decision: 'granted', textVersion: CONSENT_TEXTS.face_recognition.version });
    expect(r.body.code).toBe('forbidden');
  });

  it('every decision is in the audit log with the text version and channel', async () => {
    const log = await principal.get(`/api/audit?schoolId=${DEMO.school}&action=consent.decided`);
    expect(log.body.length).toBeGreaterThanOrEqual(2);
    expect(log.body[0].detail).toMatchObject({ purpose: 'face_recognition', decision: 'granted', textVersion: CONSENT_TEXTS.face_recognition.version, channel: 'app' });
  });
});

describe('bad input', () => {
  it('unknown JSON fields, wrong types and malformed JSON are refused with every issue listed', async () => {
    const extra = await guardian.post('/api/consent', { studentId: child, purpose: 'face_recognition', decision: 'granted', textVersion: 'x', admin: true });
    expect([extra.status, extra.body.code]).toEqual([400, 'invalid_input']);
    expect(JSON.stringify(extra.body.issues)).toContain('admin');
    const wrong = await guardian.post('/api/consent', { studentId: 42, purpose: 'everything', decision: 'granted', textVersion: 'x' });
    expect(wrong.body.issues.length).toBeGreaterThanOrEqual(2);
    const raw = await guardian.call('POST', '/api/consent', undefined, { 'content-type': 'application/json' });
    expect(raw.status).toBe(400);
  });

  it('oversized bodies are refused with payload_too_large', async () => {
    const r = await guardian.post('/api/consent', { studentId: child, purpose: 'face_recognition', decision: 'granted', textVersion: 'x'.repeat(300_000) });
    expect([r.status, r.body.code]).toEqual([413, 'payload_too_large']);
  });

  it('script and SQL in ids never reach the database or come back as HTML', async () => {
    for (const id of ["x' OR '1'='1", '<script>alert(1)</script>']) {
      const r = await principal.get(`/api/students/${encodeURIComponent(id)}`);
      expect(r.status).toBe(400);
      expect(r.text).not.toContain('<script>');
    }
  });
});
