/**
 * The product's face pipeline: faceplugin ONNX models on onnxruntime-node (CPU, one thread).
 * detect (320×240) → NMS by score → 68 landmarks → 5 points → least-squares similarity to the
 * 112×112 template → 512-D feature (L2) → liveness → quality.
 */
import { Tensor, type InferenceSession } from 'onnxruntime-node';
import type { DescribedFace } from '@truongan/core/ports/faceEngine';
import { decodeImage, type RgbImage } from '../image.ts';
import { l2normalize, nms, laplacianVariance, similarityTransform, type ScoredBox } from '../geometry.ts';
import { REFERENCE_FACIAL_POINTS, estimatePose, fivePointsFrom68 } from '../landmarks.ts';
import { assessQuality, DEFAULT_QUALITY, type QualityOptions } from '../quality.ts';
import type { StageTimings, VisionFaceEngine } from '../types.ts';
import { loadSessions, modelsDir, runTensor, type ModelName } from './models.ts';
import { cropLumaInto, cropRawInto, letterboxInto, warpInto, type Rect } from './pixels.ts';
import { DET_H, DET_W, decodeDetections, decodeLandmarks, softmax, squareCrop } from './stages.ts';

const zeroTimings = (): StageTimings => ({ decode: 0, detect: 0, landmarks: 0, embedding: 0, liveness: 0, faces: 0, images: 0 });

