import type { DescribedFace, FaceQualityIssue } from '../../ports/faceEngine.ts';

/**
 * The enrolment quality gate, for an uploaded photo (enrolFace) and for each gate camera frame (guidedCapture): the
 * largest face is the subject; a second face of comparable size, the engine's quality issues or liveness below 0.5
 * refuse it. enrolFace applies it again on confirmation, so a capture can never become a template an upload could not.
 */
export function judgeFrame(faces: DescribedFace[]): { face: DescribedFace | null; issues: FaceQualityIssue[] } {
  if (faces.length === 0) return { face: null, issues: ['no_face'] };
  const sorted = [...faces].sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
  const face = sorted[0]!;
  const issues = [...face.quality.issues];
  const second = sorted[1];
  if (second && second.box.width > face.box.width * 0.6) issues.push('multiple_faces');
  if (face.liveness !== null && face.liveness < 0.5) issues.push('spoof');
  return { face, issues: [...new Set(issues)] };
}
