import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { parseCccdQr } from './cccd.ts';
import { nameKey } from './nameKey.ts';

const TODAY = '2026-11-22';
const reason = (raw: string) => {
  try { parseCccdQr(raw, TODAY); } catch (e) { expect(e).toBeInstanceOf(DomainError); expect((e as DomainError).code).toBe('invalid_input'); return (e as Error).message; }
  throw new Error('accepted a malformed QR');
};

describe('CCCD QR parser', () => {
  it('reads a 12-digit chip card and keeps only name, dates, sex and the last 4 digits', () => {
    const r = parseCccdQr('001089012345|012345678|Nguyễn Văn An|15031989|Nam|12 Phố Huế, Hai Bà Trưng, Hà Nội|01072021', TODAY);
    expect(r).toEqual({ fullName: 'Nguyễn Văn An', idLast4: '2345', cardKind: 'cccd', birthDate: '1989-03-15', sex: 'M', issueDate: '2021-07-01' });
    expect(JSON.stringify(r)).not.toContain('001089012345');
    expect(JSON.stringify(r)).not.toContain('Phố Huế');
  });

  it('accepts an empty old-ID field, decomposed (NFD) text, stray spaces and a trailing separator', () => {
    const raw = ` 079192000123||${'Trần Thị Bích Ngọc'.normalize('NFD')}  |01011992|${'Nữ'.normalize('NFD')}|Q1, TP HCM|20052022|\n`;
    const r = parseCccdQr(raw, TODAY);
    expect(r.fullName).toBe('Trần Thị Bích Ngọc'.normalize('NFC'));
    expect(r.sex).toBe('F');
    expect(r.idLast4).toBe('0123');
    expect(nameKey(r.fullName)).toBe('tran thi bich ngoc');
  });

  it('accepts the old 9-digit card with an empty old-ID field', () => {
    const r = parseCccdQr('012345678||Lê Văn Cũ|02021970|Nam|Hà Đông, Hà Nội|10102010', TODAY);
    expect(r).toMatchObject({ cardKind: 'cmnd', idLast4: '5678', fullName: 'Lê Văn Cũ', birthDate: '1970-02-02' });
  });

  it('refuses a wrong field count', () => {
    expect(reason('001089012345|012345678|Nguyễn Văn An|15031989|Nam|01072021')).toMatch(/cần 7 trường.*nhận được 6/);
    expect(reason('xin chào')).toMatch(/7 fields/);
    expect(reason('')).toMatch(/trống/);
  });

  it('refuses letters in the ID, a wrong ID length and a malformed old ID', () => {
    expect(reason('00108901234A||Nguyễn Văn An|15031989|Nam|Hà Nội|01072021')).toMatch(/chữ số/);
    expect(reason('0010890123||Nguyễn Văn An|15031989|Nam|Hà Nội|01072021')).toMatch(/12 \(CCCD\) hoặc 9/);
    expect(reason('001089012345|12345|Nguyễn Văn An|15031989|Nam|Hà Nội|01072021')).toMatch(/CMND cũ/);
    expect(reason('012345678|987654321|Lê Văn Cũ|02021970|Nam|Hà Nội|10102010')).toMatch(/9-digit card/);
  });

  it('refuses impossible and out-of-range dates, an issue date before birth, and an unknown sex', () => {
    expect(reason('001089012345||Nguyễn Văn An|31021989|Nam|Hà Nội|01072021')).toMatch(/ngày sinh không tồn tại/);
    expect(reason('001089012345||Nguyễn Văn An|1503198|Nam|Hà Nội|01072021')).toMatch(/ddmmyyyy/);
    expect(reason('001089012345||Nguyễn Văn An|15031989|Nam|Hà Nội|01072030')).toMatch(/ngày cấp nằm ngoài/);
    expect(reason('001089012345||Nguyễn Văn An|15031989|Nam|Hà Nội|01071980')).toMatch(/trước ngày sinh/);
    expect(reason('001089012345||Nguyễn Văn An|15031989|Male|Hà Nội|01072021')).toMatch(/Nam.*Nữ/);
    expect(reason('001089012345||N|15031989|Nam|Hà Nội|01072021')).toMatch(/họ và tên/);
  });
});
