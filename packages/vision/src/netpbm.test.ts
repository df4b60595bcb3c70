import { describe, expect, it } from 'vitest';
import { decodeNetpbm, isNetpbm } from './netpbm.ts';

const bytes = (s: string, tail: number[] = []) => Uint8Array.from([...Buffer.from(s, 'latin1'), ...tail]);

describe('netpbm', () => {
  it('binary PGM (P5) as in the ORL set', () => {
    const img = decodeNetpbm(bytes('P5\n2 1\n255\n', [0, 255]));
    expect(img).toMatchObject({ width: 2, height: 1, channels: 1 });
    expect(Array.from(img.data)).toEqual([0, 255]);
  });
  it('ASCII PGM with a comment and maxval 15 (rescaled to 0..255)', () => {
    expect(Array.from(decodeNetpbm(bytes('P2\n# made by hand\n2 1\n15\n0 15\n')).data)).toEqual([0, 255]);
  });
  it('binary PPM (P6)', () => {
    const img = decodeNetpbm(bytes('P6 1 1 255 ', [1, 2, 3]));
    expect(img.channels).toBe(3);
    expect(Array.from(img.data)).toEqual([1, 2, 3]);
  });
  it('detects the magic and rejects PBM/JPEG', () => {
    expect(isNetpbm(bytes('P5\n'))).toBe(true);
    expect(isNetpbm(bytes('P4\n'))).toBe(false);
    expect(isNetpbm(Uint8Array.from([0xff, 0xd8, 0xff]))).toBe(false);
  });
});
