import { Gallery, type Deps } from '@truongan/core';

/**
 * One in-memory gallery per school and model, decrypted from the sealed templates. Reloaded when an
 * enrolment or a consent withdrawal publishes `gallery:<school>`, so a withdrawn child stops matching at once.
 * Siblings (students sharing a guardian) are marked confusable.
 */
export class GalleryCache {
  private galleries = new Map<string, Gallery>();
  private unsubscribe: Array<() => void> = [];
  constructor(private readonly deps: Deps, private readonly model: string, private readonly dim: number) {}

  get(schoolId: string): Gallery {
    return this.galleries.get(schoolId) ?? new Gallery(this.dim);
  }

  async load(schoolId: string): Promise<Gallery> {
    const rows = await this.deps.repos.faces.listForSchool(schoolId, this.model);
    const templates = rows.map((t) => {
      const bytes = this.deps.secrets.open(t.embeddingSealed);
      return { studentId: t.studentId, embedding: new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) };
    }).filter((t) => t.embedding.length === this.dim);
    const studentIds = [...new Set(templates.map((t) => t.studentId))];
    const byGuardian = new Map<string, string[]>();
    for (const s of studentIds) {
      for (const g of await this.deps.repos.people.guardiansOf(s)) byGuardian.set(g.id, [...(byGuardian.get(g.id) ?? []), s]);
    }
    const pairs: Array<[string, string]> = [];
    for (const kids of byGuardian.values()) for (let i = 0; i < kids.length; i++) for (let j = i + 1; j < kids.length; j++) pairs.push([kids[i]!, kids[j]!]);
    const g = new Gallery(this.dim);
    g.load(templates, pairs);
    this.galleries.set(schoolId, g);
    if (!this.watching.has(schoolId)) {
      this.watching.add(schoolId);
      this.unsubscribe.push(this.deps.live.subscribe(`gallery:${schoolId}`, () => { void this.load(schoolId); }));
    }
    return g;
  }

  private watching = new Set<string>();
  close() { for (const u of this.unsubscribe) u(); }
}
