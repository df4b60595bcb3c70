import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { consentInForce } from '@truongan/core';
import { createEngine, type VisionFaceEngine } from '@truongan/vision';
import { sampleImagePaths } from '../demo/gateVideo.ts';
import { DEMO } from '../demo/seed.ts';
import { startHarness, type Harness } from '../testing/harness.ts';
import { runEnroll, type EnrollReport } from './enroll.ts';

// Photos come from @vladmandic/face-api's demo samples (shipped through npm), cropped to one face with the engine.
let h: Harness;
let engine: VisionFaceEngine;
let dir: string;
let withConsent: string, withoutConsent: string;

beforeAll(async () => {
  h = await startHarness();
  engine = await createEngine();
  h.ctx.deps.faceEngine = engine;
  const crops: Buffer[] = [];
  for (const file of sampleImagePaths()) {
    const bytes = fs.readFileSync(file);
    const meta = await sharp(bytes).metadata();
    for (const f of await engine.describe(bytes)) {
      if (f.quality.issues.some((i) => i !== 'multiple_faces') || f.box.width < 140 || crops.length >= 2) continue;
      const m = f.box.width * 0.35;
      const left = Math.max(0, Math.round(f.box.x - m)), top = Math.max(0, Math.round(f.box.y - m));
      const size = Math.round(Math.min(f.box.width + 2 * m, meta.width! - left, meta.height! - top));
      crops.push(await sharp(bytes).extract({ left, top, width: size, height: size }).jpeg({ quality: 92 }).toBuffer());
    }
  }
  expect(crops.length).toBe(2);
  const students = await h.ctx.deps.repos.people.listStudents({ schoolId: DEMO.school });
  const consent = await Promise.all(students.map((s) => consentInForce(h.ctx.deps, s.id, 'face_recognition')));
  withConsent = students[consent.indexOf(true)]!.id;
  withoutConsent = students[consent.indexOf(false)]!.id;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truongan-enroll-'));
  const put = (student: string, name: string, bytes: Buffer) => { fs.mkdirSync(path.join(dir, student), { recursive: true }); fs.writeFileSync(path.join(dir, student, name), bytes); };
  put(withConsent, '1.jpg', crops[0]!);
  put(withConsent, '2.jpg', crops[1]!);
  put(withConsent, '3-tiny.jpg', await sharp(crops[0]!).resize(40, 40).jpeg().toBuffer()); // refused by the quality gate
  put(withConsent, '4-blank.png', await sharp({ create: { width: 300, height: 300, channels: 3, background: '#888' } }).png().toBuffer());
  put(withoutConsent, '1.jpg', crops[0]!);
  put('stu-nobody', '1.jpg', crops[1]!);
}, 120_000);
afterAll(async () => { await h?.close(); fs.rmSync(dir, { recursive: true, force: true }); });

const open = async () => ({ deps: h.ctx.deps, close: async () => {} });

describe('truongan enroll --dir', () => {
  it('enrols good photos, refuses bad ones with reasons, skips students without consent', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const code = await runEnroll({ dir, school: DEMO.school, json: true }, open);
    const report = JSON.parse(log.mock.calls.at(-1)![0] as string) as EnrollReport;
    log.mockRestore();
    expect(code).toBe(1);
    expect(report.enrolled).toBe(2);
    expect(report.students.find((s) => s.studentId === withConsent)).toMatchObject({ photos: 4, enrolled: 2, refused: 2, status: 'partly' });
    expect(report.refused.find((r) => r.photo === '4-blank.png')?.reasons).toEqual(['no_face']);
    expect(report.refused.find((r) => r.photo === '3-tiny.jpg')?.reasons.length).toBeGreaterThan(0);
    expect(report.skipped).toEqual(expect.arrayContaining([
      expect.objectContaining({ studentId: withoutConsent, reason: 'consent_required' }),
      expect.objectContaining({ studentId: 'stu-nobody', reason: 'not_found' }),
    ]));
    // Nothing about the non-consenting student's photo was stored.
    expect(await h.ctx.deps.repos.faces.listForSchool(DEMO.school, engine.model)).toHaveLength(2);
  });

  it('prints a summary table in plain text', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await runEnroll({ dir, school: DEMO.school }, open);
    const text = log.mock.calls.map((c) => String(c[0])).join('\n');
    log.mockRestore();
    expect(text).toContain('Học sinh/Student');
    expect(text).toMatch(/skipped .*Chưa có sự đồng ý/);
    expect(text).toContain('4-blank.png: no_face');
  });
});
