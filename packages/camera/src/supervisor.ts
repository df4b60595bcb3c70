// One supervisor per camera: connects, watches, explains and reconnects, forever, until stopped.
//   connecting -> streaming -> (failure) -> backoff | error -> connecting ...   stop() -> stopped
// "error" is a failure that will not fix itself soon (wrong password or path): retried slowly.
import { EventEmitter } from 'node:events';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.ts';
import { cameraError, type CameraError, type CameraErrorCode } from './errors.ts';
import { FrameSlot, type Frame } from './frameSlot.ts';
import { openSource, type CameraSource, type SourceAttempt } from './sources.ts';

export type CameraState = 'connecting' | 'streaming' | 'backoff' | 'error' | 'stopped';

export interface CameraStatus {
  id: string;
  state: CameraState;
  /** Measured over the last ~2 s. */
  fps: number;
  frames: number;
  /** Frames the consumer never took because a newer one arrived first. */
  dropped: number;
  reconnects: number;
  lastError?: CameraError;
  lastFrameAt?: number;
  stateSince: number;
  nextRetryAt?: number;
}

export interface CameraSupervisorOptions {
  id: string;
  source: CameraSource;
  width?: number;
  height?: number;
  fps?: number;
  skipLoopFilter?: boolean;
  /** No frame for this long while streaming = hung camera: kill and reconnect. */
  watchdogMs?: number;
  /** First frame after (re)connect takes 3-4.5 s on real cameras (setup, probe, next key frame). */
  connectTimeoutMs?: number;
  backoff?: BackoffOptions;
  /** After 401: cameras lock the account after a few wrong tries, so wait long. */
  authRetryMs?: number;
  /** After a wrong path, audio-only stream or unreadable format. */
  configRetryMs?: number;
  ffmpegPath?: string;
  random?: () => number;
}

export interface CameraEvents {
  state: [CameraStatus];
  frame: [Frame];
}

const SLOW_RETRY: Partial<Record<CameraErrorCode, 'auth' | 'config'>> = {
  auth_failed: 'auth', not_found: 'config', no_video: 'config', unsupported: 'config',
};

export class CameraSupervisor extends EventEmitter<CameraEvents> {
  readonly id: string;
  private readonly o: Required<Omit<CameraSupervisorOptions, 'ffmpegPath' | 'skipLoopFilter'>> & CameraSupervisorOptions;
  private slot = new FrameSlot();
  private state: CameraState = 'stopped';
  private stateSince = Date.now();
  private frames = 0;
  private reconnects = 0;
  private failuresSinceFrame = 0;
  private lastError: CameraError | undefined;
  private lastFrameAt: number | undefined;
  private nextRetryAt: number | undefined;
  private frameTimes: number[] = [];
  private attempt: SourceAttempt | undefined;
  private loop: Promise<void> | undefined;
  private stopRequested = false;
  private wake: (() => void) | undefined;

  constructor(opts: CameraSupervisorOptions) {
    super();
    this.id = opts.id;
    this.o = {
      width: 640, height: 360, fps: 5, watchdogMs: 3000, connectTimeoutMs: 10_000, backoff: DEFAULT_BACKOFF,
      authRetryMs: 60_000, configRetryMs: 30_000, random: Math.random, ...opts,
    };
  }

  start(): void {
    if (this.loop) return;
    this.stopRequested = false;
    this.slot = new FrameSlot();
    this.loop = this.run().finally(() => (this.loop = undefined));
  }

  async stop(): Promise<void> {
    this.stopRequested = true;
    this.wake?.();
    await this.attempt?.stop();
    await this.loop;
    this.slot.close();
  }

  status(): CameraStatus {
    const t = this.frameTimes;
    const now = Date.now();
    const recent = t.filter((x) => now - x <= 2000);
    const fps = this.state === 'streaming' && recent.length >= 2 ? (recent.length - 1) / ((recent.at(-1)! - recent[0]!) / 1000) : 0;
    return {
      id: this.id, state: this.state, fps: Math.round(fps * 10) / 10, frames: this.frames, dropped: this.slot.dropped,
      reconnects: this.reconnects, stateSince: this.stateSince,
      ...(this.lastError ? { lastError: this.lastError } : {}),
      ...(this.lastFrameAt ? { lastFrameAt: this.lastFrameAt } : {}),
      ...(this.nextRetryAt ? { nextRetryAt: this.nextRetryAt } : {}),
    };
  }

  /** Newest frame only: a slow consumer skips frames (counted in `dropped`), it never lags. */
  nextFrame(): Promise<Frame | undefined> {
    return this.slot.next();
  }

  frameStream(): AsyncIterable<Frame> {
    return this.slot;
  }

  private setState(state: CameraState, nextRetryAt?: number): void {
    this.nextRetryAt = nextRetryAt;
    if (state !== this.state) {
      this.state = state;
      this.stateSince = Date.now();
    }
    this.emit('state', this.status());
  }

  private async run(): Promise<void> {
    let first = true;
    while (!this.stopRequested) {
      if (!first) this.reconnects++;
      first = false;
      this.setState('connecting');
      const failure = await this.runAttempt();
      if (this.stopRequested) break;
      this.lastError = failure;
      const slow = SLOW_RETRY[failure.code];
      const delay = slow === 'auth' ? this.o.authRetryMs : slow === 'config' ? this.o.configRetryMs
        : backoffDelay(this.failuresSinceFrame, this.o.backoff, this.o.random);
      this.failuresSinceFrame++;
      this.setState(slow ? 'error' : 'backoff', Date.now() + delay);
      await this.sleep(delay);
    }
    this.setState('stopped');
  }

  /** Runs one connection until it fails; the watchdog turns silence into a `stalled` failure. */
  private async runAttempt(): Promise<CameraError> {
    let watchdog: NodeJS.Timeout | undefined;
    let stalled = false;
    const arm = (ms: number) => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        stalled = true;
        void this.attempt?.stop();
      }, ms);
    };
    const fmt = { width: this.o.width, height: this.o.height, fps: this.o.fps, skipLoopFilter: this.o.skipLoopFilter };
    // A snapshot camera polled every 5 s is not "hung" after 3 s: allow two frame intervals.
    const src = this.o.source;
    const frameGapMs = src.kind === 'snapshot' && src.intervalMs ? src.intervalMs : 1000 / this.o.fps;
    const watchdogMs = Math.max(this.o.watchdogMs, 2 * frameGapMs);
    this.attempt = openSource(src, fmt, (rgb) => {
      if (this.stopRequested || stalled) return;
      arm(watchdogMs);
      this.onFrame(rgb);
    }, this.o.ffmpegPath);
    arm(this.o.connectTimeoutMs);
    const err = await this.attempt.ended;
    clearTimeout(watchdog);
    this.attempt = undefined;
    if (stalled) {
      const silentFor = this.lastFrameAt && this.state === 'streaming' ? `no frame for ${watchdogMs} ms` : `no frame within ${this.o.connectTimeoutMs} ms of connecting`;
      return cameraError('stalled', silentFor);
    }
    return err ?? cameraError('ended');
  }

  private onFrame(rgb: Buffer): void {
    const at = Date.now();
    this.frames++;
    this.lastFrameAt = at;
    this.failuresSinceFrame = 0;
    this.frameTimes.push(at);
    if (this.frameTimes.length > 200) this.frameTimes.splice(0, 100);
    const frame: Frame = { data: rgb, width: this.o.width, height: this.o.height, at, seq: this.frames };
    this.slot.put(frame);
    if (this.state !== 'streaming') this.setState('streaming');
    this.emit('frame', frame);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wake = done;
    });
  }
}
