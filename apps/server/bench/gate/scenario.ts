/**
 * The morning rush: walkers dealt to several gate cameras, each walking towards the camera (the face box grows from
 * ~24 px to ~135 px in a 640×360 substream frame), some close behind the previous one so two faces share the lane.
 * Videos are MPEG-TS for the RTSP test camera, cached by content so a re-run starts at once.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gateBackground, renderScene, type Placement } from '../../src/demo/gateVideo.ts';
import type { WalkerFace } from './dataset.ts';

export const FRAME = { width: 640, height: 360, fps: 10 };
export const LEAD_S = 12;    // empty gate while the cameras connect (first frame takes 3–4.5 s, 10+ s on a busy machine)
export const WALK_S = 3.2;   // from far to the gate
export const TAIL_S = 4;     // empty gate so the last tracks end (tracker miss window 1.5 s)
// Sizes of the composited crop (face box + 35 % margin each side, so the detected box is ~1/1.7 of it):
// the face box grows from ~24 px far up the lane to ~135 px at the gate.
const SIZE0 = 40, SIZE1 = 230;

export interface Walk { walker: number; camera: number; start: number; lane: number; closeBehind: boolean }
export interface Plan {
  cameras: number; walks: Walk[]; seconds: number[];
  /** Walks that began before their camera was streaming (a slow connect on a busy machine): left out of every figure. */
  skip?: Set<number>;
}

/** mulberry32: a fixed seed gives the same rush every run. */
export function rng(seed: number) {
  return () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t ^= t + Math.imul(t ^ (t >>> 7), 61 | t); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

/** Face size and position at walk fraction t: size grows geometrically (perspective), the face drifts down towards the gate. */
export function pose(t: number, lane: number) {
  const size = Math.round(SIZE0 * (SIZE1 / SIZE0) ** t);
  const cx = FRAME.width / 2 + lane * 150 + Math.sin(t * Math.PI * 2) * 8;
  const cy = 130 + t * 90;
  return { size, left: Math.round(cx - size / 2), top: Math.round(cy - size / 2) };
}

export function planRush(walkers: number, cameras: number, seed = 7, closeShare = 0.3): Plan {
  const r = rng(seed);
  const order = Array.from({ length: walkers }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
  const next = Array.from({ length: cameras }, () => LEAD_S);
  const lastLane = Array.from({ length: cameras }, () => 0);
  const walks: Walk[] = order.map((walker, n) => {
    const camera = n % cameras;
    const first = next[camera] === LEAD_S;
    // Close behind: starts 1.2 s after the previous walker, in the other half of the lane, so both are on screen.
    const closeBehind = !first && r() < closeShare;
    const start = closeBehind ? next[camera]! - WALK_S + 1.2 : next[camera]!;
    const lane = closeBehind ? (lastLane[camera]! > 0 ? -0.6 : 0.6) : (r() - 0.5) * 0.6;
    lastLane[camera] = lane;
    next[camera] = start + WALK_S + 1 + r() * 1.5;
    return { walker, camera, start, lane, closeBehind };
  });
  // Every camera's video has the same length, so none loops (and shows its first walkers again) before the run ends.
  const longest = Math.max(...walks.map((w) => w.start + WALK_S), LEAD_S) + TAIL_S;
  const seconds = Array.from({ length: cameras }, () => longest);
  return { cameras, walks, seconds };
}

/** Renders each camera's video (sub360.ts in its own folder, as camsim expects); returns the folders. */
export async function renderRush(cacheDir: string, plan: Plan, faces: WalkerFace[], log: (s: string) => void): Promise<string[]> {
  const key = createHash('sha256').update(JSON.stringify({ plan, FRAME, SIZE0, SIZE1, WALK_S, photos: faces.map((f) => f.photo) })).digest('hex').slice(0, 16);
  const background = await gateBackground('Trường THCS Nguyễn Trãi', FRAME.width, FRAME.height);
  const dirs: string[] = [];
  for (let c = 0; c < plan.cameras; c++) {
    const dir = path.join(cacheDir, key, `cam${c}`);
    dirs.push(dir);
    const out = path.join(dir, 'sub360.ts');
    if (fs.existsSync(out)) continue;
    const walks = plan.walks.filter((w) => w.camera === c);
    const frames = Math.round(plan.seconds[c]! * FRAME.fps);
    log(`  rendering camera ${c + 1}: ${walks.length} walkers, ${plan.seconds[c]!.toFixed(0)} s`);
    await renderScene(`${out}.part`, {
      ...FRAME, frames, background, format: 'mpegts',
      at(f) {
        const s = f / FRAME.fps;
        const placed: Placement[] = [];
        for (const w of walks) {
          const t = (s - w.start) / WALK_S;
          if (t >= 0 && t <= 1) placed.push({ face: faces[w.walker]!.crop, ...pose(t, w.lane) });
        }
        return placed.sort((a, b) => a.size - b.size); // the nearer face hides the farther one
      },
    });
    fs.renameSync(`${out}.part`, out);
  }
  return dirs;
}
