import { describe, expect, it } from 'vitest';
import { canonicalCode, newVerifyCode, phoneKey } from './verifyCode.ts';

describe('verification codes and phone keys', () => {
  it('makes codes from unambiguous characters, and reads them back however a parent types them', () => {
    let n = 0;
    const digits = (k: number) => Array.from({ length: k }, () => String((n++ * 7) % 10)).join('');
    const code = newVerifyCode(digits);
    expect(code).toMatch(/^TA-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(canonicalCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(canonicalCode(code.slice(3))).toBe(code);
    expect(canonicalCode('TA-123')).toBeNull();
  });

  it('gives one key to every way of writing the same number, landlines included', () => {
    for (const raw of ['024 3823 4567', '+84 24 3823 4567', '84-24-38234567', '(024) 3823.4567']) expect(phoneKey(raw)).toBe('02438234567');
    expect(phoneKey('0912 345 678')).toBe(phoneKey('+84912345678'));
    expect(phoneKey('111')).toBeNull();
    expect(phoneKey('call me')).toBeNull();
  });
});
