import { describe, expect, it } from 'vitest';
import { messageFor } from './api-error.ts';

describe('messageFor', () => {
  it('shows the half of a bilingual message for the current language', () => {
    const m = 'Sai tên đăng nhập hoặc mật khẩu / Wrong user name or password';
    expect(messageFor(m, 'vi')).toBe('Sai tên đăng nhập hoặc mật khẩu');
    expect(messageFor(m, 'en')).toBe('Wrong user name or password');
  });

  it('keeps a single-language message whole', () => {
    expect(messageFor('Không tìm thấy', 'en')).toBe('Không tìm thấy');
  });
});
