import type { OutboxMessage } from '@truongan/core';
import { type OpenStore, uniqueId } from '@truongan/testkit';
import { describe, expect, it } from 'vitest';
import { at, freshStore } from './fresh.ts';

export function settingsOutboxContract(open: OpenStore) {
  describe('settings', () => {
    const s = freshStore(open);

    it('stores versions of a setting: the newest put wins, JSON values round-trip', async () => {
      const { settings } = s().store.repos;
      expect(await settings.get('school_cva', 'gate')).toBeUndefined();
      const v1 = { scopeId: 'school_cva', key: 'gate', value: { lateAfter: 10, message: 'Em đến muộn' }, version: 1, updatedBy: 'user_admin', updatedAt: at(0) };
      const v2 = { ...v1, value: { lateAfter: 15, message: 'Học sinh đến muộn', cameras: ['cổng chính', null], strict: false }, version: 2, updatedAt: at(60) };
      await settings.put(v1);
      await settings.put(v2);
      expect(await settings.get('school_cva', 'gate')).toEqual(v2);
      const other = { ...v1, key: 'notify', value: 'zalo', version: 1 };
      await settings.put(other);
      await settings.put({ ...v1, scopeId: 'school_nd' });
      expect((await settings.list('school_cva')).sort((x, y) => x.key.localeCompare(y.key))).toEqual([v2, other]);
      expect(await settings.list('no_such_scope')).toEqual([]);
    });
  });

  describe('outbox', () => {
    const s = freshStore(open);
    const message = (o: Partial<OutboxMessage> = {}): OutboxMessage => ({
      id: uniqueId('msg'), idempotencyKey: uniqueId('key'), channel: 'zalo_zns', recipient: '84912345678', template: 'otp',
      body: 'Mã đăng nhập Trường An của bạn là 123456', data: { code: '123456', nested: { ok: true } }, status: 'pending', createdAt: at(0), ...o,
    });

    it('ignores a second message with the same idempotency key', async () => {
      const { outbox } = s().store.repos;
      const first = message();
      await outbox.enqueue(first);
      await outbox.enqueue({ ...first, id: uniqueId('msg'), body: 'bản sao' });
      expect(await outbox.listRecent(10)).toEqual([first]);
    });

    it('lists recent messages newest first, up to the limit', async () => {
      const { outbox } = s().store.repos;
      const older = message({ createdAt: at(1) }), newest = message({ createdAt: at(3), channel: 'dev' }), middle = message({ createdAt: at(2), status: 'sent' });
      for (const m of [older, newest, middle]) await outbox.enqueue(m);
      expect(await outbox.listRecent(10)).toEqual([newest, middle, older]);
      expect(await outbox.listRecent(2)).toEqual([newest, middle]);
    });
  });
}
