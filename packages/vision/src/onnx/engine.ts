/**
 * The product's face pipeline: faceplugin ONNX models on onnxruntime-node (CPU, one thread).
 * detect (320×240) → NMS by score → 68 landmarks → 5 points → least-squares similarity to the
 * 112×112 template → 512-D feature (L2) → liveness → quality.
 */
import type { InferenceSession } from 'onnxruntime-node';
import type { DescribedFace } from '@truongan/core/ports/faceEngine';
import { decodeImage, resizeRgb, type RgbImage } from '../image.ts';
import { cropResize, cropRgb, l2normalize, nms, laplacianVariance, similarityTransform, warpSimilarity, type ScoredBox } from '../geometry.ts';
import { REFERENCE_FACIAL_POINTS, estimatePose, fivePointsFrom68 } from '../landmarks.ts';
import { assessQuality, DEFAULT_QUALITY, type QualityOptions } from '../quality.ts';
import type { StageTimings, VisionFaceEngine } from '../types.ts';
import { loadSessions, modelsDir, run1, type ModelName } from './models.ts';
import {
  DET_H, DET_W, decodeDetections, letterboxGeometry, padTo, decodeLandmarks, detectorInput, featureInput, landmarkInput, livenessInput, softmax, squareCrop,
} from './stages.ts';

export interface OnnxEngineOptions {
  modelsDir?: string;
  /** Feed the detector BGR like the package did (false = RGB; measured better, see docs/faces.md). */
  detectorBgr?: boolean;
  /**
   * Feed liveness BGR. The package's canvas fed RGB, but on nuaa_dev (200 live / 200 print frames)
   * BGR separates them completely (AUC 1.000, mean bona fide 1.00 vs 0.004) and RGB does not
   * (AUC 0.995, 0.88 vs 0.04): the net was evidently trained on OpenCV BGR frames.
   */
  livenessBgr?: boolean;
  /** Keep the aspect ratio when fitting the frame into the detector's 320×240 (default true). */
  detectorLetterbox?: boolean;
  minDetectionScore?: number;
  nmsIou?: number;
  /** Run the liveness model (adds ~8 ms per face). */
  liveness?: boolean;
  quality?: Partial<QualityOptions>;
  /** Extra detector passes on an overlapping grid (small faces in wide frames); off by default. */
  tiles?: { cols: number; rows: number; overlap: number } | null;
  /** describe(bytes) downscales to this longer side first (EVAL-PROTOCOL: 1920). */
  maxSide?: number;
}

export const ONNX_MODEL_ID = 'faceplugin-r1-5pt';

export class OnnxFaceEngine implements VisionFaceEngine {
  readonly model = ONNX_MODEL_ID;
  readonly embeddingSize = 512;
  /** Cumulative ms per stage since creation (the benchmark reads and resets it). */
  readonly timings: StageTimings = { decode: 0, detect: 0, landmarks: 0, embedding: 0, liveness: 0, faces: 0, images: 0 };
  private readonly opts: Required<Omit<OnnxEngineOptions, 'quality' | 'modelsDir'>> & { quality: QualityOptions };

  private constructor(private readonly s: Record<ModelName, InferenceSession>, o: OnnxEngineOptions) {
    this.opts = {
      detectorBgr: o.detectorBgr ?? false,
      livenessBgr: o.livenessBgr ?? true,
      detectorLetterbox: o.detectorLetterbox ?? true,
      minDetectionScore: o.minDetectionScore ?? 0.6,
      nmsIou: o.nmsIou ?? 0.4,
      liveness: o.liveness ?? true,
      maxSide: o.maxSide ?? 1920,
      tiles: o.tiles ?? null,
      quality: { ...DEFAULT_QUALITY, ...o.quality },
    };
  }

  static async create(o: OnnxEngineOptions = {}): Promise<OnnxFaceEngine> {
    return new OnnxFaceEngine(await loadSessions(o.modelsDir ?? modelsDir()), o);
  }

  async describe(image: Uint8Array): Promise<DescribedFace[]> {
    const t = performance.now();
    const img = await decodeImage(image, { maxSide: this.opts.maxSide });
    this.timings.decode += performance.now() - t;
    return this.describeRgb(img);
  }

