/**
 * Shared tail for the alternative recognizers: from 5 points, embedding and liveness to a
 * DescribedFace with the same quality measures as the ONNX pipeline (so the gate compares like with like).
 */
import type { DescribedFace } from '@truongan/core/ports/faceEngine';
import type { RgbImage } from '../image.ts';
import { l2normalize, laplacianVariance, similarityTransform, warpSimilarity, type Point } from '../geometry.ts';
import { REFERENCE_FACIAL_POINTS, estimatePose } from '../landmarks.ts';
import { assessQuality, DEFAULT_QUALITY } from '../quality.ts';

export function finishFace(img: RgbImage, box: DescribedFace['box'], score: number, five: Point[], embedding: ArrayLike<number>, liveness: number | null, multipleFaces: boolean): DescribedFace {
  const aligned = warpSimilarity(img, similarityTransform(five, REFERENCE_FACIAL_POINTS), 112, 112);
  const pose = estimatePose(five);
  return {
    box, detectionScore: score, landmarks5: five, liveness,
    embedding: l2normalize(Float32Array.from(embedding)),
    quality: assessQuality({ sizePx: box.width, yawDeg: pose.yawDeg, pitchDeg: pose.pitchDeg, rollDeg: pose.rollDeg, blur: laplacianVariance(aligned), liveness, multipleFaces }, DEFAULT_QUALITY),
  };
}

/** Flag faces when ≥2 faces have at least half the largest box's area (enrolment: refuse group photos). */
export function comparableFaces(boxes: Array<{ width: number; height: number }>): boolean {
  const areas = boxes.map((b) => b.width * b.height);
  const max = Math.max(0, ...areas);
  return areas.filter((a) => a >= 0.5 * max).length > 1;
}
