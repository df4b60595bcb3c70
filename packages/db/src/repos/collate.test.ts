import { describe, expect, it } from 'vitest';
import { vietnameseOrder } from './collate.ts';

describe('vietnameseOrder', () => {
  it('sorts Vietnamese names the way a Vietnamese reader expects: Đ after D, before E', () => {
    const names = ['Vũ Minh Khánh', 'Đặng Bảo Châu', 'Dương Thu Hà', 'Ánh Nguyệt', 'An Khang', 'Bùi Thị Hương', 'Eah Lê'];
    expect([...names].sort(vietnameseOrder((x: string) => x))).toEqual(
      ['An Khang', 'Ánh Nguyệt', 'Bùi Thị Hương', 'Dương Thu Hà', 'Đặng Bảo Châu', 'Eah Lê', 'Vũ Minh Khánh']);
  });

  it('compares class names numerically and puts nulls last', () => {
    const classes = ['10A10', null, '10A2', '9A1', '10A1'];
    expect([...classes].sort(vietnameseOrder((x: string | null) => x))).toEqual(['9A1', '10A1', '10A2', '10A10', null]);
  });

  it('falls through to later keys on ties and compares numbers as numbers', () => {
    const rows = [{ g: 11, n: 'A' }, { g: 10, n: 'B' }, { g: 10, n: 'A' }, { g: 9, n: 'Z' }];
    expect(rows.sort(vietnameseOrder((r) => r.g, (r) => r.n))).toEqual([{ g: 9, n: 'Z' }, { g: 10, n: 'A' }, { g: 10, n: 'B' }, { g: 11, n: 'A' }]);
  });
});
