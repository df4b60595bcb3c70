// Event clips from a copy-only ring of 2 s segments: on an event at t, wait until t+after is
// recorded, then join the covering segments into an mp4 without re-encoding (~1% CPU per camera).
import { mkdirSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { concatArgs, segmentRecorderArgs, type SourceInput } from './ffmpegArgs.ts';
import { FfmpegProcess } from './ffmpegProcess.ts';

export interface ClipRingOptions {
  /** Record the main stream: clips are for people, analysis uses the substream. */
  input: SourceInput;
  /** Ring folder; a RAM disk (/dev/shm) spares SD cards and disks. */
  dir: string;
  segmentSeconds?: number;
  /** Segments older than this are deleted. Must exceed before + after of any clip. */
  keepSeconds?: number;
  restartDelayMs?: number;
  ffmpegPath?: string;
  ffprobePath?: string;
}

export interface Segment {
  path: string;
  /** Wall-clock ms of the segment's first packet (file birth time). */
  start: number;
  /** Undefined while ffmpeg is still writing it. */
  end?: number;
}

export interface Clip {
  path: string;
  segments: Segment[];
  /** Wall-clock range actually covered: shorter than asked when the ring had less history. */
  from: number;
  to: number;
}

const SEGMENT = /^seg-\d+\.ts$/;
const execFileAsync = promisify(execFile);

export class ClipRing {
  private proc: FfmpegProcess | undefined;
  private running = false;
  private pruneTimer: NodeJS.Timeout | undefined;
  private restartTimer: NodeJS.Timeout | undefined;
  readonly segmentSeconds: number;

  constructor(private readonly o: ClipRingOptions) {
    this.segmentSeconds = o.segmentSeconds ?? 2;
    mkdirSync(o.dir, { recursive: true });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.spawn();
    this.pruneTimer = setInterval(() => this.prune(), this.segmentSeconds * 1000);
  }

  async stop(): Promise<void> {
    this.running = false;
    clearInterval(this.pruneTimer);
    clearTimeout(this.restartTimer);
    await this.proc?.stop('SIGINT'); // SIGINT lets ffmpeg finish the open segment cleanly
  }

  /** Segments on disk, oldest first; the newest is open while recording. */
  segments(): Segment[] {
    const files = readdirSync(this.o.dir).filter((f) => SEGMENT.test(f)).map((f) => {
      const path = join(this.o.dir, f);
      const st = statSync(path, { throwIfNoEntry: false });
      return st ? { path, start: st.birthtimeMs || Number(f.slice(4, -3)) * 1000, mtime: st.mtimeMs } : undefined;
    }).filter((s) => !!s).sort((a, b) => a.start - b.start);
    return files.map((s, i) => {
      const next = files[i + 1];
      const closed = next !== undefined || !this.running;
      return closed ? { path: s.path, start: s.start, end: next?.start ?? s.mtime } : { path: s.path, start: s.start };
    });
  }

  /**
   * Clip around t (ms): waits until t+after has been recorded, then concatenates.
   * The result starts at the key frame at or before t-before (copying cannot cut between key frames).
   */
  async clip(t: number, outFile: string, opts: { before?: number; after?: number; timeoutMs?: number } = {}): Promise<Clip> {
    const from = t - (opts.before ?? 5) * 1000;
    const to = t + (opts.after ?? 5) * 1000;
    const deadline = to + (opts.timeoutMs ?? this.segmentSeconds * 2000 + 5000);
    for (;;) {
      const segs = this.segments();
      // The segment holding `to` is complete once a later one has started.
      if (segs.some((s) => s.start > to) || (!this.running && segs.length > 0) || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    // A file is born when ffmpeg opens it, which for the first segment of a run is up to a second
    // before its first frame; the end (next file's birth, at the key frame) is exact. So: start = end - duration.
    const closed = this.segments().filter((s) => s.end !== undefined && s.end > from - 10_000 && s.start < to);
    const exact = await Promise.all(closed.map(async (s) => {
      const p = await this.probe(s.path);
      return { path: s.path, start: s.end! - p.durationMs, end: s.end!, t0: p.startS };
    }));
    const covering = exact.filter((s) => s.end > from && s.start < to);
    if (covering.length === 0) throw new Error(`no recording covers ${new Date(from).toISOString()}..${new Date(to).toISOString()}`);
    const first = covering[0]!;
    const last = covering.at(-1)!;
    const lines = covering.flatMap((s) => [
      `file '${s.path.replace(/'/g, "'\\''")}'`,
      ...(s === first && from > s.start ? [`inpoint ${(s.t0 + (from - s.start) / 1000).toFixed(3)}`] : []),
      ...(s === last && to < s.end ? [`outpoint ${(s.t0 + (to - s.start) / 1000).toFixed(3)}`] : []),
    ]);
    const list = `${outFile}.txt`;
    writeFileSync(list, lines.join('\n') + '\n');
    try {
      const exit = await new FfmpegProcess({ args: concatArgs(list, outFile), ffmpegPath: this.o.ffmpegPath }).exited;
      if (exit.code !== 0) throw new Error(`concat failed: ${exit.stderr.join(' ')}`);
    } finally {
      unlinkSync(list);
    }
    return { path: outFile, segments: covering.map(({ path, start, end }) => ({ path, start, end })), from: Math.max(from, first.start), to: Math.min(to, last.end) };
  }

  private readonly probed = new Map<string, { startS: number; durationMs: number }>();

  /** Media duration, and the first timestamp (MPEG-TS starts at ~1.4 s, which concat's in/outpoint count in). */
  private async probe(path: string): Promise<{ startS: number; durationMs: number }> {
    let p = this.probed.get(path);
    if (!p) {
      const { stdout } = await execFileAsync(this.o.ffprobePath ?? 'ffprobe', ['-v', 'error', '-show_entries', 'format=start_time,duration', '-of', 'json', path]);
      const f = JSON.parse(stdout).format ?? {};
      p = { startS: Number(f.start_time ?? 0), durationMs: Math.round(Number(f.duration) * 1000) };
      if (!Number.isFinite(p.durationMs) || !Number.isFinite(p.startS)) throw new Error(`cannot probe ${path}`);
      this.probed.set(path, p);
    }
    return p;
  }

  private spawn(): void {
    const pattern = join(this.o.dir, 'seg-%s.ts');
    const proc = new FfmpegProcess({ args: segmentRecorderArgs(this.o.input, { segmentSeconds: this.segmentSeconds, pattern }), ffmpegPath: this.o.ffmpegPath });
    this.proc = proc;
    void proc.exited.then(() => {
      if (this.running && this.proc === proc) this.restartTimer = setTimeout(() => this.spawn(), this.o.restartDelayMs ?? 2000);
    });
  }

  private prune(): void {
    const cutoff = Date.now() - (this.o.keepSeconds ?? 60) * 1000;
    for (const s of this.segments()) {
      if (s.end !== undefined && s.end < cutoff) {
        rmSync(s.path, { force: true });
        this.probed.delete(s.path);
      }
    }
  }
}
