/**
 * Dataset listing and role assignment of EVAL-PROTOCOL.md (pure planning + one fs walker).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const IMAGE_EXT = /\.(jpe?g|png|gif|bmp|webp|tiff?|avif|pgm|ppm)$/i;

/** UTF-8 byte order (not locale order, not UTF-16 code-unit order). */
export function byteCompare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

export interface IdentityFolder { name: string; images: string[] }

/** Identity folders sorted, images sorted; `_`/`.` folders, non-directories and hidden files ignored. */
export function listDataset(dir: string, maxIdentities?: number): IdentityFolder[] {
  const names = readdirSync(dir)
    .filter((n) => !n.startsWith('_') && !n.startsWith('.') && statSync(join(dir, n)).isDirectory())
    .sort(byteCompare);
  const chosen = maxIdentities !== undefined ? names.slice(0, maxIdentities) : names;
  return chosen.map((name) => ({
    name,
    images: readdirSync(join(dir, name))
      .filter((f) => !f.startsWith('.') && IMAGE_EXT.test(f) && statSync(join(dir, name, f)).isFile())
      .sort(byteCompare)
      .map((f) => join(name, f)),
  }));
}

export type Role =
  | { kind: 'skipped'; index: number; name: string; images: string[] }
  | { kind: 'unknown'; index: number; name: string; probes: string[] }
  | { kind: 'enrolled'; index: number; name: string; enrol: string[]; probes: string[] };

/**
 * i = position among all identity folders (before skipping). <2 images: skipped without shifting
 * others. i % 3 == 2: unknown. Else first K enrol and the rest probe; with 2..K images, first n−1
 * enrol and the last one probes.
 */
export function assignRoles(ids: readonly IdentityFolder[], k: number): Role[] {
  return ids.map((id, index): Role => {
    const n = id.images.length;
    if (n < 2) return { kind: 'skipped', index, name: id.name, images: id.images };
    if (index % 3 === 2) return { kind: 'unknown', index, name: id.name, probes: id.images };
    const e = n > k ? k : n - 1;
    return { kind: 'enrolled', index, name: id.name, enrol: id.images.slice(0, e), probes: id.images.slice(e) };
  });
}
