// The newest frame only. The ffmpeg pipe is always drained; a frame the consumer has not taken
// before the next one arrives is dropped and counted, so a slow consumer never sees stale video.

export interface Frame {
  /** Packed RGB, width * height * 3 bytes. Owned by the consumer once taken. */
  data: Buffer;
  width: number;
  height: number;
  /** Wall-clock ms when the last byte of the frame was read from ffmpeg. */
  at: number;
  /** Counts frames from this camera since start (across reconnects). */
  seq: number;
}

export class FrameSlot {
  private frame: Frame | undefined;
  private waiters: Array<(f: Frame | undefined) => void> = [];
  private closed = false;
  // Drops are only counted once someone reads from the slot; with no reader, nothing is "dropped".
  private active = false;
  dropped = 0;

  put(frame: Frame): void {
    const waiter = this.waiters.shift();
    if (waiter) return waiter(frame);
    if (this.frame && this.active) this.dropped++;
    this.frame = frame;
  }

  /** The waiting frame, if any, without waiting. */
  take(): Frame | undefined {
    this.active = true;
    const f = this.frame;
    this.frame = undefined;
    return f;
  }

  /** Resolves with a frame newer than the last one taken; undefined once the slot is closed. */
  next(): Promise<Frame | undefined> {
    const f = this.take();
    if (f || this.closed) return Promise.resolve(f);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    for (const w of this.waiters.splice(0)) w(undefined);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Frame> {
    for (;;) {
      const f = await this.next();
      if (!f) return;
      yield f;
    }
  }
}