/** Input tensors and scratch buffers, allocated once per engine and refilled for every face. */
class Buffers {
  readonly det = new Float32Array(3 * DET_H * DET_W);
  readonly lm = new Float32Array(64 * 64);
  readonly feat = new Float32Array(3 * 112 * 112);
  readonly live = new Float32Array(3 * 128 * 128);
  readonly aligned = new Uint8Array(112 * 112 * 3);
  readonly detT = new Tensor('float32', this.det, [1, 3, DET_H, DET_W]);
  readonly lmT = new Tensor('float32', this.lm, [1, 1, 64, 64]);
  readonly featT = new Tensor('float32', this.feat, [1, 3, 112, 112]);
  readonly liveT = new Tensor('float32', this.live, [1, 3, 128, 128]);
}

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
  /**
   * Samples per axis the detector's downscale averages over each output pixel's source cell
   * (default 2: 640×360 gate frames → 320×180 is then an exact 2×2 box; 1080p → 2×2 of each 6×6
   * cell, ~1 ms). On 1080p small faces 3 taps and the exact box found 74 and 72 of 96 pasted
   * 36–70 px faces, 2 taps 71, 1 tap (nearest) 59 (docs/faces.md).
   */
  detectorTaps?: number;
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
  readonly timings: StageTimings = zeroTimings();
  /** Same stages in process CPU ms (all threads; the benchmark reads it in a single-threaded loop). */
  readonly cpuTimings: StageTimings = zeroTimings();
  /** Wall ms inside session.run only, per stage: the rest of a stage is our pre/post-processing. */
  readonly netTimings: StageTimings = zeroTimings();
  private readonly opts: Required<Omit<OnnxEngineOptions, 'quality' | 'modelsDir'>> & { quality: QualityOptions };
  private readonly buf = new Buffers();
  /** Calls run one at a time: they share the tensors above, and onnxruntime runs one thread anyway. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly s: Record<ModelName, InferenceSession>, o: OnnxEngineOptions) {
    this.opts = {
      detectorBgr: o.detectorBgr ?? false,
      livenessBgr: o.livenessBgr ?? true,
      detectorLetterbox: o.detectorLetterbox ?? true,
      detectorTaps: o.detectorTaps ?? 2,
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
  detect(img: RgbImage): Promise<ScoredBox[]> {
    return this.exclusive(() => this.detectAll(img));
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async detectAll(img: RgbImage): Promise<ScoredBox[]> {
    const t = performance.now(), c = process.cpuUsage();
    let boxes = await this.detectOnce(img, { x: 0, y: 0, width: img.width, height: img.height });
    const tiles = this.opts.tiles;
    if (tiles && (tiles.cols > 1 || tiles.rows > 1)) {
      const all = [...boxes];
      // overlap = tiles.overlap × tile size, so a face up to that size is whole in some tile
      const tw = img.width / (tiles.cols - (tiles.cols - 1) * tiles.overlap), th = img.height / (tiles.rows - (tiles.rows - 1) * tiles.overlap);
      for (let r = 0; r < tiles.rows; r++) for (let col = 0; col < tiles.cols; col++) {
        const x = Math.round(col * tw * (1 - tiles.overlap)), y = Math.round(r * th * (1 - tiles.overlap));
        const w = Math.min(img.width - x, Math.round(tw)), h = Math.min(img.height - y, Math.round(th));
        all.push(...(await this.detectOnce(img, { x, y, width: w, height: h })));
      }
      boxes = nms(all, this.opts.nmsIou);
    }
    this.timings.detect += performance.now() - t;
    this.cpuTimings.detect += cpuMs(c);
    return boxes;
  }

  private async detectOnce(img: RgbImage, region: Rect): Promise<ScoredBox[]> {
    // Aspect-preserving letterbox, straight into the reused input tensor (pixels.ts). Stretching to
    // 320×240 as the package did distorts portrait photos: on ORL (92×112) it cost 12 border retries
    // and TAR@FAR1e-3 0.952 vs 1.000 letterboxed (docs/faces.md).
    const lb = letterboxInto(img, region, DET_W, DET_H, this.buf.det, this.opts.detectorBgr, this.opts.detectorTaps, !this.opts.detectorLetterbox);
    const sw = DET_W / lb.scaleX, sh = DET_H / lb.scaleY;
    const tn = performance.now();
    const out = await runTensor(this.s.fr_detect, this.buf.detT);
    this.netTimings.detect += performance.now() - tn;
    const boxes = decodeDetections(out.scores!.data as Float32Array, out.boxes!.data as Float32Array, sw, sh, this.opts.minDetectionScore, this.opts.nmsIou);
    if (region.x === 0 && region.y === 0) return boxes;
    return boxes.map((b) => ({ ...b, x1: b.x1 + region.x, x2: b.x2 + region.x, y1: b.y1 + region.y, y2: b.y2 + region.y }));
  }

  describeRgb(img: RgbImage): Promise<DescribedFace[]> {
    return this.exclusive(() => this.describeAll(img));
  }

  private async describeAll(img: RgbImage): Promise<DescribedFace[]> {
    this.timings.images++;
    this.cpuTimings.images++;
    const boxes = await this.detectAll(img);
    const areas = boxes.map((b) => (b.x2 - b.x1) * (b.y2 - b.y1));
    const largest = Math.max(0, ...areas);
    const faces: DescribedFace[] = [];
    for (const box of boxes) {
      faces.push(await this.describeBox(img, box, boxes.filter((b, j) => areas[j]! >= 0.5 * largest).length > 1));
    }
    return faces.sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
  }

  private async describeBox(img: RgbImage, box: ScoredBox, multipleFaces: boolean): Promise<DescribedFace> {
    const b = this.buf;
    let t = performance.now(), c = process.cpuUsage();
    const lmCrop = squareCrop(box, img.width, img.height, 1.0);
    cropLumaInto(img, lmCrop, 64, 64, b.lm);
    let tn = performance.now();
    const lmOut = await runTensor(this.s.fr_landmark, b.lmT);
    this.netTimings.landmarks += performance.now() - tn;
    const pts68 = decodeLandmarks(lmOut.output!.data as Float32Array, lmCrop);
    const five = fivePointsFrom68(pts68);
    this.timings.landmarks += performance.now() - t;
    this.cpuTimings.landmarks += cpuMs(c);

    t = performance.now(); c = process.cpuUsage();
    warpInto(img, similarityTransform(five, REFERENCE_FACIAL_POINTS), 112, 112, b.aligned, b.feat);
    tn = performance.now();
    const featOut = await runTensor(this.s.fr_feature, b.featT);
    this.netTimings.embedding += performance.now() - tn;
    const embedding = l2normalize(Float32Array.from(featOut.output!.data as Float32Array));
    const blur = laplacianVariance({ data: b.aligned, width: 112, height: 112 });
    this.timings.embedding += performance.now() - t;
    this.cpuTimings.embedding += cpuMs(c);

    let liveness: number | null = null;
    if (this.opts.liveness) {
      t = performance.now(); c = process.cpuUsage();
      cropRawInto(img, squareCrop(box, img.width, img.height, 2.7), 128, 128, b.live, this.opts.livenessBgr);
      tn = performance.now();
      const out = await runTensor(this.s.fr_liveness, b.liveT);
      this.netTimings.liveness += performance.now() - tn;
      liveness = softmax(out.output!.data as Float32Array)[0]!; // class 0 = bona fide
      this.timings.liveness += performance.now() - t;
      this.cpuTimings.liveness += cpuMs(c);
    }
    this.timings.faces++;
    this.cpuTimings.faces++;

    const pose = estimatePose(five);
    const width = box.x2 - box.x1;
    const quality = assessQuality(
      { sizePx: width, yawDeg: pose.yawDeg, pitchDeg: pose.pitchDeg, rollDeg: pose.rollDeg, blur, liveness, multipleFaces },
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
    await this.queue;
    await Promise.all(Object.values(this.s).map((s) => s.release()));
  }
}

const cpuMs = (since: NodeJS.CpuUsage) => { const d = process.cpuUsage(since); return (d.user + d.system) / 1000; };
