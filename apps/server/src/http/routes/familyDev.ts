import { randomUUID } from 'node:crypto';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Id } from '@truongan/contracts';
import { DomainError, recordPassage, requireAccess, saveCamera } from '@truongan/core';
import { hmacLinkSigner } from '@truongan/notify';
import sharp from 'sharp';
import type { HttpEnv } from '../env.ts';
import { requireActor } from '../session.ts';
import { errorResponses, json, jsonBody } from './openapi.ts';

const CAMERA_NAME = 'Cổng mô phỏng (demo, không có hình thật)';

/** A drawn placeholder picture (a silhouette and the time), so the demo's timeline has a real encrypted snapshot to show. */
async function placeholderJpeg(label: string): Promise<Buffer> {
  const safe = label.replace(/[<>&"]/g, '');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="320"><rect width="320" height="320" fill="#cfe0ee"/>
    <circle cx="160" cy="125" r="62" fill="#7a93a8"/><rect x="70" y="200" width="180" height="120" rx="70" fill="#7a93a8"/>
    <rect y="270" width="320" height="50" fill="#0f5e9c"/><text x="160" y="303" font-size="22" font-family="DejaVu Sans, sans-serif" fill="#fff" text-anchor="middle">${safe}</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/**
 * Demo only (--demo-outbox): a staff member who runs the gate simulates a walk-through for a student, so a
 * newcomer without a camera sees timelines, snapshots and notifications flow. Goes through recordPassage like
 * the vision role does (outbox rows, live board), and answers the signed snapshot links the messages would carry.
 * Absent from a real installation.
 */
export function familyDevRoutes(app: OpenAPIHono<HttpEnv>) {
  app.openapi(createRoute({ method: 'post', path: '/api/dev/passages', tags: ['dev'], summary: 'Demo only: simulate a gate passage with a drawn snapshot',
    request: { body: jsonBody(z.object({ studentId: Id, direction: z.enum(['in', 'out']) }).strict()) },
    responses: { 201: json(z.object({ passageId: z.string(), snapshotId: z.string(), links: z.array(z.object({ guardianId: z.string(), url: z.string() })) }), 'Created'), ...errorResponses } }),
  async (c) => {
    const ctx = c.get('ctx');
    if (!ctx.config.demoOutbox) throw new DomainError('not_found', 'Không có đường dẫn này / No such route');
    const actor = requireActor(c);
    const body = c.req.valid('json');
    const deps = ctx.deps;
    const student = await deps.repos.people.getStudent(body.studentId);
    await requireAccess(deps.repos.locator, actor, 'gate.operate', [{ kind: 'student', id: body.studentId }]);
    const schoolId = student!.schoolId;
    let camera = (await deps.repos.gate.listCameras({ schoolId })).find((k) => k.name === CAMERA_NAME);
    if (!camera) {
      // Disabled: the vision role never tries to open it; it only gives simulated passages a camera of the school.
      const saved = await saveCamera(deps, actor, { schoolId, camera: { name: CAMERA_NAME, kind: 'file', role: 'both', url: '/dev/null', username: null, password: null,
        lane: null, direction: null, fps: 1, enabled: false } });
      camera = (await deps.repos.gate.getCamera(saved.id))!;
    }
    const now = deps.clock.now();
    const local = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(11, 16);
    const snap = await deps.snapshots.put({ id: randomUUID(), schoolId, cameraId: camera.id, kind: 'crop', createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + 30 * 86_400_000).toISOString() }, await placeholderJpeg(`${body.direction === 'in' ? 'VÀO' : 'RA'} ${local}`));
    const id = randomUUID();
    await recordPassage(deps, { id, schoolId, cameraId: camera.id, trackId: `demo-${id}`, decision: 'known', studentId: student!.id, candidates: [],
      score: 0.9, margin: 0.2, votes: 3, frames: 5, quality: 0.9, liveness: 0.99, direction: body.direction, firstSeenAt: now.toISOString(),
      decidedAt: now.toISOString(), snapshotId: snap.id, contextSnapshotId: null });
    // The links the SMS/Zalo messages would carry (the demo outbox shows message texts without them).
    const signer = hmacLinkSigner(ctx.keys.links, ctx.config.publicUrl);
    const links = (await deps.repos.people.guardiansOf(student!.id)).map((g) => ({ guardianId: g.id, url: signer.snapshotLink(snap.id, g.id, 24 * 3_600_000) }));
    return c.json({ passageId: id, snapshotId: snap.id, links }, 201);
  });
}
