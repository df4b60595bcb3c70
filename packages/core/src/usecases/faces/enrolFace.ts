import type { Actor } from '../../access/actor.ts';
import { requireAccess } from '../../access/requireAccess.ts';
import { DomainError, invalidInput } from '../../errors.ts';
import type { Deps } from '../../ports/deps.ts';
import type { FaceQualityIssue } from '../../ports/faceEngine.ts';
import type { FaceTemplateRecord } from '../../ports/repositories.ts';
import { auditEntry } from '../../util/audit.ts';
import { consentInForce } from '../consent/consentStatus.ts';
import { judgeFrame } from './guidedCaptureGate.ts';

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

export class FaceQualityError extends DomainError {
  constructor(readonly issues: FaceQualityIssue[]) {
    super('invalid_input', `Ảnh không dùng được để đăng ký khuôn mặt: ${issues.join(', ')} / Photo cannot be used for enrolment`,
      { issues: issues.map((i) => ({ path: 'photo', message: i })) });
  }
}

/**
 * Enrols one photo of a student's face. Consent is checked first: without a guardian's consent in force
 * (and the child's own assent from age 7) nothing about the photo is processed, not even face detection.
 */
export async function enrolFace(deps: Deps, actor: Actor, input: { studentId: string; photo: Uint8Array; source: FaceTemplateRecord['source'] },
  /** Guided capture at the gate (guidedCapture.ts) enrols under 'face.capture': a teacher confirming their own pupil in person. */
  permission: 'face.enrol' | 'face.capture' = 'face.enrol') {
  const loc = await requireAccess(deps.repos.locator, actor, permission, [{ kind: 'student', id: input.studentId }]);
  if (!(await consentInForce(deps, input.studentId, 'face_recognition'))) {
    throw new DomainError('consent_required',
      'Chưa có sự đồng ý của phụ huynh (và của học sinh từ 7 tuổi) cho nhận diện khuôn mặt / No consent in force for face recognition');
  }
  if (input.photo.byteLength > MAX_PHOTO_BYTES) throw new DomainError('payload_too_large', 'Ảnh quá lớn (tối đa 8 MB) / Photo too large (max 8 MB)');
  if (!deps.faceEngine) throw new DomainError('conflict', 'Máy chủ chưa bật nhận diện khuôn mặt / Face recognition is not running on this server');
  const faces = await deps.faceEngine.describe(input.photo).catch(() => {
    throw invalidInput('Không đọc được ảnh / The file is not a readable image');
  });
  const { face, issues } = judgeFrame(faces);
  if (!face || issues.length > 0) throw new FaceQualityError(issues);
  const now = deps.clock.now();
  const schoolId = loc.get(`student:${input.studentId}`)!.schoolId!;
  const record: FaceTemplateRecord = {
    id: deps.ids.next(), studentId: input.studentId, schoolId, model: deps.faceEngine.model,
    embeddingSealed: deps.secrets.seal(new Uint8Array(face.embedding.buffer, face.embedding.byteOffset, face.embedding.byteLength).slice()), quality: face.quality.score,
    source: input.source, createdBy: actor.userId, createdAt: now.toISOString(),
  };
  await deps.tx(async (r) => {
    await r.faces.insert(record);
    await r.audit.append(auditEntry(actor, now, 'face.enrolled', { kind: 'student', id: input.studentId, schoolId }, { model: record.model, quality: record.quality, source: input.source }));
  });
  deps.live.publish(`gallery:${schoolId}`, { studentId: input.studentId });
  return { templateId: record.id, quality: record.quality };
}
