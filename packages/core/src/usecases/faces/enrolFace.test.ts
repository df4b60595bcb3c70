import type { ConsentRecord, AssentRecord, Student } from '@truongan/contracts';
import { describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../access/actor.ts';
import type { Deps } from '../../ports/deps.ts';
import type { DescribedFace, FaceEngine } from '../../ports/faceEngine.ts';
import type { FaceTemplateRecord } from '../../ports/repositories.ts';
import { enrolFace } from './enrolFace.ts';

const student: Student = { id: 's1', schoolId: 'sch', classId: 'c1', fullName: 'Nguyễn Văn An', birthDate: '2015-01-01', sex: 'M', personalId: null, learnerId: null, status: 'active' };
const principal: Actor = { kind: 'user', userId: 'u1', displayName: 'HT', grants: [{ role: 'school_admin', scopeKind: 'school', scopeId: 'sch' }], studentIds: [], mfa: true };
const face = (over: Partial<DescribedFace> = {}): DescribedFace => ({
  box: { x: 0, y: 0, width: 120, height: 140 }, detectionScore: 0.99, landmarks5: [], embedding: new Float32Array([0.6, 0.8]), liveness: 0.98,
  quality: { score: 0.9, issues: [], yawDeg: 2, pitchDeg: 1, blur: 300, sizePx: 120 }, ...over,
});

/** Minimal in-memory ports: just what enrolFace touches. */
function fakeDeps(consents: ConsentRecord[], assents: AssentRecord[], faces: DescribedFace[] = [face()]) {
  const stored: FaceTemplateRecord[] = [];
  const engine: FaceEngine = { model: 'test-model', embeddingSize: 2, describe: vi.fn(async () => faces), close: async () => {} };
  const repos: any = {
    locator: { locate: async () => new Map([['student:s1', { provinceId: 'p', wardId: 'w', schoolId: 'sch', classId: 'c1', studentId: 's1' }]]) },
    people: { getStudent: async (id: string) => (id === 's1' ? student : undefined) },
    consents: { consentHistory: async () => consents, assentHistory: async () => assents },
    faces: { insert: async (t: FaceTemplateRecord) => { stored.push(t); } },
    audit: { append: vi.fn(async () => ({})) },
  };
  const deps = {
    repos, tx: (fn: any) => fn(repos), clock: { now: () => new Date('2026-11-22T01:00:00Z') }, ids: { next: () => 'id1' },
    secrets: { seal: (b: Uint8Array) => b }, faceEngine: engine, live: { publish: vi.fn(), subscribe: () => () => {} },
  } as unknown as Deps;
  return { deps, stored, engine, repos };
}
const consent = (decision: 'granted' | 'withdrawn', at = '2026-09-10T00:00:00Z'): ConsentRecord => ({
  id: `c-${at}`, studentId: 's1', purpose: 'face_recognition', decision, guardianId: 'g1', recordedBy: 'g1', channel: 'app', textVersion: 'face-2026-01', at,
});
const assent = (decision: 'granted' | 'withdrawn'): AssentRecord => ({ id: 'a1', studentId: 's1', purpose: 'face_recognition', decision, recordedBy: 't1', at: '2026-09-11T00:00:00Z' });
const photo = new Uint8Array([1, 2, 3]);

describe('enrolFace', () => {
  it('refuses without any consent and never looks at the photo', async () => {
    const { deps, engine, stored } = fakeDeps([], []);
    await expect(enrolFace(deps, principal, { studentId: 's1', photo, source: 'school_upload' })).rejects.toMatchObject({ code: 'consent_required' });
    expect(engine.describe).not.toHaveBeenCalled();
    expect(stored).toHaveLength(0);
  });

  it('refuses when the newest guardian decision is a withdrawal', async () => {
    const { deps } = fakeDeps([consent('granted', '2026-09-10T00:00:00Z'), consent('withdrawn', '2026-10-01T00:00:00Z')], [assent('granted')]);
    await expect(enrolFace(deps, principal, { studentId: 's1', photo, source: 'school_upload' })).rejects.toMatchObject({ code: 'consent_required' });
  });

  it('refuses a child of 7 or more whose own assent is missing', async () => {
    const { deps } = fakeDeps([consent('granted')], []);
    await expect(enrolFace(deps, principal, { studentId: 's1', photo, source: 'school_upload' })).rejects.toMatchObject({ code: 'consent_required' });
  });

  it('enrols with consent and assent in force, sealing the embedding and auditing', async () => {
    const { deps, stored, repos } = fakeDeps([consent('granted')], [assent('granted')]);
    const r = await enrolFace(deps, principal, { studentId: 's1', photo, source: 'school_upload' });
    expect(r.quality).toBe(0.9);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.model).toBe('test-model');
    expect(repos.audit.append).toHaveBeenCalledWith(expect.objectContaining({ action: 'face.enrolled', targetId: 's1' }));
  });

  it('refuses a photo with two faces or a spoof, naming the reason', async () => {
    const two = fakeDeps([consent('granted')], [assent('granted')], [face(), face({ box: { x: 200, y: 0, width: 110, height: 130 } })]);
    await expect(enrolFace(two.deps, principal, { studentId: 's1', photo, source: 'school_upload' })).rejects.toMatchObject({ code: 'invalid_input', issues: ['multiple_faces'] });
    const spoof = fakeDeps([consent('granted')], [assent('granted')], [face({ liveness: 0.1 })]);
    await expect(enrolFace(spoof.deps, principal, { studentId: 's1', photo, source: 'school_upload' })).rejects.toMatchObject({ issues: ['spoof'] });
  });

  it('refuses a teacher, who has no face.enrol permission, before checking anything else', async () => {
    const { deps, repos } = fakeDeps([consent('granted')], [assent('granted')]);
    const teacher: Actor = { ...principal, grants: [{ role: 'homeroom_teacher', scopeKind: 'class', scopeId: 'c1' }] };
    await expect(enrolFace(deps, teacher, { studentId: 's1', photo, source: 'school_upload' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(repos.audit.append).not.toHaveBeenCalled();
  });
});
