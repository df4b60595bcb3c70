import type { ServerResponse } from 'node:http';
import { type Exchange, json, startFake, type FakeServer } from './fakeServer.ts';

export interface ZnsDelivery { phone: string; template_id: string; template_data: Record<string, string>; tracking_id: string; msg_id: string; token: string }

/**
 * A stand-in for business.openapi.zalo.me and oauth.zaloapp.com that follows the documented shapes (see
 * src/zaloZns.ts and src/zaloTokens.ts): errors as HTTP 200 with a negative `error`, an access token that
 * can be expired on demand, single-use refresh tokens, a daily quota counted down in every success.
 */
export async function startFakeZalo(opts: { dailyQuota?: number; appId?: string; secretKey?: string; delayMs?: number } = {}) {
  const state = {
    accessToken: 'at-1', refreshToken: 'rt-1', gen: 1, remaining: opts.dailyQuota ?? 500, delivered: [] as ZnsDelivery[], refreshes: 0,
    appId: opts.appId ?? 'app-1', secretKey: opts.secretKey ?? 'app-secret',
  };
  const server: FakeServer = await startFake((x, res) => {
    if (opts.delayMs && x.path.startsWith('/message/template')) { setTimeout(() => answer(x, res), opts.delayMs); return; }
    answer(x, res);
  });
  function answer(x: Exchange, res: ServerResponse) {
    if (x.path.startsWith('/v4/oa/access_token')) {
      const form = new URLSearchParams(x.body);
      if (x.headers.secret_key !== state.secretKey || form.get('app_id') !== state.appId) return json(res, { error: -14002, error_name: 'Invalid app', error_description: 'app_id or secret_key invalid' });
      if (form.get('grant_type') !== 'refresh_token' || form.get('refresh_token') !== state.refreshToken) return json(res, { error: -14014, error_name: 'Invalid refresh token', error_description: 'refresh token is invalid or used' });
      state.gen += 1; state.refreshes += 1;
      state.accessToken = `at-${state.gen}`; state.refreshToken = `rt-${state.gen}`;
      return json(res, { access_token: state.accessToken, refresh_token: state.refreshToken, expires_in: '90000' });
    }
    if (x.path.startsWith('/message/template')) {
      const f = x.fault;
      if (typeof f === 'object' && 'code' in f) return json(res, { error: f.code, message: `error ${f.code}` });
      if (x.headers.access_token !== state.accessToken) return json(res, { error: -124, message: 'Access token is invalid' });
      let b: any;
      try { b = JSON.parse(x.body); } catch { return json(res, { error: -122, message: 'Body format invalid' }); }
      if (!/^84\d{9}$/.test(String(b.phone))) return json(res, { error: -108, message: 'Phone number invalid' });
      if (!b.template_id || !b.template_data || typeof b.template_data !== 'object') return json(res, { error: -112, message: 'Template data invalid' });
      if (state.remaining <= 0) return json(res, { error: -144, message: 'OA has exceeded the daily quota' });
      state.remaining -= 1;
      const msg_id = `zmsg-${state.delivered.length + 1}`;
      state.delivered.push({ ...b, msg_id, token: String(x.headers.access_token) });
      return json(res, { error: 0, message: 'Success', data: { msg_id, sent_time: String(Date.now()), quota: { dailyQuota: String(opts.dailyQuota ?? 500), remainingQuota: String(state.remaining) } } });
    }
    json(res, { error: -106, message: 'Method unsupported' }, 404);
  }
  return { ...server, state, apiUrl: `${server.url}/message/template`, oauthUrl: `${server.url}/v4/oa/access_token`, expireToken: () => { state.accessToken = `revoked-${Date.now()}`; } };
}
