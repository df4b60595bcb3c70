import { sha256 } from './sha256.ts';

/** Zero bits at the start of a hash, the same count the server makes (packages/core/src/cases/pow.ts). */
export function leadingZeroBits(buf: Uint8Array): number {
  let n = 0;
  for (const b of buf) {
    if (b === 0) { n += 8; continue; }
    return n + Math.clz32(b) - 24;
  }
  return n;
}

const encoder = new TextEncoder();

/**
 * Finds the nonce the public form must send: sha256(challenge + ":" + nonce) with `bits` leading zero bits.
 * Works in slices and yields between them, so the page stays responsive on a cheap phone (2^14 hashes on average).
 */
export async function solvePow(challenge: string, bits: number, slice = 2000): Promise<string> {
  for (let start = 0; ; start += slice) {
    for (let i = start; i < start + slice; i++) {
      if (leadingZeroBits(sha256(encoder.encode(`${challenge}:${i}`))) >= bits) return String(i);
    }
    await new Promise((r) => setTimeout(r, 0));
  }
}
