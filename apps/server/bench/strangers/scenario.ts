/**
 * The stranger benchmark's days: per day one "inside" camera (a corridor: enrolled pupils and a few unknown adults walk
 * through) and one "outside" camera (the pavement in front of the gate: unknown adults linger, the returning strangers
 * walk past once a day). Videos are MPEG-TS for the RTSP test camera, cached by content.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gateBackground, renderScene, type Placement } from '../../src/demo/gateVideo.ts';
import type { WalkerFace } from '../gate/dataset.ts';
import { FRAME, pose, rng } from '../gate/scenario.ts';

export const LEAD_S = 12, WALK_S = 3.2, GAP_S = 1.2, LINGER_S = 14, TAIL_S = 5;
export type Role = 'student' | 'inside_stranger' | 'lingerer' | 'returner';
export interface Walk { face: number; role: Role; camera: 0 | 1; start: number; seconds: number; lane: number }
export interface Day { walks: Walk[]; seconds: number }

/** Lays out one day: each camera shows one person at a time, so a track belongs to exactly one walk. */
export function planDay(day: number, parts: { students: number[]; inside: number[]; lingerers: number[]; returners: number[] }): Day {
  const r = rng(100 + day);
  const next = [LEAD_S, LEAD_S];
  const walks: Walk[] = [];
  const add = (face: number, role: Role, camera: 0 | 1, seconds: number) => {
    walks.push({ face, role, camera, start: next[camera]!, seconds, lane: (r() - 0.5) * 0.6 });
    next[camera] = next[camera]! + seconds + GAP_S + r();
  };
  const inside = [...parts.students.map((f) => [f, 'student'] as const), ...parts.inside.map((f) => [f, 'inside_stranger'] as const)];
  for (let i = inside.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [inside[i], inside[j]] = [inside[j]!, inside[i]!]; }
  for (const [f, role] of inside) add(f, role, 0, WALK_S);
  for (const f of parts.returners) add(f, 'returner', 1, WALK_S);
  for (const f of parts.lingerers) add(f, 'lingerer', 1, LINGER_S);
  return { walks, seconds: Math.max(...next) + TAIL_S };
}

/** Where a lingering face is: near the gate, swaying a little, at a steady size. */
function lingerPose(t: number, lane: number) {
  const size = 170 + Math.round(Math.sin(t * 6) * 6);
  const cx = FRAME.width / 2 + lane * 150 + Math.sin(t * 9) * 14, cy = 190 + Math.cos(t * 7) * 6;
  return { size, left: Math.round(cx - size / 2), top: Math.round(cy - size / 2) };
}

/** Renders the day's two videos (sub360.ts each in its own folder, as camsim expects); returns the folders. */
export async function renderDay(cacheDir: string, day: Day, faces: WalkerFace[], log: (s: string) => void): Promise<string[]> {
  const key = createHash('sha256').update(JSON.stringify({ day, FRAME, v: 2, photos: faces.map((f) => f.photo) })).digest('hex').slice(0, 16);
  const background = await gateBackground('Trường THCS Nguyễn Trãi', FRAME.width, FRAME.height);
  const dirs: string[] = [];
  for (const c of [0, 1] as const) {
    const dir = path.join(cacheDir, key, `cam${c}`);
    dirs.push(dir);
    const out = path.join(dir, 'sub360.ts');
    if (fs.existsSync(out)) continue;
    const walks = day.walks.filter((w) => w.camera === c);
    log(`  rendering ${c === 0 ? 'inside' : 'outside'} camera: ${walks.length} people, ${day.seconds.toFixed(0)} s`);
    await renderScene(`${out}.part`, {
      ...FRAME, frames: Math.round(day.seconds * FRAME.fps), background, format: 'mpegts',
      at(f) {
        const s = f / FRAME.fps;
        const placed: Placement[] = [];
        for (const w of walks) {
          const t = (s - w.start) / w.seconds;
          if (t < 0 || t > 1) continue;
          placed.push({ face: faces[w.face]!.crop, ...(w.role === 'lingerer' ? lingerPose(s - w.start, w.lane) : pose(t, w.lane)) });
        }
        return placed;
      },
    });
    fs.renameSync(`${out}.part`, out);
  }
  return dirs;
}

/** The walk on screen at a wall-clock time on a camera (t0 = wall ms of video second 0), with 1.5 s slack for the tracker. */
export function walkAt(day: Day, camera: number, t0: number, at: number): number | null {
  const s = (at - t0) / 1000;
  let best: number | null = null, gap = Infinity;
  day.walks.forEach((w, i) => {
    if (w.camera !== camera || s < w.start - 0.5 || s > w.start + w.seconds + 1.5) return;
    const d = Math.abs(s - w.start);
    if (d < gap) { gap = d; best = i; }
  });
  return best;
}
