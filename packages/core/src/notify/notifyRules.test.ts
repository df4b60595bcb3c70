import { describe, expect, it } from 'vitest';
import { backoffMs } from './backoff.ts';
import { resolveChain } from './chain.ts';
import { nextLocalTime, releaseTime } from './quietHours.ts';
import { fitSms, smsSize, unaccent } from './smsText.ts';
import { renderMessage } from './templates.ts';
import { fitZnsData, shortenName, truncateText } from './znsData.ts';

describe('SMS text rules', () => {
  it('unaccents Vietnamese including đ/Đ, and counts GSM-7 vs UCS-2 parts', () => {
    expect(unaccent('Đặng Thị Ngọc Ánh đã vào trường')).toBe('Dang Thi Ngoc Anh da vao truong');
    expect(smsSize('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, segments: 1 });
    expect(smsSize('a'.repeat(161))).toEqual({ encoding: 'gsm7', units: 161, segments: 2 });
    expect(smsSize('{'.repeat(80)).units).toBe(160);
    expect(smsSize('ạ'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, segments: 1 });
    expect(smsSize('ạ'.repeat(71)).segments).toBe(2);
    expect(smsSize('ạ'.repeat(135)).segments).toBe(3);
  });
  it('cuts the text, never the link, to fit the allowed parts', () => {
    const link = 'https://truongan.example/s/abc?g=1&e=2&s=xyz';
    const { text, size } = fitSms('Thông báo rất dài '.repeat(40), link, { unicode: false, maxSegments: 2 });
    expect(size.segments).toBeLessThanOrEqual(2);
    expect(size.encoding).toBe('gsm7');
    expect(text.endsWith(` ${link}`)).toBe(true);
    expect(text).toMatch(/^Thong bao rat dai.*\.\.\. https/);
  });
});

describe('ZNS template data limits', () => {
  it('shortens long names from the left, keeping the given name, and never splits a letter', () => {
    expect(shortenName('Nguyễn Văn An', 30)).toBe('Nguyễn Văn An');
    expect(shortenName('Nguyễn Thị Minh Khai Phương Thảo Ngọc', 30)).toBe('N. T. M. Khai Phương Thảo Ngọc');
    expect(shortenName('Nguyễn Thị Minh Khai Phương Thảo Ngọc', 30).length).toBeLessThanOrEqual(30);
    expect(Array.from(truncateText('Trường Trung học cơ sở Nguyễn Trường Tộ quận Đống Đa', 20)).length).toBeLessThanOrEqual(20);
    const d = fitZnsData({ student_name: 'A'.repeat(50), class_name: 'Lớp chuyên Toán tin học nâng cao 10A1', link: 'x' }, { student_name: 'customer_name', class_name: 'custom_label', link: 'url' });
    expect(Array.from(d.student_name!).length).toBe(30);
    expect(Array.from(d.class_name!).length).toBeLessThanOrEqual(30);
  });
});

describe('channel chain, backoff, quiet hours', () => {
  const all = new Set(['zalo_zns', 'sms', 'web_push', 'email'] as const);
  it("'auto' follows the guardian's order, then the default order, and skips unconfigured channels", () => {
    expect(resolveChain('auto', [], all)).toEqual(['zalo_zns', 'sms', 'web_push', 'email']);
    expect(resolveChain('auto', ['web_push', 'email'], all)).toEqual(['web_push', 'email', 'zalo_zns', 'sms']);
    expect(resolveChain('auto', [], new Set(['sms', 'email'] as const))).toEqual(['sms', 'email']);
    expect(resolveChain('sms', ['email'], all)).toEqual(['sms']);
    expect(resolveChain('auto', [], new Set(['dev'] as const))).toEqual(['dev']);
  });
  it('backs off exponentially with jitter, capped, honouring Retry-After as a floor', () => {
    const p = { baseMs: 1000, capMs: 8000 };
    expect(backoffMs(1, p, () => 0)).toBe(500);
    expect(backoffMs(1, p, () => 1)).toBe(1000);
    expect(backoffMs(3, p, () => 1)).toBe(4000);
    expect(backoffMs(10, p, () => 1)).toBe(8000);
    expect(backoffMs(1, p, () => 0, 30_000)).toBe(30_000);
  });
  it('holds messages inside quiet hours (Vietnam time, across midnight) until the window ends', () => {
    const q = { from: '21:30', to: '06:00' };
    const at = (vn: string) => new Date(`${vn}+07:00`);
    expect(releaseTime(at('2026-09-07T22:10:00'), q).toISOString()).toBe(at('2026-09-08T06:00:00').toISOString());
    expect(releaseTime(at('2026-09-08T05:59:00'), q).toISOString()).toBe(at('2026-09-08T06:00:00').toISOString());
    expect(releaseTime(at('2026-09-08T06:58:00'), q).toISOString()).toBe(at('2026-09-08T06:58:00').toISOString());
    expect(nextLocalTime(at('2026-09-08T06:58:00'), '18:00').toISOString()).toBe(at('2026-09-08T18:00:00').toISOString());
    expect(nextLocalTime(at('2026-09-08T19:00:00'), '18:00').toISOString()).toBe(at('2026-09-09T18:00:00').toISOString());
  });
});

describe('message rendering', () => {
  const base = { kind: 'passage_entry', fallbackBody: '', data: {}, znsTemplateIds: { passage_entry: 'T1' }, sms: { unicode: false, maxSegments: 2 },
    vars: { student: 'Nguyễn Văn An', class: '6A2', time: '06:58', date: '07/09/2026', school: 'THCS Chu Văn An' } };
  it('says the same thing in Vietnamese and English, with the link and never an image', () => {
    const vi = renderMessage({ ...base, locale: 'vi', link: 'https://x.vn/s/1' });
    expect(vi.text).toBe('Con Nguyễn Văn An lớp 6A2 đã vào trường lúc 06:58 ngày 07/09/2026. Xem ảnh: https://x.vn/s/1');
    expect(vi.sms).toBe('Con Nguyen Van An lop 6A2 da vao truong luc 06:58 ngay 07/09/2026. https://x.vn/s/1');
    expect(vi.zns).toEqual({ templateId: 'T1', data: { student_name: 'Nguyễn Văn An', class_name: '6A2', time: '06:58', date: '07/09/2026', school_name: 'THCS Chu Văn An', link: 'https://x.vn/s/1' } });
    const en = renderMessage({ ...base, locale: 'en', link: null, templates: { en: { passage_entry: { title: 'In', text: '{student} is in ({time})' } } } });
    expect(en.text).toBe('Nguyễn Văn An is in (06:58)');
  });
  it('sends messages without a template (sign-in codes) as written', () => {
    expect(renderMessage({ ...base, kind: 'guardian_otp', locale: 'vi', fallbackBody: 'Mã 123456', link: null }).text).toBe('Mã 123456');
  });
});
