import { describe, expect, it } from 'vitest';
import { leadingZeroBits, powOk, solvePow } from './pow.ts';

describe('proof of work', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(Uint8Array.from([0, 0x0f, 0xff]))).toBe(12);
    expect(leadingZeroBits(Uint8Array.from([0x80]))).toBe(0);
  });
  it('a solved nonce passes and a random one almost never does at 16 bits', () => {
    const nonce = solvePow('c1', 12);
    expect(powOk('c1', nonce, 12)).toBe(true);
    let passes = 0;
    for (let i = 0; i < 200; i++) if (powOk('c2', `x${i}`, 16)) passes++;
    expect(passes).toBeLessThan(2);
  });
});
