import { randomUUID } from 'node:crypto';
import { CameraSupervisor, type CameraSource, type Frame } from '@truongan/camera';
import type { CameraZone, PassageEvent } from '@truongan/contracts';
import { decideTrack, FaceTracker, recordPassage, type CameraRecord, type DecisionOptions, type Deps, type Observation, type Track, type TrackDecision } from '@truongan/core';
import { encodeRgb, type VisionFaceEngine } from '@truongan/vision';
import { cropRgb, crossing, faceCropRect, regionPixels, type Rgb } from './frames.ts';
import type { GalleryCache } from './galleryCache.ts';
import type { StrangerWatch } from './strangerWatch.ts';

export interface LaneOptions {
  decision: DecisionOptions; snapshotDays: number; width: number; height: number; onPassage?: (p: PassageEvent, firstFrameAt: number) => void;
  /** Every face seen, with the track it joined: lets the gate benchmark re-run decisions offline (the track itself keeps only its best frames). */
  onObservation?: (cameraId: string, trackId: string, o: Observation) => void;
  /** False for cameras that do not watch a gate lane (outside, perimeter, inside): their walks are not attendance. */
  recordPassages?: boolean;
  /** Stranger rules for the tracks the gallery does not recognise (issue 5). */
  strangers?: StrangerWatch;
}

interface Best { quality: number; crop: Rgb; context: Rgb; firstLargeAt: number | null }

/**
 * One camera at the gate: newest frame → lane crop → faces → tracks → one decision per walk-through →
 * sealed snapshots → recordPassage. Runs until stopped; the supervisor reconnects the camera by itself.
 */
export class GateLane {
  readonly supervisor: CameraSupervisor;
  private tracker: FaceTracker;
  private best = new Map<string, Best>();
  /** Tracks decided "unknown", with their snapshots: the stranger rules keep following them until they end. */
  private unknown = new Map<string, string[]>();
  private stopped = false;
  private loop: Promise<void> | undefined;

  constructor(private readonly camera: CameraRecord & { zone?: CameraZone | null }, source: CameraSource, private readonly deps: Deps, private readonly engine: VisionFaceEngine,
    private readonly galleries: GalleryCache, private readonly o: LaneOptions) {
    this.supervisor = new CameraSupervisor({ id: camera.id, source, width: o.width, height: o.height, fps: camera.fps });
    this.tracker = new FaceTracker(camera.id);
  }

  start() {
    this.supervisor.start();
    this.loop = (async () => {
      while (!this.stopped) {
        const frame = await this.supervisor.nextFrame();
        if (!frame) { if (this.stopped) break; await new Promise((r) => setTimeout(r, 50)); continue; }
        await this.process(frame).catch((e) => console.error(`[vision] ${this.camera.name}: ${(e as Error).message}`));
      }
    })();
  }

  async stop() { this.stopped = true; await this.supervisor.stop(); await this.loop; }

  private async process(frame: Frame) {
    const full: Rgb = { data: frame.data, width: frame.width, height: frame.height };
    const lane = this.camera.lane ? regionPixels(this.camera.lane, frame.width, frame.height) : { x: 0, y: 0, w: frame.width, h: frame.height };
    const view = this.camera.lane ? cropRgb(full, lane) : full;
    const faces = await this.engine.describeRgb(view);
    const obs: Observation[] = faces.map((f) => ({
      at: frame.at, box: { ...f.box, x: f.box.x + lane.x, y: f.box.y + lane.y }, frameWidth: frame.width, frameHeight: frame.height,
      quality: f.quality.score, liveness: f.liveness, embedding: f.embedding,
    }));
    const { active, ended } = obs.length ? this.tracker.update(obs) : { active: [], ended: this.tracker.expire(frame.at) };
    for (const t of active) this.keepBest(t, obs, full, frame.at);
    if (this.o.onObservation) for (const t of active) { const last = t.observations[t.observations.length - 1]!; if (obs.includes(last)) this.o.onObservation(this.camera.id, t.id, last); }
    const gallery = this.galleries.get(this.camera.schoolId);
    for (const t of active) if (!t.decided) { const d = decideTrack(t, gallery, this.o.decision, false); if (d) await this.emit(t, d); }
    // The stranger rules follow every track not recognised: undecided ones, and ones the gate already called unknown
    // (the gate may say "unknown" before the face leaves; a stranger may stay much longer).
    const watch = this.o.strangers;
    if (watch) for (const t of active) if (!t.decided || this.unknown.has(t.id)) await watch.active(this.camera, t, { gallery, snaps: this.snaps, decision: this.o.decision, gateUnknown: this.unknown.has(t.id) });
    for (const t of ended) {
      if (!t.decided) { const d = decideTrack(t, gallery, this.o.decision, true); if (d) await this.emit(t, d); }
      const unknown = this.unknown.get(t.id);
      if (watch && unknown) await watch.ended(this.camera, t, unknown);
      watch?.forget(this.camera.id, t.id);
      this.unknown.delete(t.id);
      this.best.delete(t.id);
    }
  }

