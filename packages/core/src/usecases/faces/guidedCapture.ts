import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import { DomainError } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import type { FaceBox } from '../../ports/faceEngine.ts';
import type { CameraRecord } from '../../ports/gate.ts';
import { isDomainError } from '../../errors.ts';
import { consentInForce } from '../consent/consentStatus.ts';
import { enrolFace } from './enrolFace.ts';
import { judgeFrame } from './guidedCaptureGate.ts';
import { CAPTURE_TTL_MS, type CaptureCandidate, type CaptureSessionStore, type FrameRefusal } from './guidedCaptureStore.ts';

/** Reaching a camera is I/O: the server grabs and crops, core decides. */
export interface GateCapturePort {
  /** Encoded frames (JPEG) spread over `seconds`; throws a DomainError explaining a camera that cannot be reached. */
  grab(camera: CameraRecord, o: { frames: number; seconds: number }): Promise<Uint8Array[]>;
  /** The face with a margin as JPEG: what the teacher looks at, and what is enrolled on confirmation. */
  crop(image: Uint8Array, box: FaceBox): Promise<Uint8Array>;
}
export type CaptureDeps = Deps & { gateCapture: GateCapturePort; captures: CaptureSessionStore };

export const CAPTURE_FRAMES = 6;
export const CAPTURE_SECONDS = 3;
const MAX_CANDIDATES = 3;
/** Any camera that looks at pupils walking in or out; a perimeter camera sees the street, not a face held still. */
const CAPTURE_ROLES: ReadonlyArray<CameraRecord['role']> = ['entry', 'exit', 'both'];

const noConsent = () => new DomainError('consent_required',
  'Chưa có sự đồng ý của phụ huynh (và của học sinh từ 7 tuổi) cho nhận diện khuôn mặt / No consent in force for face recognition');
const noCapture = () => new DomainError('not_found', 'Phiên chụp không còn (đã xác nhận, đã huỷ hoặc quá 10 phút) / This capture is gone (confirmed, discarded or older than 10 minutes)');

/** The gate cameras a teacher may point a pupil at: those of the class's school. */
export async function captureCameras(deps: Deps, actor: Actor, input: { classId: string }) {
  const loc = await requireAccess(deps.repos.locator, actor, 'face.capture', [{ kind: 'class', id: input.classId }]);
  const schoolId = loc.get(`class:${input.classId}`)!.schoolId!;
  const cameras = await deps.repos.gate.listCameras({ schoolId, enabledOnly: true });
  return cameras.filter((c) => CAPTURE_ROLES.includes(c.role)).map((c) => ({ id: c.id, name: c.name, role: c.role }));
}

/**
 * "Chụp": a few seconds of the gate camera, every frame through the enrolment engine and quality gate, the best
 * 1–3 crops kept in memory for ten minutes. Consent is checked before a single frame is grabbed.
 */
export async function captureAtGate(deps: CaptureDeps, actor: Actor, input: { studentId: string; cameraId: string }) {
  const loc = await requireAccess(deps.repos.locator, actor, 'face.capture', [{ kind: 'student', id: input.studentId }]);
  if (!(await consentInForce(deps, input.studentId, 'face_recognition'))) throw noConsent();
  const schoolId = loc.get(`student:${input.studentId}`)!.schoolId!;
  const camera = await deps.repos.gate.getCamera(input.cameraId);
  if (!camera || camera.schoolId !== schoolId || !camera.enabled || !CAPTURE_ROLES.includes(camera.role)) {
    throw new DomainError('not_found', 'Không tìm thấy camera cổng này trong trường / No such gate camera at this school');
  }
  const engine = deps.faceEngine;
  if (!engine) throw new DomainError('conflict', 'Máy chủ chưa bật nhận diện khuôn mặt / Face recognition is not running on this server');
  const frames = await deps.gateCapture.grab(camera, { frames: CAPTURE_FRAMES, seconds: CAPTURE_SECONDS });
  const accepted: Array<{ frame: number; image: Uint8Array; box: FaceBox; quality: number }> = [];
  const refusals: FrameRefusal[] = [];
  for (const [frame, image] of frames.entries()) {
    const verdict = judgeFrame(await engine.describe(image));
    if (verdict.issues.length > 0 || !verdict.face) refusals.push({ frame, issues: verdict.issues });
    else accepted.push({ frame, image, box: verdict.face.box, quality: verdict.face.quality.score });
  }
  const best = accepted.sort((a, b) => b.quality - a.quality).slice(0, MAX_CANDIDATES);
  const candidates: CaptureCandidate[] = [];
  for (const b of best) candidates.push({ id: deps.ids.next(), image: await deps.gateCapture.crop(b.image, b.box), quality: b.quality, frame: b.frame });
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + CAPTURE_TTL_MS).toISOString();
  let captureId: string | null = null;
  if (candidates.length > 0) {
    captureId = deps.ids.next();
    deps.captures.put({ id: captureId, studentId: input.studentId, schoolId, cameraId: camera.id, createdBy: actor.userId,
      createdAt: now.toISOString(), expiresAt, candidates }, now);
  }
  return { captureId, expiresAt: captureId ? expiresAt : null, frames: frames.length, candidates, refusals };
}

/** The capture, if it is still there and this person made it: a capture is confirmed by whoever saw the pupil at the gate. */
async function ownCapture(deps: CaptureDeps, actor: Actor, captureId: string) {
  const session = deps.captures.get(captureId, deps.clock.now());
  if (!session || session.createdBy !== actor.userId) throw noCapture();
  await requireAccess(deps.repos.locator, actor, 'face.capture', [{ kind: 'student', id: session.studentId }]);
  return session;
}

/**
 * "Đúng là em này": the chosen crops become templates through enrolFace (consent, quality gate, audit with source
 * gate_capture, gallery reload) exactly as an uploaded photo does. The capture is gone afterwards either way.
 */
export async function confirmCapture(deps: CaptureDeps, actor: Actor, input: { captureId: string; candidateIds?: string[] }) {
  const session = await ownCapture(deps, actor, input.captureId);
  const chosen = input.candidateIds ? session.candidates.filter((c) => input.candidateIds!.includes(c.id)) : session.candidates;
  if (chosen.length === 0) throw new DomainError('invalid_input', 'Chưa chọn ảnh nào / No candidate chosen');
  deps.captures.delete(session.id);
  const enrolled: Array<{ candidateId: string; templateId: string; quality: number }> = [];
  const refused: Array<{ candidateId: string; code: string; message: string }> = [];
  for (const c of chosen) {
    try {
      const r = await enrolFace(deps, actor, { studentId: session.studentId, photo: c.image, source: 'gate_capture' }, 'face.capture');
      enrolled.push({ candidateId: c.id, ...r });
    } catch (e) {
      // Consent withdrawn in the meantime, or a crop the engine reads differently the second time: say so per crop.
      if (!isDomainError(e) || e.code === 'forbidden') throw e;
      refused.push({ candidateId: c.id, code: e.code, message: e.message });
    }
  }
  return { studentId: session.studentId, enrolled, refused };
}

/** "Không phải em này": the crops are dropped from memory; nothing was ever written. */
export async function discardCapture(deps: CaptureDeps, actor: Actor, input: { captureId: string }) {
  const session = await ownCapture(deps, actor, input.captureId);
  deps.captures.delete(session.id);
  return { ok: true as const };
}
