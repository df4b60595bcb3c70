import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { ClipRing, type CameraSource, type CameraStatus, type SourceInput, withCredentials } from '@truongan/camera';
import { DEFAULT_DECISION, type CameraRecord, type Deps, zoneOf } from '@truongan/core';
import type { PassageEvent } from '@truongan/contracts';
import { createFacePool, type VisionFaceEngine } from '@truongan/vision';
import { GalleryCache } from './galleryCache.ts';
import { GateLane, type LaneOptions } from './gateLane.ts';
import { StrangerWatch, type StrangerWatchOptions } from './strangerWatch.ts';

export interface VisionRoleOptions {
  workers: number;
  model?: string;
  /** Analysis resolution; the substream of a real camera is about this size. */
  width?: number;
  height?: number;
  threshold?: number;
  /** Benchmarks on composited video turn presentation-attack checks off and report them separately. */
  antiSpoof?: boolean;
  onPassage?: (p: PassageEvent, firstFrameAt: number) => void;
  onObservation?: LaneOptions['onObservation'];
  /** Copy-only segment rings for alert clips (issue 5); off where ffmpeg may not record (some tests). Default on. */
  clips?: boolean;
  /** Ring folder; a RAM disk (/dev/shm) spares SD cards. */
  clipDir?: string;
  onStrangerAlert?: StrangerWatchOptions['onAlert'];
  onStrangerSighting?: StrangerWatchOptions['onSighting'];
}

/** What the clip ring records: the same stream as analysis (a deployment may point it at the main stream later). */
function ringInput(c: CameraRecord, deps: Deps): SourceInput | null {
  const password = c.passwordSealed ? deps.secrets.openText(c.passwordSealed) : undefined;
  if (c.kind === 'rtsp') return { kind: 'rtsp', url: withCredentials(c.url, c.username ?? undefined, password) };
  if (c.kind === 'file') return { kind: 'file', path: c.url, loop: true };
  return null; // MJPEG and snapshot cameras have no stream to copy: their alerts carry snapshots only
}

export function sourceFor(c: CameraRecord, deps: Deps): CameraSource {
  const password = c.passwordSealed ? deps.secrets.openText(c.passwordSealed) : undefined;
  switch (c.kind) {
    case 'rtsp': return { kind: 'rtsp', url: withCredentials(c.url, c.username ?? undefined, password) };
    case 'mjpeg': return { kind: 'mjpeg', url: withCredentials(c.url, c.username ?? undefined, password) };
    case 'snapshot': return { kind: 'snapshot', url: c.url, user: c.username ?? undefined, password };
    case 'file': return { kind: 'file', path: c.url, loop: true };
  }
}

/** Camera state as the API shows it: stable error codes with plain words in both languages. */
export function publicState(s: CameraStatus) {
  return {
    cameraId: s.id, state: s.state, fps: Math.round(s.fps * 10) / 10, frames: s.frames, dropped: s.dropped, reconnects: s.reconnects,
    lastError: s.lastError ? { code: s.lastError.code, vi: s.lastError.vi, en: s.lastError.en } : null, since: new Date(s.stateSince).toISOString(),
  };
}

/**
 * The vision role: one face worker per core shared by every camera of this process, a gate lane per
 * enabled camera, galleries per school. Camera changes restart the lanes; the engine is also offered to
 * enrolment (deps.faceEngine) so photos and gate frames are described by the same model.
 */
export async function startVisionRole(deps: Deps, o: VisionRoleOptions) {
  const engine: VisionFaceEngine = await createFacePool({ model: o.model, workers: o.workers });
  deps.faceEngine = engine;
  const galleries = new GalleryCache(deps, engine.model, engine.embeddingSize);
  let lanes: GateLane[] = [];
  let rings = new Map<string, ClipRing>();
  let watch: StrangerWatch | undefined;
  const clipRoot = o.clipDir ?? path.join(existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), `truongan-clips-${process.pid}`);
  // Every enabled camera runs: gate lanes record passages; outside, perimeter and inside cameras feed only the stranger rules.
  const startLanes = async () => {
    const cameras = await deps.repos.gate.listCameras({ enabledOnly: true });
    const zones = await deps.repos.alerts.cameraZones(cameras.map((c) => c.id));
    for (const schoolId of new Set(cameras.map((c) => c.schoolId))) await galleries.load(schoolId);
    rings = new Map();
    if (o.clips !== false) {
      for (const c of cameras) {
        const input = ringInput(c, deps);
        if (input) rings.set(c.id, new ClipRing({ input, dir: path.join(clipRoot, c.id), keepSeconds: 40 }));
      }
    }
    const decision = (c: CameraRecord) => ({ ...DEFAULT_DECISION, ...(o.threshold ? { threshold: o.threshold } : {}), antiSpoof: c.kind !== 'file' && (o.antiSpoof ?? true) });
    watch = new StrangerWatch(deps, { model: engine.model, minQuality: DEFAULT_DECISION.minQuality, rings, onAlert: o.onStrangerAlert, onSighting: o.onStrangerSighting });
    lanes = cameras.map((c) => new GateLane({ ...c, zone: zones.get(c.id) ?? null }, sourceFor(c, deps), deps, engine, galleries, {
      // A video file is a recording by nature: checking it for replay attacks would reject every face.
      decision: decision(c), snapshotDays: 30, width: o.width ?? 640, height: o.height ?? 360, onPassage: o.onPassage, onObservation: o.onObservation,
      recordPassages: zoneOf(c.role, zones.get(c.id)) === 'gate_lane', strangers: watch,
    }));
    for (const r of rings.values()) r.start();
    for (const l of lanes) l.start();
  };
  const stopLanes = async () => { await Promise.all(lanes.map((l) => l.stop())); await watch?.drain(); await Promise.all([...rings.values()].map((r) => r.stop())); };
  let restarting = Promise.resolve();
  const unsubscribe = deps.live.subscribe('cameras:changed', () => {
    restarting = restarting.then(async () => { await stopLanes(); await startLanes(); });
  });
  await startLanes();
  return {
    engine,
    states: () => new Map(lanes.map((l) => [l.supervisor.id, publicState(l.supervisor.status())])),
    async stop() { unsubscribe(); await restarting; await stopLanes(); galleries.close(); await engine.close(); },
  };
}
