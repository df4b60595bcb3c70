import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, startFake, type Exchange } from './testing/fakeServer.ts';
import { buildSendRequest } from './testing/request.ts';
import { signWebhook, WebhookChannel } from './webhook.ts';

describe('signed webhook channel', () => {
  let hook: Awaited<ReturnType<typeof startFake>>;
  const got: Exchange[] = [];
  beforeEach(async () => { got.length = 0; hook = await startFake((x, res) => { got.push(x); json(res, { ok: true }); }); });
  afterEach(async () => { await hook.close(); });
  const channel = (timeoutMs = 2000) => new WebhookChannel({ url: `${hook.url}/hook`, secret: 'whsec-school', timeoutMs });

  it('signs timestamp.body with HMAC-SHA256; the receiver can verify it and de-duplicate on Idempotency-Key', async () => {
    const req = buildSendRequest({ dedupKey: 'm1:webhook' });
    expect((await channel().send(req)).kind).toBe('accepted');
    const x = got[0]!;
    expect(x.headers['idempotency-key']).toBe('m1:webhook');
    expect(x.headers['x-truongan-signature']).toBe(signWebhook('whsec-school', String(x.headers['x-truongan-timestamp']), x.body));
    expect(x.headers['x-truongan-signature']).not.toBe(signWebhook('other-secret', String(x.headers['x-truongan-timestamp']), x.body));
    expect(JSON.parse(x.body)).toMatchObject({ id: 'm1:webhook', kind: 'passage_entry', link: expect.stringContaining('/s/snap-1') });
  });

  it('retries 5xx, 429 and timeouts; gives up on a 4xx refusal', async () => {
    for (const f of [{ http: 500 }, { http: 429 }, 'hang'] as const) {
      hook.faults.push(f as any);
      expect((await channel(300).send(buildSendRequest())).kind).toBe('retry');
    }
    hook.faults.push({ http: 400, body: '{"error":"bad"}' });
    expect((await channel().send(buildSendRequest())).kind).toBe('give_up');
  });
});
