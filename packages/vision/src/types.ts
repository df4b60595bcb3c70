/**
 * Vision-side extension of core's FaceEngine port (proposed addition, compatible with it).
 */
import type { FaceEngine, DescribedFace } from '@truongan/core/ports/faceEngine';
import type { RgbImage } from './image.ts';

export type { FaceEngine, DescribedFace, RgbImage };

/** Cumulative milliseconds per stage; `faces`/`images` are counts. */
export interface StageTimings { decode: number; detect: number; landmarks: number; embedding: number; liveness: number; faces: number; images: number }

export interface VisionFaceEngine extends FaceEngine {
  /** Describe already-decoded RGB pixels (lets the evaluation and the pool decode once, and transfer raw pixels to workers). */
  describeRgb(img: RgbImage): Promise<DescribedFace[]>;
  readonly timings?: StageTimings;
  /** Optional: also return the engine's own milliseconds (a pool excludes its queueing time). */
  describeRgbTimed?(img: RgbImage): Promise<{ faces: DescribedFace[]; ms: number }>;
}