  /**
   * Detection only (boxes in image pixels, best first). With `tiles`, the full frame plus an
   * overlapping cols×rows grid are each fitted into the 320×240 input and the boxes merged by NMS:
   * on a 1080p frame the full-frame pass sees faces at 1/6 scale and misses them below ~60 px.
   */
  async detect(img: RgbImage): Promise<ScoredBox[]> {
    const t = performance.now();
    let boxes = await this.detectOnce(img, 0, 0);
    const tiles = this.opts.tiles;
    if (tiles && (tiles.cols > 1 || tiles.rows > 1)) {
      const all = [...boxes];
      // overlap = tiles.overlap × tile size, so a face up to that size is whole in some tile
      const tw = img.width / (tiles.cols - (tiles.cols - 1) * tiles.overlap), th = img.height / (tiles.rows - (tiles.rows - 1) * tiles.overlap);
      for (let r = 0; r < tiles.rows; r++) for (let c = 0; c < tiles.cols; c++) {
        const x = Math.round(c * tw * (1 - tiles.overlap)), y = Math.round(r * th * (1 - tiles.overlap));
        const w = Math.min(img.width - x, Math.round(tw)), h = Math.min(img.height - y, Math.round(th));
        all.push(...(await this.detectOnce(cropRgb(img, x, y, w, h), x, y)));
      }
      boxes = nms(all, this.opts.nmsIou);
    }
    this.timings.detect += performance.now() - t;
    return boxes;
  }

  private async detectOnce(img: RgbImage, offX: number, offY: number): Promise<ScoredBox[]> {
    // Aspect-preserving letterbox (libvips resize, ~6 ms from raw 1080p). Stretching to 320×240 as
    // the package did distorts portrait photos: on ORL (92×112) it cost 12 border retries and
    // TAR@FAR1e-3 0.952 vs 1.000 letterboxed (docs/faces.md).
    const lb = this.opts.detectorLetterbox ? letterboxGeometry(img.width, img.height) : { width: DET_W, height: DET_H, scale: 0 };
    const resized = await resizeRgb(img, lb.width, lb.height);
    const small = this.opts.detectorLetterbox ? padTo(resized, DET_W, DET_H) : resized;
    const sw = this.opts.detectorLetterbox ? DET_W / lb.scale : img.width, sh = this.opts.detectorLetterbox ? DET_H / lb.scale : img.height;
    const out = await run1(this.s.fr_detect, detectorInput(small, this.opts.detectorBgr), [1, 3, DET_H, DET_W]);
    const boxes = decodeDetections(out.scores!.data as Float32Array, out.boxes!.data as Float32Array, sw, sh, this.opts.minDetectionScore, this.opts.nmsIou);
    if (offX === 0 && offY === 0) return boxes;
    return boxes.map((b) => ({ ...b, x1: b.x1 + offX, x2: b.x2 + offX, y1: b.y1 + offY, y2: b.y2 + offY }));
  }

  async describeRgb(img: RgbImage): Promise<DescribedFace[]> {
    this.timings.images++;
    const boxes = await this.detect(img);
    const areas = boxes.map((b) => (b.x2 - b.x1) * (b.y2 - b.y1));
    const largest = Math.max(0, ...areas);
    const faces: DescribedFace[] = [];
    for (const box of boxes) {
      faces.push(await this.describeBox(img, box, boxes.filter((b, j) => areas[j]! >= 0.5 * largest).length > 1));
    }
    return faces.sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
  }

  private async describeBox(img: RgbImage, box: ScoredBox, multipleFaces: boolean): Promise<DescribedFace> {
    let t = performance.now();
    const lmCrop = squareCrop(box, img.width, img.height, 1.0);
    const lmOut = await run1(this.s.fr_landmark, landmarkInput(cropResize(img, lmCrop, 64, 64)), [1, 1, 64, 64]);
    const pts68 = decodeLandmarks(lmOut.output!.data as Float32Array, lmCrop);
    const five = fivePointsFrom68(pts68);
    this.timings.landmarks += performance.now() - t;

    t = performance.now();
    const aligned = warpSimilarity(img, similarityTransform(five, REFERENCE_FACIAL_POINTS), 112, 112);
    const featOut = await run1(this.s.fr_feature, featureInput(aligned), [1, 3, 112, 112]);
    const embedding = l2normalize(Float32Array.from(featOut.output!.data as Float32Array));
    this.timings.embedding += performance.now() - t;

    let liveness: number | null = null;
    if (this.opts.liveness) {
      t = performance.now();
      const crop = cropResize(img, squareCrop(box, img.width, img.height, 2.7), 128, 128);
      const out = await run1(this.s.fr_liveness, livenessInput(crop, this.opts.livenessBgr), [1, 3, 128, 128]);
      liveness = softmax(out.output!.data as Float32Array)[0]!; // class 0 = bona fide
      this.timings.liveness += performance.now() - t;
    }
    this.timings.faces++;

    const pose = estimatePose(five);
    const width = box.x2 - box.x1;
    const quality = assessQuality(
      { sizePx: width, yawDeg: pose.yawDeg, pitchDeg: pose.pitchDeg, rollDeg: pose.rollDeg, blur: laplacianVariance(aligned), liveness, multipleFaces },
      this.opts.quality,
    );
    return {
      box: { x: box.x1, y: box.y1, width, height: box.y2 - box.y1 },
      detectionScore: box.score,
      landmarks5: five,
      embedding,
      liveness,
      quality,
    };
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.s).map((s) => s.release()));
  }
}
