import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeQr, looksLikeCccd } from './qr-decode.ts';

/** Renders a QR with the `qrcode` package into RGBA pixels, as a camera frame drawn on a canvas would be. */
function render(text: string, scale = 4, margin = 4): { pixels: Uint8ClampedArray; size: number } {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const size = (n + 2 * margin) * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) {
    if (!qr.modules.get(y, x)) continue;
    for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) {
      const i = (((y + margin) * scale + dy) * size + (x + margin) * scale + dx) * 4;
      pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
    }
  }
  return { pixels, size };
}

describe('QR decoding for the check-in scanner', () => {
  it('reads a CCCD QR with Vietnamese text rendered by qrcode', () => {
    const cccd = '001089012345|012345678|Nguyễn Văn An|15031989|Nam|12 Phố Huế, Hai Bà Trưng, Hà Nội|01072021';
    const { pixels, size } = render(cccd);
    const text = decodeQr(pixels, size, size);
    expect(text).toBe(cccd);
    expect(looksLikeCccd(text!)).toBe(true);
  });
  it('returns null on a frame without a QR code', () => {
    const size = 120;
    expect(decodeQr(new Uint8ClampedArray(size * size * 4).fill(200), size, size)).toBeNull();
  });
  it('tells a badge or URL QR from a CCCD QR', () => {
    expect(looksLikeCccd('https://example.org')).toBe(false);
  });
});
