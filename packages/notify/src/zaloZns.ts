import type { NotifyChannel, Recipient, SendOutcome, SendRequest } from '@truongan/core';
import { callProvider, parseJson, retryAfterMs } from './http.ts';
import type { ZaloTokenKeeper } from './zaloTokens.ts';

/**
 * Zalo Notification Service, "Gửi thông báo ZNS" (https://developers.zalo.me/docs/zalo-notification-service/):
 *   POST https://business.openapi.zalo.me/message/template
 *   headers: access_token: <OA access token>, Content-Type: application/json
 *   body: {"phone":"84912345678","template_id":"7895417a7d3f9461cd2e","template_data":{"student_name":"…"},"tracking_id":"<ours>"}
 *   → 200 {"error":0,"message":"Success","data":{"msg_id":"…","sent_time":"1626248142924","quota":{"dailyQuota":"500","remainingQuota":"499"}}}
 *   → 200 {"error":-124,"message":"Access token is invalid"}    (errors come with HTTP 200 and a negative code)
 * Delivery is reported later by the OA webhook event `user_received_message` (carrying msg_id and tracking_id).
 * Codes from https://zalo.cloud/zns/guidelines/handle-error-code (-100 … -112 read there; the rest as we know
 * them from that table — verify against the live page before go-live).
 */
const RECIPIENT_CANNOT = new Set([-108, -110, -118, -119, -139]); // bad phone, old Zalo, no Zalo account, cannot receive, refused
const QUOTA = new Set([-115, -144]); // out of balance, OA daily quota reached
const RETRYABLE = new Set([-100]); // unknown error, "try again later"
const TOKEN = -124;

export interface ZaloZnsOptions { apiUrl: string; tokens: ZaloTokenKeeper; timeoutMs: number; awaitReceipt: boolean; now?: () => Date }

export class ZaloZnsChannel implements NotifyChannel {
  readonly name = 'zalo_zns' as const;
  /** tracking_id is echoed back, not de-duplicated by Zalo: a lost answer means "uncertain", never a blind resend. */
  readonly providerDedup = false;
  /** Set when Zalo says the day's quota is gone: until Vietnam midnight every message goes straight to the next channel. */
  private quotaGoneUntil = 0;
  constructor(private readonly o: ZaloZnsOptions) {}

  reaches(r: Recipient) { return !!r.phone; }

  async send(req: SendRequest): Promise<SendOutcome> {
    const zns = req.message.zns;
    if (!zns) return { kind: 'fallback', reason: `no approved ZNS template for ${req.message.kind}` };
    const now = (this.o.now ?? (() => new Date()))();
    if (now.getTime() < this.quotaGoneUntil) return { kind: 'fallback', reason: 'ZNS daily quota exhausted' };
    let token: string;
    try { token = await this.o.tokens.current(); } catch (e) { return { kind: 'fallback', reason: (e as Error).message }; }
    let out = await this.post(token, req, zns);
    if (out.code === TOKEN) {
      // The token was revoked or expired early: refresh once and try again; the first call was refused, so nothing was sent.
      try { token = await this.o.tokens.refresh(token); } catch (e) { return { kind: 'fallback', reason: (e as Error).message }; }
      out = await this.post(token, req, zns);
    }
    return this.classify(out, now);
  }

  private async post(token: string, req: SendRequest, zns: { templateId: string; data: Record<string, string> }) {
    const res = await callProvider(this.o.apiUrl, {
      method: 'POST', headers: { access_token: token, 'content-type': 'application/json' },
      body: JSON.stringify({ phone: req.recipient.phone, template_id: zns.templateId, template_data: zns.data, tracking_id: req.attemptId }),
    }, this.o.timeoutMs);
    if (!res.ok) return { res, code: undefined, body: undefined };
    const body = parseJson(res.text) as { error?: unknown; message?: string; data?: { msg_id?: string; quota?: { remainingQuota?: string | number } } } | undefined;
    return { res, code: typeof body?.error === 'number' ? body.error : undefined, body };
  }

  private classify({ res, code, body }: Awaited<ReturnType<ZaloZnsChannel['post']>>, now: Date): SendOutcome {
    if (!res.ok) return res.reached ? { kind: 'uncertain', reason: `zns ${res.reason}` } : { kind: 'retry', reason: `zns unreachable: ${res.reason}` };
    if (res.status === 429) return { kind: 'retry', reason: 'zns 429 rate limited', retryAfterMs: retryAfterMs(res.headers) };
    if (res.status === 502 || res.status === 503 || res.status === 504) return { kind: 'retry', reason: `zns HTTP ${res.status}` };
    if (res.status >= 500) return { kind: 'uncertain', reason: `zns HTTP ${res.status}` };
    if (code === undefined) return res.status >= 400 ? { kind: 'fallback', reason: `zns HTTP ${res.status}` } : { kind: 'uncertain', reason: `zns unreadable answer: ${res.text.slice(0, 60)}` };
    const why = `zns ${code} ${body?.message ?? ''}`.trim();
    if (code === 0) {
      const msgId = body?.data?.msg_id;
      if (!msgId) return { kind: 'uncertain', reason: 'zns success without msg_id' };
      if (Number(body?.data?.quota?.remainingQuota) === 0) this.quotaGoneUntil = nextVnMidnight(now);
      return { kind: 'accepted', providerId: msgId, awaitReceipt: this.o.awaitReceipt };
    }
    if (QUOTA.has(code)) { this.quotaGoneUntil = nextVnMidnight(now); return { kind: 'fallback', reason: why }; }
    if (RETRYABLE.has(code)) return { kind: 'retry', reason: why };
    if (RECIPIENT_CANNOT.has(code)) return { kind: 'fallback', reason: why };
    // Template, app or OA configuration problems: other channels do not need a ZNS template, so fall back.
    return { kind: 'fallback', reason: why };
  }
}

const nextVnMidnight = (now: Date) => {
  const vn = now.getTime() + 7 * 3_600_000;
  return Math.ceil((vn + 1) / 86_400_000) * 86_400_000 - 7 * 3_600_000;
};
