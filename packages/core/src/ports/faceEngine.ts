/**
 * What core needs from a face recognizer. Implemented by @truongan/vision (ONNX pipeline by default,
 * Human and face-api as alternatives). Core never sees pixels beyond an encoded image buffer.
 */
export interface FaceBox { x: number; y: number; width: number; height: number }

export type FaceQualityIssue =
  | 'too_small'      // face narrower than the minimum (pixels between the eyes / box width)
  | 'blurry'         // low Laplacian variance on the aligned crop
  | 'not_frontal'    // yaw or pitch from landmarks beyond the limit
  | 'multiple_faces' // more than one face of comparable size in an enrolment photo
  | 'no_face'
  | 'spoof';         // liveness model says presentation attack

export interface DescribedFace {
  box: FaceBox;
  detectionScore: number;
  /** Five points: left eye, right eye, nose tip, left mouth corner, right mouth corner (image pixels). */
  landmarks5: Array<[number, number]>;
  /** L2-normalised embedding; compare with cosine similarity (= dot product). */
  embedding: Float32Array;
  /** Probability that the face is bona fide (not a print/screen), 0..1; null when the engine has no liveness model. */
  liveness: number | null;
  quality: { score: number; issues: FaceQualityIssue[]; yawDeg: number; pitchDeg: number; blur: number; sizePx: number };
}

export interface FaceEngine {
  /** Stable id of the recognizer, stored with every template (templates of different models never mix). */
  readonly model: string;
  readonly embeddingSize: number;
  /** Decode (EXIF-oriented) and describe every face in an encoded image (JPEG/PNG/WebP...). */
  describe(image: Uint8Array): Promise<DescribedFace[]>;
  close(): Promise<void>;
}
