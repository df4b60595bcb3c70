// Test support for guided capture (int and e2e tests): a "pupil standing in front of the gate camera" video made with
// ffmpeg from the real faces that ship with @vladmandic/face-api, and an empty gate for the "no face" case.
import fs from 'node:fs';
import sharp from 'sharp';
import type { FaceEngine } from '@truongan/core';
import { gateBackground, renderScene, sampleImagePaths } from '../demo/gateVideo.ts';

/** Single-face crops of the sample photos, best first, chosen as the demo gate chooses them. */
export async function sampleFaceCrops(engine: FaceEngine): Promise<Buffer[]> {
  const crops: Array<{ crop: Buffer; quality: number }> = [];
  for (const file of sampleImagePaths()) {
    const bytes = fs.readFileSync(file);
    const meta = await sharp(bytes).metadata();
    for (const f of await engine.describe(bytes)) {
      if (f.quality.issues.some((i) => i !== 'multiple_faces') || (f.liveness ?? 1) < 0.8 || f.box.width < 140) continue;
      const m = f.box.width * 0.35;
      const left = Math.max(0, Math.round(f.box.x - m)), top = Math.max(0, Math.round(f.box.y - m));
      const size = Math.round(Math.min(f.box.width + 2 * m, meta.width! - left, meta.height! - top));
      crops.push({ crop: await sharp(bytes).extract({ left, top, width: size, height: size }).jpeg({ quality: 92 }).toBuffer(), quality: f.quality.score });
    }
  }
  return crops.sort((a, b) => b.quality - a.quality).map((c) => c.crop);
}

/**
 * A 4-second loop of the school gate, 640×360 like a substream: with `face`, a pupil stands close to the camera and
 * sways a little (some frames turn slightly away, as people do); without, the empty gate. MPEG-TS is what the RTSP
 * test camera (camsim) replays as its substream.
 */
export async function renderStandingVideo(out: string, face: Buffer | null, format: 'mp4' | 'mpegts' = 'mp4') {
  await renderScene(out, {
    width: 640, height: 360, fps: 10, frames: 40, background: await gateBackground('Trường THCS Nguyễn Trãi'), format,
    at: (f) => (face ? [{ face, size: 220, left: 210 + Math.round(Math.sin(f / 6) * 4), top: 60 }] : []),
  });
  return out;
}
