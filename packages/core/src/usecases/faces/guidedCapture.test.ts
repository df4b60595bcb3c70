import type { AssentRecord, ConsentRecord, Student } from '@truongan/contracts';
import { describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../access/actor.ts';
import type { DescribedFace, FaceEngine } from '../../ports/faceEngine.ts';
import type { CameraRecord } from '../../ports/gate.ts';
import type { FaceTemplateRecord } from '../../ports/repositories.ts';
import { captureAtGate, type CaptureDeps, confirmCapture, discardCapture } from './guidedCapture.ts';
import { judgeFrame } from './guidedCaptureGate.ts';
import { CAPTURE_TTL_MS, memoryCaptureStore } from './guidedCaptureStore.ts';

const student: Student = { id: 's1', schoolId: 'sch', classId: 'c1', fullName: 'Nguyễn Văn An', birthDate: '2015-01-01', sex: 'M', personalId: null, learnerId: null, status: 'active' };
const teacher: Actor = { kind: 'user', userId: 't1', displayName: 'GVCN', grants: [{ role: 'homeroom_teacher', scopeKind: 'class', scopeId: 'c1' }], studentIds: [], mfa: false };
const otherTeacher: Actor = { ...teacher, userId: 't2', grants: [{ role: 'homeroom_teacher', scopeKind: 'class', scopeId: 'c2' }] };
const face = (over: Partial<DescribedFace> = {}, quality = 0.8): DescribedFace => ({
  box: { x: 10, y: 10, width: 120, height: 140 }, detectionScore: 0.99, landmarks5: [], embedding: new Float32Array([0.6, 0.8]), liveness: 0.98,
  quality: { score: quality, issues: [], yawDeg: 2, pitchDeg: 1, blur: 300, sizePx: 120 }, ...over,
});
const camera: CameraRecord = { id: 'cam1', schoolId: 'sch', name: 'Cổng', kind: 'file', role: 'entry', url: '/x.mp4', username: null, passwordSealed: null,
  lane: null, direction: null, fps: 5, enabled: true, createdAt: '2026-09-01T00:00:00Z' };
const granted: ConsentRecord = { id: 'c', studentId: 's1', purpose: 'face_recognition', decision: 'granted', guardianId: 'g', recordedBy: 'g', channel: 'app', textVersion: 'v', at: '2026-09-10T00:00:00Z' };
const assented: AssentRecord = { id: 'a', studentId: 's1', purpose: 'face_recognition', decision: 'granted', recordedBy: 't1', at: '2026-09-11T00:00:00Z' };

/** In-memory ports; each grabbed "frame" is one byte naming which faces the fake engine sees in it. */
function fakeDeps(opts: { consent?: boolean; frames?: DescribedFace[][]; cameras?: CameraRecord[] } = {}) {
  const frames = opts.frames ?? [[face({}, 0.5)], [], [face({}, 0.9)], [face({ liveness: 0.1 })], [face({}, 0.7)], [face({}, 0.6)]];
  const stored: FaceTemplateRecord[] = [];
  let n = 0;
  const engine: FaceEngine = { model: 'm', embeddingSize: 2, close: async () => {},
    // Enrolment on confirmation describes the crop again: crops are marked 200+ and show one good face.
    describe: vi.fn(async (img: Uint8Array) => (img[0]! >= 200 ? [face()] : frames[img[0]!]!)) };
  const grab = vi.fn(async () => frames.map((_, i) => new Uint8Array([i])));
  const repos: any = {
    locator: { locate: async () => new Map([['student:s1', { provinceId: 'p', wardId: 'w', schoolId: 'sch', classId: 'c1', studentId: 's1' }]]) },
    people: { getStudent: async () => student },
    consents: { consentHistory: async () => (opts.consent === false ? [] : [granted]), assentHistory: async () => [assented] },
    gate: { getCamera: async (id: string) => (opts.cameras ?? [camera]).find((c) => c.id === id) },
    faces: { insert: async (t: FaceTemplateRecord) => { stored.push(t); } },
    audit: { append: vi.fn(async () => ({})) },
  };
  const deps = {
    repos, tx: (fn: any) => fn(repos), clock: { now: () => new Date('2026-11-22T01:00:00Z') }, ids: { next: () => `id${++n}` },
    secrets: { seal: (b: Uint8Array) => b }, faceEngine: engine, live: { publish: vi.fn(), subscribe: () => () => {} },
    gateCapture: { grab, crop: async (img: Uint8Array) => new Uint8Array([200 + img[0]!]) }, captures: memoryCaptureStore(),
  } as unknown as CaptureDeps;
  return { deps, stored, grab, repos };
}

describe('judgeFrame (the enrolment gate on one frame)', () => {
  it('names no face, a second comparable face, and a presentation attack', () => {
    expect(judgeFrame([]).issues).toEqual(['no_face']);
    expect(judgeFrame([face(), face({ box: { x: 300, y: 0, width: 100, height: 120 } })]).issues).toEqual(['multiple_faces']);
    expect(judgeFrame([face(), face({ box: { x: 300, y: 0, width: 40, height: 50 } })]).issues).toEqual([]);
    expect(judgeFrame([face({ liveness: 0.2 })]).issues).toEqual(['spoof']);
  });
});

describe('captureAtGate', () => {
  it('refuses without consent before grabbing a single frame', async () => {
    const { deps, grab } = fakeDeps({ consent: false });
    await expect(captureAtGate(deps, teacher, { studentId: 's1', cameraId: 'cam1' })).rejects.toMatchObject({ code: 'consent_required' });
    expect(grab).not.toHaveBeenCalled();
  });

  it('refuses a teacher of another class, and a camera of another school or a perimeter camera', async () => {
    const { deps, grab } = fakeDeps({ cameras: [{ ...camera, id: 'far', schoolId: 'other' }, { ...camera, id: 'street', role: 'perimeter' }] });
    await expect(captureAtGate(deps, otherTeacher, { studentId: 's1', cameraId: 'cam1' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(captureAtGate(deps, teacher, { studentId: 's1', cameraId: 'far' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(captureAtGate(deps, teacher, { studentId: 's1', cameraId: 'street' })).rejects.toMatchObject({ code: 'not_found' });
    expect(grab).not.toHaveBeenCalled();
  });

  it('keeps the three best frames that pass the gate and explains every other frame', async () => {
    const { deps, stored } = fakeDeps();
    const r = await captureAtGate(deps, teacher, { studentId: 's1', cameraId: 'cam1' });
    expect(r.candidates.map((c) => c.frame)).toEqual([2, 4, 5]);
    expect(r.refusals).toEqual([{ frame: 1, issues: ['no_face'] }, { frame: 3, issues: ['spoof'] }]);
    expect(stored).toHaveLength(0);
    expect(deps.captures.size(deps.clock.now())).toBe(1);
  });
});

describe('confirmCapture / discardCapture', () => {
  it('enrols the chosen crops as gate_capture templates and forgets the capture', async () => {
    const { deps, stored } = fakeDeps();
    const r = await captureAtGate(deps, teacher, { studentId: 's1', cameraId: 'cam1' });
    await expect(confirmCapture(deps, otherTeacher, { captureId: r.captureId! })).rejects.toMatchObject({ code: 'not_found' });
    const ok = await confirmCapture(deps, teacher, { captureId: r.captureId!, candidateIds: [r.candidates[0]!.id, r.candidates[1]!.id] });
    expect(ok.enrolled).toHaveLength(2);
    expect(stored.map((t) => t.source)).toEqual(['gate_capture', 'gate_capture']);
    await expect(confirmCapture(deps, teacher, { captureId: r.captureId! })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('discard drops the crops; an expired capture cannot be confirmed', async () => {
    const { deps, stored } = fakeDeps();
    const r = await captureAtGate(deps, teacher, { studentId: 's1', cameraId: 'cam1' });
    await discardCapture(deps, teacher, { captureId: r.captureId! });
    expect(deps.captures.size(deps.clock.now())).toBe(0);
    const again = await captureAtGate(deps, teacher, { studentId: 's1', cameraId: 'cam1' });
    const later = new Date(deps.clock.now().getTime() + CAPTURE_TTL_MS);
    deps.clock = { now: () => later };
    await expect(confirmCapture(deps, teacher, { captureId: again.captureId! })).rejects.toMatchObject({ code: 'not_found' });
    expect(stored).toHaveLength(0);
  });
});
