import type { OutboxMessage } from '@truongan/core';
import { type OpenStore, uniqueId } from '@truongan/testkit';
import { describe, expect, it } from 'vitest';
import { at, freshStore } from './fresh.ts';

export function notifyContract(open: OpenStore) {
  describe('notify (dispatch claims, attempts, subscriptions)', () => {
    const s = freshStore(open);
    const msg = (o: Partial<OutboxMessage> = {}): OutboxMessage => ({
      id: uniqueId('msg'), idempotencyKey: uniqueId('key'), channel: 'auto', recipient: 'g1', template: 'passage_entry',
      body: 'Con An đã vào trường', data: { studentId: 's1' }, status: 'pending', createdAt: at(0), ...o,
    });

    it('two workers claiming at once get disjoint batches, and nobody re-claims until the lease lapses', async () => {
      const { outbox, notify } = s().store.repos;
      for (let i = 0; i < 40; i++) await outbox.enqueue(msg());
      const [a, b] = await Promise.all([notify.claimDue('A', at(10), at(70), 25), notify.claimDue('B', at(10), at(70), 25)]);
      const ids = [...a, ...b].map((r) => r.id);
      expect(new Set(ids).size).toBe(40);
      expect(ids.length).toBe(40);
      expect(await notify.claimDue('C', at(20), at(80), 100)).toEqual([]);
      // A killed worker's lease expires: its rows come back to the next claimer.
      const again = await notify.claimDue('C', at(71), at(131), 100);
      expect(again.length).toBe(40);
      expect(again.every((r) => r.leaseOwner === 'C' && r.chain === null && r.chainPos === 0)).toBe(true);
    });

    it('release applies only for the lease holder (a stale worker cannot overwrite), and frees the row', async () => {
      const { outbox, notify } = s().store.repos;
      const m = msg();
      await outbox.enqueue(m);
      await notify.claimDue('A', at(1), at(2), 10);
      const [row] = await notify.claimDue('B', at(3), at(63), 10);
      expect(row!.id).toBe(m.id);
      expect(await notify.release(m.id, 'A', { status: 'sent' })).toBe(false);
      expect(await notify.renew(m.id, 'A', at(4), at(64))).toBe(false);
      expect(await notify.renew(m.id, 'B', at(4), at(90))).toBe(true);
      expect((await notify.get(m.id))?.leaseUntil).toBe(at(90));
      expect(await notify.renew(m.id, 'B', at(91), at(150))).toBe(false); // lapsed: someone else may hold it now
      expect(await notify.release(m.id, 'B', { status: 'awaiting', chain: ['zalo_zns', 'sms'], chainPos: 1, nextAttemptAt: at(100), handedAt: at(4), attempts: 1 })).toBe(true);
      const got = await notify.get(m.id);
      expect(got).toMatchObject({ status: 'awaiting', chain: ['zalo_zns', 'sms'], chainPos: 1, leaseOwner: null, handedAt: at(4), attempts: 1 });
      expect(await notify.claimOne(m.id, 'C', at(99), at(150))).toBeUndefined();
      expect((await notify.claimOne(m.id, 'C', at(100), at(150)))?.leaseOwner).toBe('C');
    });

    it('stores attempts in order, finds them by tracking or provider id, and a receipt settles only the waiting position', async () => {
      const { outbox, notify } = s().store.repos;
      const m = msg();
      await outbox.enqueue(m);
      await notify.claimDue('A', at(1), at(60), 1);
      await notify.insertAttempt({ id: 'att1', outboxId: m.id, channel: 'zalo_zns', chainPos: 0, tryNo: 0, status: 'sending', providerId: null, detail: null, startedAt: at(1), finishedAt: null });
      await notify.finishAttempt('att1', { status: 'accepted', providerId: 'zmsg-1', detail: null, finishedAt: at(2) });
      await notify.release(m.id, 'A', { status: 'awaiting', chain: ['zalo_zns', 'sms'], nextAttemptAt: at(90) });
      expect((await notify.findAttempt({ providerId: 'zmsg-1', channel: 'zalo_zns' }))?.id).toBe('att1');
      expect((await notify.findAttempt({ id: 'att1' }))?.status).toBe('accepted');
      expect(await notify.settleAwaiting(m.id, 1, { status: 'sent' })).toBe(false);
      expect(await notify.settleAwaiting(m.id, 0, { status: 'sent' })).toBe(true);
      expect((await notify.get(m.id))?.status).toBe('sent');
      expect((await notify.attemptsOf([m.id])).map((a) => a.status)).toEqual(['accepted']);
    });

    it('writes an attempt only for the worker that still holds the lease (fencing against stalled workers)', async () => {
      const { outbox, notify } = s().store.repos;
      const m = msg();
      await outbox.enqueue(m);
      await notify.claimDue('A', at(1), at(60), 1);
      const attempt = (id: string, startedAt: string) => ({ id, outboxId: m.id, channel: 'zalo_zns' as const, chainPos: 0, tryNo: 0, status: 'sending' as const, providerId: null, detail: null, startedAt, finishedAt: null });
      expect(await notify.insertAttemptIfOwner(attempt('a-late', at(61)), 'A', at(61))).toBe(false); // A's lease ran out
      expect((await notify.claimOne(m.id, 'B', at(61), at(120)))?.leaseOwner).toBe('B');
      expect(await notify.insertAttemptIfOwner(attempt('a-stale', at(62)), 'A', at(62))).toBe(false); // B owns it now
      expect(await notify.insertAttemptIfOwner(attempt('b-1', at(62)), 'B', at(62))).toBe(true);
      expect((await notify.attemptsOf([m.id])).map((a) => a.id)).toEqual(['b-1']);
    });

    it('dead letters are listed and revived from the start of a fresh chain', async () => {
      const { outbox, notify } = s().store.repos;
      const m = msg();
      await outbox.enqueue(m);
      await notify.claimDue('A', at(1), at(60), 1);
      await notify.release(m.id, 'A', { status: 'dead', chain: ['sms'], chainPos: 0, deadReason: 'chain_exhausted: sms: 108' });
      expect((await notify.listDead(10)).map((d) => [d.id, d.deadReason])).toEqual([[m.id, 'chain_exhausted: sms: 108']]);
      expect(await notify.revive(m.id, at(5))).toBe(true);
      expect(await notify.revive(m.id, at(5))).toBe(false);
      expect(await notify.get(m.id)).toMatchObject({ status: 'pending', chain: null, chainPos: 0, deadReason: null, nextAttemptAt: at(5) });
      expect(await notify.dueIds(at(6), 10)).toEqual([m.id]);
    });

    it('keeps one push subscription per endpoint, re-pointed to the latest guardian', async () => {
      const { notify } = s().store.repos;
      const sub = { id: 'p1', guardianId: 'g1', endpoint: 'https://push.example/abc', p256dh: 'k'.repeat(20), auth: 'a'.repeat(10), createdAt: at(0) };
      await notify.putPushSubscription(sub);
      await notify.putPushSubscription({ ...sub, id: 'p2', guardianId: 'g2' });
      expect(await notify.pushSubscriptions('g1')).toEqual([]);
      expect((await notify.pushSubscriptions('g2')).map((p) => p.endpoint)).toEqual([sub.endpoint]);
      await notify.deletePushSubscription(sub.endpoint);
      expect(await notify.pushSubscriptions('g2')).toEqual([]);
    });
  });
}