  /** Keeps the sharpest crop of each track (and its whole frame for context) for the snapshots. */
  private keepBest(t: Track, obs: Observation[], full: Rgb, at: number) {
    const last = t.observations[t.observations.length - 1]!;
    if (!obs.includes(last)) return;
    const prev = this.best.get(t.id);
    const firstLargeAt = prev?.firstLargeAt ?? (last.box.width >= 60 ? at : null);
    if (prev && prev.quality >= last.quality) { prev.firstLargeAt = firstLargeAt; return; }
    this.best.set(t.id, { quality: last.quality, crop: cropRgb(full, faceCropRect(last.box, full.width, full.height)), context: full, firstLargeAt });
  }

  private direction(t: Track): PassageEvent['direction'] {
    if (this.camera.role === 'entry') return 'in';
    if (this.camera.role === 'exit') return 'out';
    if (this.camera.role === 'both' && this.camera.direction) {
      const c = (o: Observation) => ({ x: (o.box.x + o.box.width / 2) / o.frameWidth, y: (o.box.y + o.box.height / 2) / o.frameHeight });
      return crossing(this.camera.direction, c(t.observations[0]!), c(t.observations[t.observations.length - 1]!));
    }
    return 'unknown';
  }

  /** Seals the track's sharpest crop and its whole frame as snapshots (the stranger watch borrows this for alerts). */
  private readonly snaps = { seal: async (trackId: string) => { const s = await this.sealBest(trackId); return [s.snapshotId, s.contextSnapshotId].filter((x): x is string => !!x); } };

  private async sealBest(trackId: string) {
    const now = this.deps.clock.now();
    const expiresAt = new Date(now.getTime() + this.o.snapshotDays * 86_400_000).toISOString();
    const best = this.best.get(trackId);
    let snapshotId: string | null = null, contextSnapshotId: string | null = null;
    if (best) {
      const [crop, context] = await Promise.all([encodeRgb(best.crop, 'jpeg'), encodeRgb(best.context, 'jpeg')]);
      snapshotId = (await this.deps.snapshots.put({ id: randomUUID(), schoolId: this.camera.schoolId, cameraId: this.camera.id, kind: 'crop', createdAt: now.toISOString(), expiresAt }, crop)).id;
      contextSnapshotId = (await this.deps.snapshots.put({ id: randomUUID(), schoolId: this.camera.schoolId, cameraId: this.camera.id, kind: 'context', createdAt: now.toISOString(), expiresAt }, context)).id;
    }
    return { snapshotId, contextSnapshotId };
  }

  private async emit(t: Track, d: TrackDecision): Promise<{ snapshotIds: string[] }> {
    t.decided = true;
    const now = this.deps.clock.now();
    const best = this.best.get(t.id);
    const { snapshotId, contextSnapshotId } = await this.sealBest(t.id);
    const event: PassageEvent = {
      id: randomUUID(), schoolId: this.camera.schoolId, cameraId: this.camera.id, trackId: t.id, decision: d.decision, studentId: d.studentId,
      candidates: d.candidates.slice(0, 3), score: d.score, margin: d.margin, votes: d.votes, frames: d.frames, quality: d.quality, liveness: d.liveness,
      direction: this.direction(t), firstSeenAt: new Date(t.firstSeenAt).toISOString(), decidedAt: now.toISOString(), snapshotId, contextSnapshotId,
    };
    if (this.o.recordPassages !== false) await recordPassage(this.deps, event);
    if (d.decision === 'unknown') this.unknown.set(t.id, [snapshotId, contextSnapshotId].filter((x): x is string => !!x));
    this.o.onPassage?.(event, best?.firstLargeAt ?? t.firstSeenAt);
    return { snapshotIds: [snapshotId, contextSnapshotId].filter((x): x is string => !!x) };
  }
}
