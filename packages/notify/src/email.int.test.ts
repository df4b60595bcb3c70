import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmailChannel } from './email.ts';
import { buildSendRequest } from './testing/request.ts';

describe('e-mail channel against a real SMTP server on loopback (smtp-server)', () => {
  let server: SMTPServer;
  let port: number;
  const inbox: Array<{ to: string[]; raw: string }> = [];
  let rcptReply: { code: number; message: string } | null = null;
  beforeEach(async () => {
    inbox.length = 0; rcptReply = null;
    server = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onRcptTo(addr, _s, cb) { if (rcptReply) return cb(Object.assign(new Error(rcptReply.message), { responseCode: rcptReply.code })); cb(); },
      onData(stream, session, cb) {
        const chunks: Buffer[] = [];
        stream.on('data', (c) => chunks.push(c));
        stream.on('end', () => { inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') }); cb(); });
      },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.server.address() as AddressInfo).port;
  });
  afterEach(async () => { await new Promise<void>((r) => server.close(() => r())); });
  const channel = (p = port) => new EmailChannel({ smtpUrl: `smtp://127.0.0.1:${p}?ignoreTLS=true`, from: 'Trường An <no-reply@truongan.example>', timeoutMs: 2000 });

  it('delivers the Vietnamese text with a Message-ID derived from the message', async () => {
    const req = buildSendRequest({ dedupKey: 'msg-42:email' });
    const ch = channel();
    expect(await ch.send(req)).toMatchObject({ kind: 'accepted', providerId: '<msg-42.email@truongan>', awaitReceipt: false });
    ch.close();
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.to).toEqual(['me@example.vn']);
    expect(inbox[0]!.raw).toMatch(/Message-ID: <msg-42\.email@truongan>/i);
    const body = inbox[0]!.raw.split(/\r?\n\r?\n/).slice(1).join('\n');
    expect(Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'))
      .toContain('Con Nguyễn Văn An lớp 6A2 đã vào trường lúc 06:58');
  });

  it('550 (no such mailbox) falls back, 451 (try later) retries, a closed port retries', async () => {
    rcptReply = { code: 550, message: 'No such user' };
    expect(await channel().send(buildSendRequest())).toMatchObject({ kind: 'fallback', reason: expect.stringContaining('550') });
    rcptReply = { code: 451, message: 'Try again later' };
    expect(await channel().send(buildSendRequest())).toMatchObject({ kind: 'retry', reason: expect.stringContaining('451') });
    expect((await channel(1).send(buildSendRequest())).kind).toBe('retry');
    expect(inbox).toEqual([]);
  });
});
