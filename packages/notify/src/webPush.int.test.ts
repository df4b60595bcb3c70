import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPushService } from './testing/pushService.ts';
import { buildSendRequest } from './testing/request.ts';
import { loadVapidKeys, WebPushChannel } from './webPush.ts';

describe('Web Push channel: a local push service receives and decrypts', () => {
  let push: Awaited<ReturnType<typeof startPushService>>;
  let dir: string;
  const gone: string[] = [];
  const channel = () => new WebPushChannel({ vapid: loadVapidKeys(dir, 'mailto:admin@truongan.example'), timeoutMs: 2000, ttlSeconds: 3600, onGone: async (e) => { gone.push(e); }, agent: push.agent });
  const sub = (id: string) => { const s = push.subscribe(id); return { id, guardianId: 'g1', endpoint: s.endpoint, p256dh: s.keys.p256dh, auth: s.keys.auth, createdAt: '' }; };
  beforeEach(async () => { push = await startPushService(); dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vapid-')); gone.length = 0; });
  afterEach(async () => { await push.close(); fs.rmSync(dir, { recursive: true, force: true }); });

  it('generates VAPID keys once at first start and keeps them', () => {
    const a = loadVapidKeys(dir, 'mailto:x@y.vn');
    expect(loadVapidKeys(dir, 'mailto:x@y.vn')).toEqual(a);
    expect((fs.statSync(path.join(dir, 'keys', 'vapid.json')).mode & 0o777).toString(8)).toBe('600');
  });

  it('the phone decrypts the text and the signed link, never an image', async () => {
    const req = buildSendRequest({ recipient: { push: [sub('phone')] } });
    expect(await channel().send(req)).toMatchObject({ kind: 'accepted', awaitReceipt: false });
    expect(push.received).toHaveLength(1);
    const { payload, headers } = push.received[0]!;
    expect(payload).toMatchObject({ title: 'Đã vào trường', url: expect.stringContaining('/s/snap-1?'), id: req.dedupKey });
    expect(payload.body).toContain('Con Nguyễn Văn An lớp 6A2 đã vào trường lúc 06:58');
    expect(headers).toMatchObject({ urgency: 'high', ttl: '3600' });
  });

  it('a gone subscription (410) is removed and the chain falls back; 429 and 5xx retry', async () => {
    const dead = sub('old');
    push.unsubscribe('old');
    expect(await channel().send(buildSendRequest({ recipient: { push: [dead] } }))).toMatchObject({ kind: 'fallback' });
    expect(gone).toEqual([dead.endpoint]);
    for (const f of [{ http: 429 }, { http: 503 }]) {
      push.faults.push(f);
      expect((await channel().send(buildSendRequest({ recipient: { push: [sub('p')] } }))).kind).toBe('retry');
    }
  });

  it('one live device out of two is enough', async () => {
    const dead = sub('tablet');
    push.unsubscribe('tablet');
    expect((await channel().send(buildSendRequest({ recipient: { push: [dead, sub('phone2')] } }))).kind).toBe('accepted');
    expect(push.received.map((r) => r.sub)).toEqual(['phone2']);
  });
});
