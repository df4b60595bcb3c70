/**
 * Minimal Netpbm (PGM/PPM, P2/P3/P5/P6) decoder. The ORL/AT&T set ships as binary PGM and the
 * libvips build inside sharp has no PPM loader, so without this those images would be "no face".
 */
export interface NetpbmImage { data: Uint8Array; width: number; height: number; channels: 1 | 3 }

export function isNetpbm(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x50 && bytes[1]! >= 0x32 && bytes[1]! <= 0x36 && bytes[1] !== 0x34;
}

export function decodeNetpbm(bytes: Uint8Array): NetpbmImage {
  const kind = String.fromCharCode(bytes[1]!);
  let pos = 2;
  // Header tokens are whitespace-separated and may contain '#' comments up to end of line.
  const token = (): number => {
    for (;;) {
      while (pos < bytes.length && /\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
      if (bytes[pos] === 0x23) { while (pos < bytes.length && bytes[pos] !== 0x0a) pos++; continue; }
      break;
    }
    const start = pos;
    while (pos < bytes.length && !/\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
    const v = Number(String.fromCharCode(...bytes.subarray(start, pos)));
    if (!Number.isFinite(v)) throw new Error('netpbm: bad header');
    return v;
  };
  const width = token();
  const height = token();
  const maxval = token();
  const channels = kind === '3' || kind === '6' ? 3 : 1;
  const n = width * height * channels;
  const out = new Uint8Array(n);
  const scale = 255 / maxval;
  if (kind === '5' || kind === '6') {
    pos++; // exactly one whitespace byte after maxval
    const wide = maxval > 255;
    for (let i = 0; i < n; i++) {
      const v = wide ? (bytes[pos + 2 * i]! << 8) | bytes[pos + 2 * i + 1]! : bytes[pos + i]!;
      out[i] = Math.round(v * scale);
    }
  } else {
    for (let i = 0; i < n; i++) out[i] = Math.round(token() * scale);
  }
  return { data: out, width, height, channels };
}
