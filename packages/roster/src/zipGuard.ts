/**
 * An XLSX is a zip: 5 MB on the wire can inflate to gigabytes of sheet XML (a zip bomb). Before handing the bytes
 * to exceljs, the central directory is read to sum what the entries claim to inflate to. A real 3,000-pupil roster
 * inflates to a few MB; the limit leaves a wide margin.
 */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

/** Total uncompressed size declared by the zip's central directory, or null when it cannot be read (damaged, zip64). */
export function declaredInflatedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment of up to 64 KB.
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.byteLength || view.getUint32(p, true) !== 0x02014b50) return null;
    const size = view.getUint32(p + 24, true);
    if (size === 0xffffffff) return null; // zip64: nobody exports a roster that large
    total += size;
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return total;
}
