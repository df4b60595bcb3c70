import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ClipRing } from '@truongan/camera';
import type { CameraZone, StrangerSettings } from '@truongan/contracts';
import {
  attachAlertMedia, type CameraRecord, decideTrack, type DecisionOptions, type Deps, type Gallery, loadStrangerSettings, meanEmbedding, observeUnknown,
  type Track, zoneOf,
} from '@truongan/core';

/** What the gate lane lends the watch: the lane's best frames, sealed on demand. */
export interface LaneSnapshots { seal(trackId: string): Promise<string[]> }

export interface StrangerWatchOptions {
  model: string;
  /** Frames below this quality do not describe the person (the gate's own floor). */
  minQuality: number;
  /** Clip rings per camera id, when the vision role records one. */
  rings?: Map<string, ClipRing>;
  /** Called once an alert is visible in the queue (benchmark latency). */
  onAlert?: (a: { id: string; kind: string; cameraId: string; trackId: string; firstSeenAt: number; ruleMetAt: number }) => void;
  /** Every verdict on a finished walk (benchmark diagnostics: which cluster a returning stranger landed in). */
  onSighting?: (s: { cameraId: string; trackId: string; firstSeenAt: number; verdict: string; clusterId: string | null }) => void;
}

const SETTINGS_TTL_MS = 30_000;

/**
 * The vision side of the stranger rules. For each track the gate did not recognise it asks core (observeUnknown) at most
 * three times: as soon as the gate calls it unknown (watchlist, visitor, "inside" rules), when the zone's linger limit is
 * crossed, and once when the walk ends (the sighting for the returning rule). A track the gallery calls known or
 * confusable is never a stranger. New alerts get a t−5 s … t+5 s clip from the camera's segment ring, attached later.
 */
export class StrangerWatch {
  private state = new Map<string, { early: boolean; lingered: boolean }>();
  private settings = new Map<string, { at: number; value: StrangerSettings }>();
  private clipJobs = new Set<Promise<void>>();

  constructor(private readonly deps: Deps, private readonly o: StrangerWatchOptions) {}

  private async rules(schoolId: string) {
    const hit = this.settings.get(schoolId);
    if (hit && Date.now() - hit.at < SETTINGS_TTL_MS) return hit.value;
    const value = await loadStrangerSettings(this.deps.repos, schoolId);
    this.settings.set(schoolId, { at: Date.now(), value });
    return value;
  }

  /**
   * Still in view. A track the gate already called unknown is checked at once (watchlist, visitor, "inside"); any track the
   * gate has not recognised is checked again when it has lingered past the zone's limit. The gate's own open-set decision
   * is the judge of "unknown" — it waits for clear frames — so a pupil's first blurry frames never raise an alert.
   */
  async active(camera: CameraRecord & { zone?: CameraZone | null }, t: Track, lane: { gallery: Gallery; snaps: LaneSnapshots; decision: DecisionOptions; gateUnknown: boolean }) {
    const key = `${camera.id}:${t.id}`;
    const st = this.state.get(key) ?? { early: false, lingered: false };
    this.state.set(key, st);
    const s = await this.rules(camera.schoolId);
    const lingered = t.lastSeenAt - t.firstSeenAt >= s.lingerSeconds[zoneOf(camera.role, camera.zone)] * 1000;
    const due = (lane.gateUnknown && !st.early) || (lingered && !st.lingered);
    if (!due) return;
    if (!lane.gateUnknown) {
      // Lingering but still undecided: what the gate would say if the walk ended now. Known, confusable and spoof are no strangers.
      const d = decideTrack(t, lane.gallery, lane.decision, true);
      if (!d || d.decision !== 'unknown') return;
    }
    st.early = true;
    if (lingered) st.lingered = true;
    await this.observe(camera, t, false, await lane.snaps.seal(t.id));
  }

  /** The walk ended with an "unknown" decision: a sighting, and the rules once more. */
  async ended(camera: CameraRecord & { zone?: CameraZone | null }, t: Track, snapshotIds: string[]) {
    this.state.delete(`${camera.id}:${t.id}`);
    await this.observe(camera, t, true, snapshotIds);
  }

  forget(cameraId: string, trackId: string) { this.state.delete(`${cameraId}:${trackId}`); }

  private async observe(camera: CameraRecord & { zone?: CameraZone | null }, t: Track, final: boolean, snapshotIds: string[]) {
    const embedding = meanEmbedding(t.observations.filter((x) => x.embedding && x.quality >= this.o.minQuality).map((x) => x.embedding!));
    if (!embedding) return;
    const r = await observeUnknown(this.deps, {
      schoolId: camera.schoolId, cameraId: camera.id, cameraRole: camera.role, zone: camera.zone ?? null, trackId: t.id, model: this.o.model, embedding,
      firstSeenAt: t.firstSeenAt, lastSeenAt: t.lastSeenAt, final, snapshotIds,
    });
    if (final) this.o.onSighting?.({ cameraId: camera.id, trackId: t.id, firstSeenAt: t.firstSeenAt, verdict: r.verdict, clusterId: r.clusterId });
    for (const a of r.alerts.filter((x) => x.created)) {
      this.o.onAlert?.({ id: a.id, kind: a.kind, cameraId: camera.id, trackId: t.id, firstSeenAt: t.firstSeenAt, ruleMetAt: t.lastSeenAt });
      const ring = this.o.rings?.get(camera.id);
      if (ring) this.track(this.clip(ring, camera, a.id, t.lastSeenAt));
    }
  }

  private track(p: Promise<void>) { this.clipJobs.add(p); void p.finally(() => this.clipJobs.delete(p)); }

  /** Copies t−5 s … t+5 s out of the ring (waits for t+5 s to be recorded), seals it and attaches it to the alert. */
  private async clip(ring: ClipRing, camera: CameraRecord, alertId: string, t: number) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'truongan-clip-'));
    try {
      const out = path.join(dir, 'clip.mp4');
      await ring.clip(t, out, { before: 5, after: 5 });
      const bytes = readFileSync(out);
      const now = this.deps.clock.now();
      const id = this.deps.ids.next();
      await this.deps.repos.alerts.insertClip({ id, schoolId: camera.schoolId, cameraId: camera.id, type: 'video/mp4', bytes: bytes.length,
        dataSealed: this.deps.secrets.seal(new Uint8Array(bytes)), createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + 30 * 86_400_000).toISOString() });
      await attachAlertMedia(this.deps, alertId, { clipId: id });
    } catch (e) {
      console.error(`[strangers] clip for alert ${alertId}: ${(e as Error).message}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Lets pending clips finish (they wait for t+5 s of recording) before the rings stop. */
  async drain() { await Promise.allSettled([...this.clipJobs]); }
}
