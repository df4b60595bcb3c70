/**
 * Image decoding shared by every engine. One place decides EXIF orientation, colour space and the
 * ≤1920 px downscale so that all recognizers see exactly the same pixels (fair comparisons).
 */
import sharp from 'sharp';
import { decodeNetpbm, isNetpbm } from './netpbm.ts';

/** Interleaved 8-bit RGB, row-major. */
export interface RgbImage { data: Uint8Array; width: number; height: number }

export interface DecodeOptions {
  /** Downscale (never enlarge) so the longer side is at most this many pixels. */
  maxSide?: number;
}

// libvips spreads one decode over several threads by default; with one worker per core that only
// adds contention, so the pool's workers set this to 1 (see pool.ts).
export function setSharpConcurrency(n: number): void {
  sharp.concurrency(n);
}

/** Decode any supported encoded image to sRGB (EXIF orientation applied). PGM/PPM via our own parser (libvips in sharp lacks it). */
export async function decodeImage(bytes: Uint8Array, opts: DecodeOptions = {}): Promise<RgbImage> {
  const input = isNetpbm(bytes) ? await netpbmToSharp(bytes) : sharp(bytes, { failOn: 'none' });
  // .rotate() with no angle = apply EXIF orientation; toColourspace('srgb') turns grey/CMYK into 3 channels.
  let pipeline = input.rotate().toColourspace('srgb').removeAlpha();
  if (opts.maxSide) {
    pipeline = pipeline.resize({ width: opts.maxSide, height: opts.maxSide, fit: 'inside', withoutEnlargement: true });
  }
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`decodeImage: expected 3 channels, got ${info.channels}`);
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

async function netpbmToSharp(bytes: Uint8Array) {
  const img = decodeNetpbm(bytes);
  return sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength), {
    raw: { width: img.width, height: img.height, channels: img.channels },
  });
}

/** Pad with a uniform grey border (EVAL-PROTOCOL retry: detectors miss faces that fill the frame). */
export function addBorder(img: RgbImage, border: number, grey = 128): RgbImage {
  const width = img.width + 2 * border;
  const height = img.height + 2 * border;
  const data = new Uint8Array(width * height * 3).fill(grey);
  for (let y = 0; y < img.height; y++) {
    data.set(img.data.subarray(y * img.width * 3, (y + 1) * img.width * 3), ((y + border) * width + border) * 3);
  }
  return { data, width, height };
}

/** Encode raw RGB back to JPEG/PNG (used by the border retry for engines that take encoded bytes, and by the bench). */
export async function encodeRgb(img: RgbImage, format: 'png' | 'jpeg' = 'png'): Promise<Uint8Array> {
  const s = sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength), {
    raw: { width: img.width, height: img.height, channels: 3 },
  });
  const buf = await (format === 'png' ? s.png({ compressionLevel: 1 }) : s.jpeg({ quality: 92 })).toBuffer();
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
