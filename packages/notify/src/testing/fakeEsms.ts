import { json, startFake } from './fakeServer.ts';

export interface SmsDelivery { Phone: string; Content: string; IsUnicode: string; Brandname: string; RequestId: string; SMSID: string }

/**
 * A stand-in for rest.esms.vn's SendMultipleMessage_V4_post_json (see src/esmsSms.ts): CodeResult 100 with an
 * SMSID, 101 on wrong keys, 108 on a bad phone, 124 when a RequestId was already used (nothing sent twice).
 * `delivered` is what phones received: one entry per accepted RequestId.
 */
export async function startFakeEsms(opts: { apiKey?: string; secretKey?: string } = {}) {
  const state = { delivered: [] as SmsDelivery[], calls: 0, seen: new Map<string, string>(), apiKey: opts.apiKey ?? 'esms-key', secretKey: opts.secretKey ?? 'esms-secret' };
  const server = await startFake((x, res) => {
    state.calls += 1;
    if (!x.path.startsWith('/MainService.svc/json/SendMultipleMessage_V4_post_json')) return json(res, { CodeResult: '118', ErrorMessage: 'Unsupported' }, 404);
    const f = x.fault;
    if (typeof f === 'object' && 'code' in f) return json(res, { CodeResult: String(f.code), ErrorMessage: `error ${f.code}` });
    let b: any;
    try { b = JSON.parse(x.body); } catch { return json(res, { CodeResult: '110', ErrorMessage: 'The requested data is incorrect' }); }
    if (b.ApiKey !== state.apiKey || b.SecretKey !== state.secretKey) return json(res, { CodeResult: '101', ErrorMessage: 'Authorize Failed' });
    if (!/^(84|0)\d{9}$/.test(String(b.Phone))) return json(res, { CodeResult: '108', ErrorMessage: 'Phone not valid' });
    if (b.RequestId && state.seen.has(b.RequestId)) return json(res, { CodeResult: '124', ErrorMessage: 'Duplicate RequestId' });
    const SMSID = `sms-${state.delivered.length + 1}`;
    if (b.RequestId) state.seen.set(b.RequestId, SMSID);
    state.delivered.push({ ...b, SMSID });
    json(res, { CodeResult: '100', CountRegenerate: 0, SMSID });
  });
  return { ...server, state, sendUrl: `${server.url}/MainService.svc/json/SendMultipleMessage_V4_post_json/` };
}
