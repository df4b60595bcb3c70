/**
 * Synthetic 1080p gate frames: a real fixture face composited onto a 1920×1080 background, one face
 * per frame. The fixtures stay in ../shared/fixtures (never copied into the repo).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import type { RgbImage } from '../src/image.ts';

export const FIXTURES = resolve(import.meta.dirname, '../../../../shared/fixtures');

/** Portraits with exactly one person in them (checked by eye), from two fixture sets. */
export function portraitFiles(): string[] {
  const fre = join(FIXTURES, 'faces/face_recognition_examples');
  const df = join(FIXTURES, 'faces/deepface_testset');
  const out: string[] = [];
  for (const f of ['obama/obama.jpg', 'biden/biden.jpg', 'kit_harington/john1.jpeg', 'alex_lacamoire/img1.jpg']) if (existsSync(join(fre, f))) out.push(join(fre, f));
  if (existsSync(df)) for (const id of readdirSync(df).filter((d) => d.startsWith('id')).sort().slice(0, 8)) {
    const imgs = readdirSync(join(df, id)).filter((f) => f.endsWith('.jpg')).sort();
    if (imgs[0]) out.push(join(df, id, imgs[0]));
  }
  return out;
}

/** Frame i: portrait scaled to 520–820 px tall (faces ~110–250 px: on a full 1080p frame the 320×240 detector misses faces under ~90 px, see docs/faces.md), placed at a varying spot on a grey-blue gradient. */
export async function makeFrame(portrait: string, i: number): Promise<{ jpeg: Buffer; raw: RgbImage }> {
  const h = 520 + ((i * 53) % 300);
  const face = await sharp(portrait).rotate().resize({ height: h }).removeAlpha().toBuffer({ resolveWithObject: true });
  const left = Math.min(1920 - face.info.width, 100 + ((i * 389) % 1500));
  const top = Math.min(1080 - h, 80 + ((i * 211) % 500));
  const bg = Buffer.alloc(1920 * 1080 * 3);
  for (let y = 0; y < 1080; y++) for (let x = 0; x < 1920; x++) {
    const o = (y * 1920 + x) * 3;
    bg[o] = 90 + (x >> 4) % 40; bg[o + 1] = 100 + (y >> 3) % 50; bg[o + 2] = 120;
  }
  const base = sharp(bg, { raw: { width: 1920, height: 1080, channels: 3 } }).composite([{ input: face.data, left: Math.max(0, left), top: Math.max(0, top) }]);
  const jpeg = await base.clone().jpeg({ quality: 90 }).toBuffer();
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  return { jpeg, raw: { data: new Uint8Array(data), width: info.width, height: info.height } };
}
