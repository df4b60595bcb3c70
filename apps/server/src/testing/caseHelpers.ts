import { solvePow } from '@truongan/core';
import type { ApiClient, ApiResponse } from './harness.ts';

/** Files a public report the way the phone form does: fetch a challenge, solve it, post. */
export async function filePublic(client: ApiClient, body: Record<string, unknown>): Promise<ApiResponse> {
  const ch = await client.get('/api/public/intake/challenge');
  if (ch.status !== 200) return ch;
  return client.post('/api/public/cases', { anonymous: true, ...body, pow: { challenge: ch.body.challenge, nonce: solvePow(ch.body.challenge, ch.body.bits) } });
}
