/**
 * Turns CSV bytes into text. Schools export from Excel (UTF-8 with BOM, or UTF-16 for "Unicode text"), from
 * Google Sheets (UTF-8 without BOM) and from old Windows software (Windows-1258). Text comes back NFC, because
 * Vietnamese arrives decomposed (NFD) from macOS and Windows-1258 builds tones from combining marks.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export function detectEncoding(bytes: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // UTF-16 without a BOM: ASCII text leaves every other byte zero.
  const sample = bytes.subarray(0, 2000);
  let evenZeros = 0, oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) { if (i % 2) oddZeros++; else evenZeros++; }
  if (oddZeros > sample.length / 4) return { encoding: 'utf-16le', bomLength: 0 };
  if (evenZeros > sample.length / 4) return { encoding: 'utf-16be', bomLength: 0 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    // Not valid UTF-8: the only other encoding Vietnamese Windows software writes is the legacy code page.
    return { encoding: 'windows-1258', bomLength: 0 };
  }
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const { encoding, bomLength } = detectEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes.subarray(bomLength)).replace(/^\uFEFF/, '');
  return { text: text.normalize('NFC'), encoding };
}
