import type { DescribedFace, FaceQualityIssue } from '../../ports/faceEngine.ts';

/**
 * The enrolment quality gate applied to one camera frame: the same rules as enrolFace (largest face, a second face of
 * comparable size, the engine's quality issues, liveness below 0.5). enrolFace applies them again on confirmation,
 * so a candidate shown to the teacher can never become a template that an uploaded photo could not.
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
