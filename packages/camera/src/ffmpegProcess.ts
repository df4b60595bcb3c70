// One ffmpeg child: spawned without a shell, stdout always drained and cut into fixed-size raw
// frames, the last stderr lines kept to explain why it ended.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Writable } from 'node:stream';

export interface FfmpegExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when we asked it to stop; anything else is a failure, even exit code 0. */
  requested: boolean;
  stderr: string[];
}

export interface FfmpegRunOptions {
  args: string[];
  ffmpegPath?: string;
  /** When set, stdout is cut into chunks of exactly this many bytes. */
  frameBytes?: number;
  onFrame?: (data: Buffer) => void;
  /** Keep stdin open for the caller to write into (JPEG snapshots). */
  stdin?: boolean;
  stderrLines?: number;
}

export class FfmpegProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<FfmpegExit>;
  private requested = false;
  private stderr: string[] = [];

  constructor(private readonly opts: FfmpegRunOptions) {
    this.child = spawn(opts.ffmpegPath ?? 'ffmpeg', opts.args, {
      stdio: [opts.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    this.readFrames();
    this.readStderr();
    this.exited = new Promise((resolve) => {
      let done = false;
      const finish = (code: number | null, signal: NodeJS.Signals | null) => {
        if (done) return;
        done = true;
        resolve({ code, signal, requested: this.requested, stderr: this.stderr });
      };
      // 'error' covers "ffmpeg not installed" (ENOENT): no 'close' follows it.
      this.child.once('error', (err) => {
        this.stderr.push(`ffmpeg could not start: ${err.message}`);
        finish(null, null);
      });
      this.child.once('close', finish);
    });
    // Writing into a dead child's stdin must not crash the process.
    this.child.stdin?.on('error', () => {});
  }

  get stdin(): Writable | null {
    return this.child.stdin;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** SIGKILL by default: a frame reader holds no state worth a graceful shutdown. */
  stop(signal: NodeJS.Signals = 'SIGKILL'): Promise<FfmpegExit> {
    this.requested = true;
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill(signal);
      if (signal !== 'SIGKILL') {
        // A polite signal is a request; a hung ffmpeg gets killed after 2 s.
        const t = setTimeout(() => this.child.kill('SIGKILL'), 2000);
        void this.exited.then(() => clearTimeout(t));
      }
    }
    return this.exited;
  }

  private readFrames(): void {
    const stdout = this.child.stdout!;
    const size = this.opts.frameBytes;
    if (!size || !this.opts.onFrame) {
      stdout.resume(); // still drain: a full pipe would stall ffmpeg
      return;
    }
    const onFrame = this.opts.onFrame;
    let frame = Buffer.allocUnsafe(size);
    let filled = 0;
    stdout.on('data', (chunk: Buffer) => {
      let off = 0;
      while (off < chunk.length) {
        const n = Math.min(size - filled, chunk.length - off);
        chunk.copy(frame, filled, off, off + n);
        filled += n;
        off += n;
        if (filled === size) {
          onFrame(frame); // the consumer owns this buffer now
          frame = Buffer.allocUnsafe(size);
          filled = 0;
        }
      }
    });
  }

  private readStderr(): void {
    const max = this.opts.stderrLines ?? 30;
    let partial = '';
    this.child.stderr!.setEncoding('utf8');
    this.child.stderr!.on('data', (text: string) => {
      const lines = (partial + text).split(/\r?\n|\r/);
      partial = lines.pop() ?? '';
      for (const l of lines) if (l.trim()) this.stderr.push(l);
      if (this.stderr.length > max) this.stderr.splice(0, this.stderr.length - max);
    });
    this.child.stderr!.on('end', () => {
      if (partial.trim()) this.stderr.push(partial);
    });
  }
}
