/**
 * Alternative recognizer: @vladmandic/face-api (SSD MobileNetV1 + 68 landmarks + 128-D ResNet
 * descriptor) on tfjs-wasm. No liveness model. Descriptors are L2-normalised here so that cosine
 * similarity applies as for every engine (the customary 0.6 Euclidean threshold does not).
 */
import { join } from 'node:path';
import type { DescribedFace } from '@truongan/core/ports/faceEngine';
import { decodeImage, type RgbImage } from '../image.ts';
import type { Point } from '../geometry.ts';
import { fivePointsFrom68 } from '../landmarks.ts';
import type { VisionFaceEngine } from '../types.ts';
import { comparableFaces, finishFace } from './describe.ts';
import { initTfWasm, pkgDir, requireCjs } from './tfjs.ts';

export class FaceApiEngine implements VisionFaceEngine {
  readonly model = 'faceapi-128';
  readonly embeddingSize = 128;
  private constructor(private readonly api: any, private readonly tf: any) {}

  static async create(): Promise<FaceApiEngine> {
    const tf = await initTfWasm();
    // the main entry needs tfjs-node (libtensorflow download); the node-wasm build does not
    const api = requireCjs(join(pkgDir('@vladmandic/face-api'), 'dist', 'face-api.node-wasm.js'));
    await api.tf.setBackend('wasm');
    await api.tf.ready();
    const dir = join(pkgDir('@vladmandic/face-api'), 'model');
    await api.nets.ssdMobilenetv1.loadFromDisk(dir);
    await api.nets.faceLandmark68Net.loadFromDisk(dir);
    await api.nets.faceRecognitionNet.loadFromDisk(dir);
    return new FaceApiEngine(api, tf);
  }

  async describe(image: Uint8Array): Promise<DescribedFace[]> {
    return this.describeRgb(await decodeImage(image, { maxSide: 1920 }));
  }

  async describeRgb(img: RgbImage): Promise<DescribedFace[]> {
    const api = this.api, tf = this.tf;
    const input = tf.tensor3d(img.data, [img.height, img.width, 3], 'int32');
    let res: any[];
    try {
      res = await api.detectAllFaces(input, new api.SsdMobilenetv1Options({ minConfidence: 0.5, maxResults: 20 })).withFaceLandmarks().withFaceDescriptors();
    } finally {
      tf.dispose(input);
    }
    const boxes = res.map((r) => ({ x: r.detection.box.x, y: r.detection.box.y, width: r.detection.box.width, height: r.detection.box.height }));
    const multi = comparableFaces(boxes);
    const out = res.map((r, i) => {
      const pts: Point[] = r.landmarks.positions.map((p: { x: number; y: number }) => [p.x, p.y] as Point);
      return finishFace(img, boxes[i]!, r.detection.score, fivePointsFrom68(pts), r.descriptor, null, multi);
    });
    return out.sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
  }

  async close(): Promise<void> {}
}
