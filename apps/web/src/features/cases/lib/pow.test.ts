import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { powOk } from '@truongan/core';
import { sha256 } from './sha256.ts';
import { solvePow } from './pow.ts';

describe('browser proof of work', () => {
  it('hashes exactly like node:crypto, across block boundaries', () => {
    for (const len of [0, 1, 55, 56, 63, 64, 65, 119, 120, 300]) {
      const data = new Uint8Array(len).map((_, i) => (i * 31 + len) & 0xff);
      expect(Buffer.from(sha256(data)).toString('hex')).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  it('finds a nonce the server accepts', async () => {
    const challenge = 'v1.1700000000000.abc.sig:with:colons';
    const nonce = await solvePow(challenge, 12);
    expect(powOk(challenge, nonce, 12)).toBe(true);
    expect(powOk(challenge, String(Number(nonce) + 1), 24)).toBe(false);
  });
});
