import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EsmsSmsChannel } from './esmsSms.ts';
import { startFakeEsms } from './testing/fakeEsms.ts';
import { buildSendRequest } from './testing/request.ts';

describe('eSMS brandname SMS channel against a local server with eSMS\'s documented shapes', () => {
  let esms: Awaited<ReturnType<typeof startFakeEsms>>;
  const channel = (o: { apiKey?: string; timeoutMs?: number } = {}) => new EsmsSmsChannel({
    url: esms.sendUrl, apiKey: o.apiKey ?? 'esms-key', secretKey: 'esms-secret', brandname: 'TRUONGAN', unicode: false, timeoutMs: o.timeoutMs ?? 2000,
  });
  beforeEach(async () => { esms = await startFakeEsms(); });
  afterEach(async () => { await esms.close(); });

  it('sends unaccented GSM-7 text with IsUnicode 0, brandname, SmsType 2 and our RequestId; the link stays whole', async () => {
    const req = buildSendRequest();
    expect(await channel().send(req)).toMatchObject({ kind: 'accepted', providerId: 'sms-1', awaitReceipt: false, detail: expect.stringMatching(/^gsm7 \d+ units, 1 part/) });
    const [d] = esms.state.delivered;
    expect(d).toMatchObject({ Phone: '84912345678', IsUnicode: '0', Brandname: 'TRUONGAN', SmsType: '2', RequestId: req.dedupKey });
    expect(d!.Content).toMatch(/^Con Nguyen Van An lop 6A2 da vao truong luc 06:58 ngay 05\/09\/2026\. https:\/\/truongan\.example\/s\/snap-1\?g=g1&e=1&s=abc$/);
  });

  it('sends Vietnamese with accents as Unicode when the school pays for it', async () => {
    await channel().send(buildSendRequest({ unicode: true }));
    expect(esms.state.delivered[0]).toMatchObject({ IsUnicode: '1', Content: expect.stringContaining('Nguyễn Văn An lớp 6A2 đã vào trường') });
  });

  it('a resend after a lost answer is refused as a duplicate RequestId: the phone gets one SMS', async () => {
    const req = buildSendRequest();
    esms.faults.push('hang');
    expect((await channel({ timeoutMs: 300 }).send(req)).kind).toBe('retry');
    expect(await channel().send({ ...req, attemptId: 'second' })).toMatchObject({ kind: 'accepted', detail: expect.stringContaining('duplicate') });
    expect(esms.state.delivered.length).toBe(1);
    expect(esms.state.calls).toBe(2);
  });

  it('maps faults: wrong keys and bad phones fall back; 5xx, 429, garbage and resets retry', async () => {
    expect(await channel({ apiKey: 'wrong' }).send(buildSendRequest())).toMatchObject({ kind: 'fallback', reason: expect.stringContaining('101') });
    expect(await channel().send(buildSendRequest({ recipient: { phone: '8412' } }))).toMatchObject({ kind: 'fallback', reason: expect.stringContaining('108') });
    for (const f of [{ http: 500 }, { http: 429, headers: { 'retry-after': '3' } }, 'garbage', 'reset', { code: 103 }] as const) {
      esms.faults.push(f as any);
      const out = await channel().send(buildSendRequest());
      expect([f, out.kind]).toEqual([f, (f as any).code ? 'fallback' : 'retry']);
    }
    expect(esms.state.delivered).toEqual([]);
  });
});
