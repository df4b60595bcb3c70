/**
 * Small faces on a 1080p frame: detection rate by face width, full frame vs full frame + tiles.
 *   npx tsx packages/vision/bench/smallFaces.ts [--json] [--taps N] [--widths 40,50,60] [--no-tiles]
 * --taps: samples per axis of the detector's downscale (pixels.ts; 6 = the exact box filter at 1080p).
 * Each fixture portrait is scaled so its face (as detected in the portrait) is W px wide and pasted
 * onto a 1920×1080 background; a hit is a detection whose box centre lies inside the pasted face box.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { decodeImage } from '../src/image.ts';
import { OnnxFaceEngine } from '../src/onnx/engine.ts';
import { portraitFiles } from './frames.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, taps: { type: 'string', default: '3' }, widths: { type: 'string', default: '40,50,60,80,100' }, 'no-tiles': { type: 'boolean' } } });
const detectorTaps = Number(values.taps);
const full = await OnnxFaceEngine.create({ liveness: false, detectorTaps });
const tiled = values['no-tiles'] ? null : await OnnxFaceEngine.create({ liveness: false, detectorTaps, tiles: { cols: 3, rows: 2, overlap: 0.25 } });
const widths = values.widths!.split(',').map(Number);
const res: Record<string, { faces: number; full: number; tiled: number; ms_full: number; ms_tiled: number }> = {};
const portraits = portraitFiles();
for (const W of widths) {
  const r = (res[`w${W}`] = { faces: 0, full: 0, tiled: 0, ms_full: 0, ms_tiled: 0 });
  for (const [i, file] of portraits.entries()) {
    const src = readFileSync(file);
    const face = (await full.detect(await decodeImage(src)))[0];
    if (!face) continue;
    const k = W / (face.x2 - face.x1);
    const meta = await sharp(src).rotate().metadata();
    const pw = Math.max(1, Math.round((meta.autoOrient?.width ?? meta.width!) * k));
    const pasted = await sharp(src).rotate().resize({ width: pw }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    if (pasted.info.width > 1900 || pasted.info.height > 1060) continue;
    const left = 40 + ((i * 397) % (1880 - pasted.info.width)), top = 20 + ((i * 211) % (1060 - pasted.info.height));
    const frame = await sharp({ create: { width: 1920, height: 1080, channels: 3, background: { r: 110, g: 120, b: 130 } } })
      .composite([{ input: pasted.data, raw: { width: pasted.info.width, height: pasted.info.height, channels: 3 }, left, top }]).removeAlpha().raw().toBuffer();
    const img = { data: new Uint8Array(frame), width: 1920, height: 1080 };
    const gt = { x1: left + face.x1 * k, y1: top + face.y1 * k, x2: left + face.x2 * k, y2: top + face.y2 * k };
    const hit = (bs: Array<{ x1: number; y1: number; x2: number; y2: number }>) => bs.some((b) => { const cx = (b.x1 + b.x2) / 2, cy = (b.y1 + b.y2) / 2; return cx > gt.x1 && cx < gt.x2 && cy > gt.y1 && cy < gt.y2; });
    r.faces++;
    let t = performance.now(); if (hit(await full.detect(img))) r.full++; r.ms_full += performance.now() - t;
    if (tiled) { t = performance.now(); if (hit(await tiled.detect(img))) r.tiled++; r.ms_tiled += performance.now() - t; }
  }
  r.ms_full /= r.faces; r.ms_tiled /= r.faces;
  if (!values.json) console.log(`face ${W}px: full frame ${r.full}/${r.faces}, +3×2 tiles ${r.tiled}/${r.faces}, detect ms ${r.ms_full.toFixed(1)} vs ${r.ms_tiled.toFixed(1)}`);
}
if (values.json) console.log(JSON.stringify({ bench: 'small-faces', frame: '1920x1080', detector_taps: detectorTaps, tiles: tiled ? '3x2, overlap 0.25' : null, results: res }));
await full.close(); await tiled?.close();
