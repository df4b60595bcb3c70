import { createHash } from 'node:crypto';

/**
 * Proof of work for the public form, instead of a third-party captcha: the client must find a nonce so that
 * sha256(challenge + ":" + nonce) starts with `bits` zero bits, i.e. 2^bits hashes on average. Measured with
 * `npm run bench:intake`: 16 bits cost 0.3–0.7 s per report in Node on one core (more on a cheap phone), so the default
 * is 14 bits (16,384 hashes, 0.1–0.17 s in Node): unnoticeable for a person filing once, a real bill for a flood
 * of thousands. The server's own check is a single hash.
 */
export const DEFAULT_POW_BITS = 14;

export function leadingZeroBits(buf: Uint8Array): number {
  let n = 0;
  for (const b of buf) {
    if (b === 0) { n += 8; continue; }
    return n + Math.clz32(b) - 24;
  }
  return n;
}

export const powHash = (challenge: string, nonce: string) => createHash('sha256').update(`${challenge}:${nonce}`).digest();
export const powOk = (challenge: string, nonce: string, bits: number) => leadingZeroBits(powHash(challenge, nonce)) >= bits;

/** What the browser does; here for tests and the load generator. */
export function solvePow(challenge: string, bits: number): string {
  for (let i = 0; ; i++) if (powOk(challenge, String(i), bits)) return String(i);
}
