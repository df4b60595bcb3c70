import type { MediaScrubber } from '@truongan/core';
import sharp from 'sharp';

/**
 * Re-encodes every uploaded photo to JPEG. sharp writes no metadata unless asked (no EXIF, no GPS, no camera
 * serial); rotate() first applies the EXIF orientation so the picture still stands upright once the tag is gone.
 * A 40-megapixel cap stops decompression bombs.
 */
export const sharpScrubber: MediaScrubber = {
  async scrubImage(data) {
    const out = await sharp(data, { limitInputPixels: 40_000_000, failOn: 'error' }).rotate().resize({ width: 2560, height: 2560, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 85 }).toBuffer();
    return { data: new Uint8Array(out), type: 'image/jpeg' };
  },
};
