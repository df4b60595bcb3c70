import type { PhotoUpload } from '@truongan/contracts';
import { DomainError, invalidInput } from '../errors.ts';
import type { Deps } from '../ports/deps.ts';
import { embeddingBytes } from './nameKey.ts';

export interface PreparedPhoto {
  type: string; size: number; dataSealed: Uint8Array;
  /** The largest face's embedding, sealed, when the engine runs and found one. */
  face: { model: string; embedding: Float32Array; embeddingSealed: Uint8Array } | null;
}

/**
 * A photo taken at the gate (visitor check-in, watchlist entry, pick-up person): metadata stripped, sealed at rest, and
 * described by the face engine when one runs. No face is not an error here — the photo still helps a guard — but then
 * nothing biometric is kept.
 */
export async function preparePhoto(deps: Deps, photo: PhotoUpload): Promise<PreparedPhoto> {
  if (!deps.media) throw new DomainError('conflict', 'Máy chủ chưa bật xử lý ảnh / Image processing is not available on this server');
  const raw = Buffer.from(photo.dataBase64, 'base64');
  const clean = await deps.media.scrubImage(raw, photo.type).catch(() => { throw invalidInput('Tệp không phải ảnh hợp lệ / Not a valid image', [{ path: 'photo', message: 'unreadable' }]); });
  let face: PreparedPhoto['face'] = null;
  if (deps.faceEngine) {
    const faces = await deps.faceEngine.describe(clean.data).catch(() => []);
    const biggest = [...faces].sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)[0];
    if (biggest) face = { model: deps.faceEngine.model, embedding: biggest.embedding, embeddingSealed: deps.secrets.seal(embeddingBytes(biggest.embedding)) };
  }
  return { type: clean.type, size: clean.data.byteLength, dataSealed: deps.secrets.seal(clean.data), face };
}
