import { smsSize } from '@truongan/core';
import type { NotifyChannel, Recipient, SendOutcome, SendRequest } from '@truongan/core';
import { callProvider, parseJson, retryAfterMs } from './http.ts';

/**
 * eSMS.vn brandname SMS, "Send OTP/Customer care message"
 * (https://developers.esms.vn/en/esms-api/send-sms-api/send-otp-customer-care-message):
 *   POST https://rest.esms.vn/MainService.svc/json/SendMultipleMessage_V4_post_json/   Content-Type: application/json
 *   {"ApiKey","SecretKey","Phone","Content","Brandname","SmsType":"2","IsUnicode":"0|1","Sandbox":"0","RequestId","CallbackUrl"}
 *   → {"CodeResult":"100","CountRegenerate":0,"SMSID":"d533459e…"}       (100 = accepted by eSMS, not yet delivered)
 *   → {"CodeResult":"101","ErrorMessage":"Authorize Failed"}
 * Error table (https://developers.esms.vn/en/esms-api/table-of-error-codes): 99 phone blocked, 101 bad keys,
 * 102 no price list, 103 balance, 104 brandname, 108 phone format, 124 duplicate RequestId, 140 IP not
 * whitelisted, 146 wrong customer-care template, 177 network not registered.
 * RequestId is our per-(message, channel) key, so a resend after a crash or timeout is answered 124 instead of
 * reaching the phone twice: the one channel where resending is safe.
 */
const RECIPIENT_CANNOT = new Set(['99', '108', '177']);
const ACCOUNT = new Set(['101', '102', '103', '104', '140', '146', '118']);

export interface EsmsOptions { url: string; apiKey: string; secretKey: string; brandname: string; unicode: boolean; callbackUrl?: string; timeoutMs: number; sandbox?: boolean }

export class EsmsSmsChannel implements NotifyChannel {
  readonly name = 'sms' as const;
  readonly providerDedup = true;
  constructor(private readonly o: EsmsOptions) {}

  reaches(r: Recipient) { return !!r.phone; }

  async send(req: SendRequest): Promise<SendOutcome> {
    const content = req.message.sms;
    const size = smsSize(content);
    const res = await callProvider(this.o.url, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ApiKey: this.o.apiKey, SecretKey: this.o.secretKey, Phone: req.recipient.phone, Content: content, Brandname: this.o.brandname, SmsType: '2',
        IsUnicode: size.encoding === 'ucs2' ? '1' : '0', Sandbox: this.o.sandbox ? '1' : '0', RequestId: req.dedupKey,
        ...(this.o.callbackUrl ? { CallbackUrl: this.o.callbackUrl } : {}),
      }),
    }, this.o.timeoutMs);
    // The provider de-duplicates on RequestId, so every doubt becomes a plain retry.
    if (!res.ok) return { kind: 'retry', reason: `esms ${res.reason}` };
    if (res.status === 429) return { kind: 'retry', reason: 'esms 429', retryAfterMs: retryAfterMs(res.headers) };
    if (res.status >= 500) return { kind: 'retry', reason: `esms HTTP ${res.status}` };
    const body = parseJson(res.text) as { CodeResult?: string | number; SMSID?: string; ErrorMessage?: string } | undefined;
    const code = body?.CodeResult === undefined ? undefined : String(body.CodeResult);
    if (!code) return { kind: 'retry', reason: `esms unreadable answer (HTTP ${res.status}): ${res.text.slice(0, 60)}` };
    const why = `esms ${code} ${body?.ErrorMessage ?? ''}`.trim();
    const detail = `${size.encoding} ${size.units} units, ${size.segments} part(s)`;
    if (code === '100') return { kind: 'accepted', providerId: body?.SMSID ?? req.dedupKey, awaitReceipt: !!this.o.callbackUrl, detail };
    if (code === '124') return { kind: 'accepted', providerId: req.dedupKey, awaitReceipt: !!this.o.callbackUrl, detail: 'duplicate RequestId: already accepted earlier' };
    if (RECIPIENT_CANNOT.has(code) || ACCOUNT.has(code)) return { kind: 'fallback', reason: why };
    return { kind: 'fallback', reason: why };
  }
}
