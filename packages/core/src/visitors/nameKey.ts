/**
 * The form names are compared in: Unicode NFC/NFD-insensitive, without diacritics (đ → d), lower case, single spaces.
 * "NGUYỄN  Văn An" and "Nguyen Van An" give the same key, so a watchlist entry typed without accents still matches a
 * name read from a CCCD chip card, and the visitor log can be searched the way people type on a phone.
 */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Trims and collapses spaces, keeping diacritics, in the composed (NFC) form browsers and databases expect. */
export const cleanName = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Face embeddings are sealed as their raw float32 bytes (as face templates are in usecases/faces/enrolFace.ts). */
export const embeddingBytes = (e: Float32Array) => new Uint8Array(e.buffer, e.byteOffset, e.byteLength).slice();
export const embeddingFrom = (bytes: Uint8Array) => new Float32Array(bytes.slice().buffer);

/** Cosine similarity of two L2-normalised embeddings (a dot product). */
export function cosine(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return -1;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
