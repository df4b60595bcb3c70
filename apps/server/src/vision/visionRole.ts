import { type CameraSource, type CameraStatus, withCredentials } from '@truongan/camera';
import { DEFAULT_DECISION, type CameraRecord, type Deps } from '@truongan/core';
import type { PassageEvent } from '@truongan/contracts';
import { createFacePool, type VisionFaceEngine } from '@truongan/vision';
import { GalleryCache } from './galleryCache.ts';
import { GateLane, type LaneOptions } from './gateLane.ts';

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
  const startLanes = async () => {
    const cameras = (await deps.repos.gate.listCameras({ enabledOnly: true })).filter((c) => c.role !== 'perimeter');
    for (const schoolId of new Set(cameras.map((c) => c.schoolId))) await galleries.load(schoolId);
    lanes = cameras.map((c) => new GateLane(c, sourceFor(c, deps), deps, engine, galleries, {
      // A video file is a recording by nature: checking it for replay attacks would reject every face.
      decision: { ...DEFAULT_DECISION, ...(o.threshold ? { threshold: o.threshold } : {}), antiSpoof: c.kind !== 'file' && (o.antiSpoof ?? true) }, snapshotDays: 30,
      width: o.width ?? 640, height: o.height ?? 360, onPassage: o.onPassage, onObservation: o.onObservation,
    }));
    for (const l of lanes) l.start();
  };
  let restarting = Promise.resolve();
  const unsubscribe = deps.live.subscribe('cameras:changed', () => {
    restarting = restarting.then(async () => { await Promise.all(lanes.map((l) => l.stop())); await startLanes(); });
  });
  await startLanes();
  return {
    engine,
    states: () => new Map(lanes.map((l) => [l.supervisor.id, publicState(l.supervisor.status())])),
    async stop() { unsubscribe(); await restarting; await Promise.all(lanes.map((l) => l.stop())); galleries.close(); await engine.close(); },
  };
}
