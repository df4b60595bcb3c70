/**
 * Quality gate shared by all engines: size, pose, blur, liveness. Thresholds are options because a
 * gate camera (small, moving faces) and an enrolment photo (large, still) need different limits.
 */
import type { FaceQualityIssue } from '@truongan/core/ports/faceEngine';

export interface QualityOptions {
  /** Minimum face box width in pixels (gate guidance: faces are usable from ~60 px). */
  minFacePx: number;
  maxYawDeg: number;
  maxPitchDeg: number;
  /**
   * In-plane tilt. Alignment undoes roll for recognition, so this only matters for enrolment
   * photos (a 45°-tilted head is not the passport-style photo a school should store).
   */
  maxRollDeg: number;
  /** Minimum Laplacian variance of the aligned 112×112 crop. Calibrated in docs/faces.md. */
  minBlur: number;
  /** Liveness (bona fide probability) below this → 'spoof'. */
  minLiveness: number;
}

export const DEFAULT_QUALITY: QualityOptions = { minFacePx: 48, maxYawDeg: 30, maxPitchDeg: 30, maxRollDeg: 30, minBlur: 60, minLiveness: 0.5 };

export interface QualityInput { sizePx: number; yawDeg: number; pitchDeg: number; rollDeg?: number; blur: number; liveness: number | null; multipleFaces: boolean }

export function assessQuality(q: QualityInput, opts: QualityOptions = DEFAULT_QUALITY) {
  const issues: FaceQualityIssue[] = [];
  if (q.sizePx < opts.minFacePx) issues.push('too_small');
  if (q.blur < opts.minBlur) issues.push('blurry');
  if (Math.abs(q.yawDeg) > opts.maxYawDeg || Math.abs(q.pitchDeg) > opts.maxPitchDeg || Math.abs(q.rollDeg ?? 0) > opts.maxRollDeg) issues.push('not_frontal');
  if (q.multipleFaces) issues.push('multiple_faces');
  if (q.liveness !== null && q.liveness < opts.minLiveness) issues.push('spoof');
  // Score in 0..1: product of soft factors, so a ranking of frames (best shot) is possible even
  // when no hard limit is crossed. Each factor is 1 at or beyond "comfortably good".
  const size = Math.min(1, q.sizePx / (2 * opts.minFacePx));
  const pose = Math.max(0, 1 - Math.max(Math.abs(q.yawDeg) / (2 * opts.maxYawDeg), Math.abs(q.pitchDeg) / (2 * opts.maxPitchDeg)));
  const sharp = Math.min(1, q.blur / (3 * opts.minBlur));
  const score = Math.round(size * pose * sharp * 1000) / 1000;
  return { score, issues, yawDeg: q.yawDeg, pitchDeg: q.pitchDeg, rollDeg: q.rollDeg ?? 0, blur: q.blur, sizePx: q.sizePx };
}
