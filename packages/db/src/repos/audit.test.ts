import { describe, expect, it } from 'vitest';
import { chainHash, headMac } from './audit.ts';

const key = new Uint8Array(32).fill(7);
const row = {
  seq: 4, at: '2026-09-05T07:00:00.000Z', actor_id: 'user_lan', actor_name: 'Cô Nguyễn Thị Lan', action: 'face.read',
  target_kind: 'student', target_id: 'student_1', school_id: 'school_cva', detail: '{"reason":"xác minh"}',
};

// The hash chain is only as good as its coverage: changing any field, the link or the key must change the hash.
describe('chainHash', () => {
  it('is deterministic for the same row, link and key', () => {
    expect(chainHash(key, 'prev', row)).toBe(chainHash(key, 'prev', { ...row }));
    expect(chainHash(key, 'prev', row)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each(Object.keys(row))('changes when %s changes', (field) => {
    const value = (row as Record<string, unknown>)[field];
    const changed = { ...row, [field]: typeof value === 'number' ? value + 1 : `${String(value)}x` };
    expect(chainHash(key, 'prev', changed)).not.toBe(chainHash(key, 'prev', row));
  });

  it('changes with the previous hash and with the key', () => {
    expect(chainHash(key, 'other', row)).not.toBe(chainHash(key, 'prev', row));
    expect(chainHash(new Uint8Array(32).fill(8), 'prev', row)).not.toBe(chainHash(key, 'prev', row));
  });

  it('does not confuse a null field with the text "null"', () => {
    expect(chainHash(key, 'prev', { ...row, school_id: null })).not.toBe(chainHash(key, 'prev', { ...row, school_id: 'null' }));
  });
});

describe('headMac', () => {
  it('binds the head to both its row number and hash, under the key', () => {
    const mac = headMac(key, 5, 'abc');
    expect(headMac(key, 4, 'abc')).not.toBe(mac);
    expect(headMac(key, 5, 'abd')).not.toBe(mac);
    expect(headMac(new Uint8Array(32), 5, 'abc')).not.toBe(mac);
  });
});
