/**
 * 68-point landmark helpers (iBUG 300-W numbering): the 5 alignment points and a coarse head pose.
 */
import type { Point } from './geometry.ts';

/**
 * The 112×112 template the package's fr_feature.js aligns to (REFERENCE_FACIAL_POINTS in the
 * tarball; it is the usual ArcFace/InsightFace 112×112 layout): left eye, right eye, nose tip,
 * left mouth corner, right mouth corner.
 */
export const REFERENCE_FACIAL_POINTS: readonly Point[] = [
  [38.29459953, 51.69630051],
  [73.53179932, 51.50139999],
  [56.02519989, 71.73660278],
  [41.54930115, 92.3655014],
  [70.72990036, 92.20410156],
];

const mean = (pts: Point[], idx: number[]): Point => {
  let x = 0, y = 0;
  for (const i of idx) { x += pts[i]![0]; y += pts[i]![1]; }
  return [x / idx.length, y / idx.length];
};

/** Eye centres from the four eyelid points (corners excluded, as the package does), nose tip 30, mouth corners = mean of outer and inner corner. */
export function fivePointsFrom68(pts: Point[]): Point[] {
  if (pts.length !== 68) throw new Error(`fivePointsFrom68: expected 68 points, got ${pts.length}`);
  return [
    mean(pts, [37, 38, 40, 41]),
    mean(pts, [43, 44, 46, 47]),
    pts[30]!,
    mean(pts, [48, 60]),
    mean(pts, [54, 64]),
  ];
}

/**
 * Frontal nose position between the eye line and the mouth line, taken from the template above:
 * (71.74 − 51.60) / (92.29 − 51.60) ≈ 0.495.
 */
const FRONTAL_NOSE_RATIO = (71.7366 - 51.5988) / (92.2848 - 51.5988);

/**
 * Coarse yaw/pitch/roll (degrees) from the five points only, so every engine can use it.
 * Roll = angle of the eye line. After removing roll: yaw from where the nose sits between the two
 * eyes (0.5 = frontal; a head turned by θ moves it by ≈ sin θ of the half-span), pitch from where it
 * sits between eye line and mouth line. Good enough to refuse clearly turned faces; not a 3-D fit.
 */
export function estimatePose(five: Point[]): { yawDeg: number; pitchDeg: number; rollDeg: number } {
  const [le, re, nose, lm, rm] = five as [Point, Point, Point, Point, Point];
  const roll = Math.atan2(re[1] - le[1], re[0] - le[0]);
  const c = Math.cos(-roll), s = Math.sin(-roll);
  const rot = (p: Point): Point => [c * p[0] - s * p[1], s * p[0] + c * p[1]];
  const [L, R, N, ML, MR] = [rot(le), rot(re), rot(nose), rot(lm), rot(rm)];
  const eyeSpan = R[0] - L[0];
  const eyeMid: Point = [(L[0] + R[0]) / 2, (L[1] + R[1]) / 2];
  const mouthMid: Point = [(ML[0] + MR[0]) / 2, (ML[1] + MR[1]) / 2];
  const clamp = (v: number) => Math.max(-1, Math.min(1, v));
  const deg = (r: number) => (r * 180) / Math.PI;
  const yaw = eyeSpan > 0 ? Math.asin(clamp((N[0] - eyeMid[0]) / (eyeSpan / 2))) : Math.PI / 2;
  const vSpan = mouthMid[1] - eyeMid[1];
  const ratio = vSpan > 0 ? (N[1] - eyeMid[1]) / vSpan : 0;
  // ±0.5 of the eye-mouth span around the frontal ratio is treated as ±90° (nose on the eye or mouth line).
  const pitch = Math.asin(clamp((ratio - FRONTAL_NOSE_RATIO) / 0.5));
  return { yawDeg: deg(yaw), pitchDeg: deg(pitch), rollDeg: deg(roll) };
}
