import type { NotifyChannel, Recipient, SendOutcome, SendRequest } from '@truongan/core';
import nodemailer, { type Transporter } from 'nodemailer';

/**
 * E-mail over SMTP (nodemailer). "250 OK" after DATA means the server took responsibility for the message.
 * 4xx replies are transient (retry), 5xx permanent for this address (fall back). A timeout after DATA was
 * sent may still have been accepted: uncertain. Message-ID is derived from the message so a server or
 * mail client that sees the same id twice can drop the copy.
 */
export class EmailChannel implements NotifyChannel {
  readonly name = 'email' as const;
  readonly providerDedup = false;
  private readonly transport: Transporter;
  constructor(private readonly o: { smtpUrl: string; from: string; timeoutMs: number }) {
    this.transport = nodemailer.createTransport(o.smtpUrl, { connectionTimeout: o.timeoutMs, greetingTimeout: o.timeoutMs, socketTimeout: o.timeoutMs } as any);
  }

  reaches(r: Recipient) { return !!r.email; }

  async send(req: SendRequest): Promise<SendOutcome> {
    try {
      const info = await this.transport.sendMail({
        from: this.o.from, to: req.recipient.email!, subject: `Trường An: ${req.message.title}`, text: req.message.text,
        messageId: `<${req.dedupKey.replace(/[^\w.-]/g, '.')}@truongan>`, headers: { 'X-TruongAn-Attempt': req.attemptId },
      });
      return { kind: 'accepted', providerId: info.messageId, awaitReceipt: false, detail: String(info.response ?? '').slice(0, 120) };
    } catch (e: any) {
      const code = e?.responseCode as number | undefined;
      if (code && code >= 500) return { kind: 'fallback', reason: `smtp ${code} ${String(e.response ?? '').slice(0, 80)}` };
      if (code && code >= 400) return { kind: 'retry', reason: `smtp ${code} ${String(e.response ?? '').slice(0, 80)}` };
      if (e?.code === 'ECONNECTION' || e?.code === 'EDNS' || e?.code === 'ESOCKET' && /ECONNREFUSED/.test(String(e?.message))) return { kind: 'retry', reason: `smtp ${e.code}` };
      // The conversation broke or timed out midway: the server may have queued it.
      return { kind: 'uncertain', reason: `smtp ${e?.code ?? ''} ${e?.message ?? e}`.trim() };
    }
  }

  close() { this.transport.close(); }
}
