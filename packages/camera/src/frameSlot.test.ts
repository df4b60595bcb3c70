import { describe, expect, it } from 'vitest';
import { FrameSlot, type Frame } from './frameSlot.ts';

const frame = (seq: number): Frame => ({ data: Buffer.alloc(3), width: 1, height: 1, at: seq, seq });

describe('FrameSlot', () => {
  it('keeps only the newest frame and counts the ones overwritten', () => {
    const s = new FrameSlot();
    expect(s.take()).toBeUndefined(); // a reader exists from now on
    s.put(frame(1));
    s.put(frame(2));
    s.put(frame(3));
    expect(s.take()?.seq).toBe(3);
    expect(s.dropped).toBe(2);
    expect(s.take()).toBeUndefined();
  });

  it('hands a frame straight to a waiting reader', async () => {
    const s = new FrameSlot();
    const p = s.next();
    s.put(frame(7));
    expect((await p)?.seq).toBe(7);
    expect(s.dropped).toBe(0);
  });

  it('counts nothing as dropped while nobody reads', () => {
    const s = new FrameSlot();
    s.put(frame(1));
    s.put(frame(2));
    expect(s.dropped).toBe(0);
  });

  it('ends iteration when closed', async () => {
    const s = new FrameSlot();
    const seen: number[] = [];
    const done = (async () => { for await (const f of s) seen.push(f.seq); })();
    await new Promise((r) => setTimeout(r, 0));
    s.put(frame(1));
    await new Promise((r) => setTimeout(r, 0));
    s.close();
    await done;
    expect(seen).toEqual([1]);
  });
});
