import { ApiError } from './api-error.ts';

export const FACE_ISSUES = ['no_face', 'blurry', 'not_frontal', 'multiple_faces', 'spoof', 'too_small'] as const;
export type FaceIssue = (typeof FACE_ISSUES)[number];

export type FaceRefusal = { kind: 'consent' } | { kind: 'quality'; issues: FaceIssue[] } | { kind: 'other' };

/** Why the server refused an enrolment photo: missing consent, named quality problems, or something else. */
export function faceRefusal(error: unknown): FaceRefusal {
  if (!(error instanceof ApiError)) return { kind: 'other' };
  if (error.code === 'consent_required') return { kind: 'consent' };
  if (error.code !== 'invalid_input') return { kind: 'other' };
  const issues = (error.issues ?? []).map((i) => i.message).filter((m): m is FaceIssue => (FACE_ISSUES as readonly string[]).includes(m));
  return issues.length > 0 ? { kind: 'quality', issues: [...new Set(issues)] } : { kind: 'other' };
}
