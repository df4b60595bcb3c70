import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeZalo } from './testing/fakeZalo.ts';
import { buildSendRequest } from './testing/request.ts';
import { ZaloZnsChannel } from './zaloZns.ts';
import { memoryTokenStore, ZaloTokenKeeper } from './zaloTokens.ts';

describe('Zalo ZNS channel against a local server with Zalo\'s documented shapes', () => {
  let zalo: Awaited<ReturnType<typeof startFakeZalo>>;
  const channel = (o: { timeoutMs?: number; tokens?: 'valid' | 'none' } = {}) => new ZaloZnsChannel({
    apiUrl: zalo.apiUrl, timeoutMs: o.timeoutMs ?? 2000, awaitReceipt: true,
    tokens: new ZaloTokenKeeper({ oauthUrl: zalo.oauthUrl, appId: 'app-1', secretKey: 'app-secret', timeoutMs: 2000,
      store: memoryTokenStore(o.tokens === 'none' ? undefined : { accessToken: 'at-1', refreshToken: 'rt-1', expiresAt: Date.now() + 3_600_000 }) }),
  });
  beforeEach(async () => { zalo = await startFakeZalo({ dailyQuota: 3 }); });
  afterEach(async () => { await zalo.close(); });

  it('sends phone 84…, template_id, template_data within limits and our tracking id; waits for the receipt', async () => {
    const req = buildSendRequest({ student: 'Nguyễn Thị Minh Khai Phương Thảo Ngọc' });
    const out = await channel().send(req);
    expect(out).toEqual({ kind: 'accepted', providerId: 'zmsg-1', awaitReceipt: true });
    const [d] = zalo.state.delivered;
    expect(d).toMatchObject({ phone: '84912345678', template_id: '301234', tracking_id: req.attemptId });
    expect(d!.template_data.student_name!.length).toBeLessThanOrEqual(30);
    expect(d!.template_data.student_name!.endsWith('Ngọc')).toBe(true);
    expect(d!.template_data).toMatchObject({ class_name: '6A2', time: '06:58' });
  });

  it('refreshes a revoked access token once, saves the single-use refresh token, and sends once', async () => {
    const ch = channel();
    zalo.expireToken();
    expect((await ch.send(buildSendRequest())).kind).toBe('accepted');
    expect((await ch.send(buildSendRequest())).kind).toBe('accepted');
    expect(zalo.state.refreshes).toBe(1);
    expect(zalo.state.delivered.map((d) => d.token)).toEqual(['at-2', 'at-2']);
  });

  it('falls back when no token can be had (no refresh token configured)', async () => {
    expect(await channel({ tokens: 'none' }).send(buildSendRequest())).toMatchObject({ kind: 'fallback' });
    expect(zalo.state.delivered).toEqual([]);
  });

  it('stops calling Zalo for the day once the quota is gone, and falls back', async () => {
    const ch = channel();
    for (let i = 0; i < 3; i++) expect((await ch.send(buildSendRequest())).kind).toBe('accepted');
    const calls = zalo.state.delivered.length;
    expect(await ch.send(buildSendRequest())).toMatchObject({ kind: 'fallback', reason: 'ZNS daily quota exhausted' });
    expect(zalo.state.delivered.length).toBe(calls);
    const fresh = channel();
    expect(await fresh.send(buildSendRequest())).toMatchObject({ kind: 'fallback', reason: expect.stringContaining('-144') });
  });

  it('maps error codes and faults: -108/-118 fallback, -100 retry, 429/503 retry, 500, garbage and timeouts uncertain', async () => {
    const ch = channel({ timeoutMs: 300 });
    const cases: Array<[any, string]> = [
      [{ code: -108 }, 'fallback'], [{ code: -118 }, 'fallback'], [{ code: -112 }, 'fallback'], [{ code: -100 }, 'retry'],
      [{ http: 429, headers: { 'retry-after': '7' } }, 'retry'], [{ http: 503 }, 'retry'], [{ http: 500 }, 'uncertain'], ['garbage', 'uncertain'], ['reset', 'uncertain'],
    ];
    for (const [fault, kind] of cases) {
      zalo.faults.push(fault);
      const out = await ch.send(buildSendRequest());
      expect([JSON.stringify(fault), out.kind]).toEqual([JSON.stringify(fault), kind]);
      if (fault.http === 429) expect(out).toMatchObject({ retryAfterMs: 7000 });
    }
    expect(zalo.state.delivered).toEqual([]);
  });

  it('a timeout is uncertain because Zalo may have sent it: the hung request did reach the phone', async () => {
    zalo.faults.push('hang');
    expect((await channel({ timeoutMs: 300 }).send(buildSendRequest())).kind).toBe('uncertain');
    expect(zalo.state.delivered.length).toBe(1);
  });

  it('an unreachable server is a plain retry (nothing left this machine); no template is a fallback', async () => {
    await zalo.close();
    expect((await channel().send(buildSendRequest())).kind).toBe('retry');
    zalo = await startFakeZalo();
    expect(await channel().send(buildSendRequest({ znsTemplateId: null }))).toMatchObject({ kind: 'fallback' });
  });
});
