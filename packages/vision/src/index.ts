/**
 * @truongan/vision — face pipeline behind core's FaceEngine port.
 *   createEngine('faceplugin-r1-5pt' | 'human-faceres' | 'faceapi-128') → VisionFaceEngine
 *   createFacePool({ model, workers })  → the same interface over one worker thread per core
 *   evaluateFaces({...})                 → EVAL-PROTOCOL.md metrics (also: truongan eval faces)
 */
export type { VisionFaceEngine, StageTimings, FaceEngine, DescribedFace, RgbImage } from './types.ts';
export { createEngine, resolveModelId, MODEL_IDS, type ModelId } from './engines.ts';
export { OnnxFaceEngine, ONNX_MODEL_ID, type OnnxEngineOptions } from './onnx/engine.ts';
export { createFacePool, FacePool, type FacePoolOptions } from './pool.ts';
export { decodeImage, addBorder, encodeRgb, setSharpConcurrency } from './image.ts';
export { similarityTransform, applySimilarity, warpSimilarity, nms, iou, laplacianVariance, l2normalize, dot, type Point, type Similarity } from './geometry.ts';
export { REFERENCE_FACIAL_POINTS, fivePointsFrom68, estimatePose } from './landmarks.ts';
export { assessQuality, DEFAULT_QUALITY, type QualityOptions } from './quality.ts';
export { evaluateFaces, type EvalOptions, type EvalResult } from './eval/run.ts';
