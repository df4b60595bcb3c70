/**
 * The school's enrolled faces, in memory, as one flat matrix so a probe is scored against every template
 * in one pass (3,000 students × 3 templates × 512 dims ≈ 4.6 M multiply-adds, a few ms).
 */
export interface Candidate { studentId: string; score: number }

export class Gallery {
  private matrix = new Float32Array(0);
  private owners: string[] = [];
  /** Pairs that are easy to confuse (siblings, twins): stored both ways, "a|b". */
  private confusable = new Set<string>();
  constructor(readonly dim: number) {}

  get size() { return new Set(this.owners).size; }

  load(templates: Array<{ studentId: string; embedding: Float32Array }>, confusablePairs: Array<[string, string]> = []) {
    this.matrix = new Float32Array(templates.length * this.dim);
    this.owners = [];
    templates.forEach((t, i) => {
      if (t.embedding.length !== this.dim) throw new Error(`template of ${t.studentId} has ${t.embedding.length} dims, expected ${this.dim}`);
      this.matrix.set(t.embedding, i * this.dim);
      this.owners.push(t.studentId);
    });
    this.confusable = new Set(confusablePairs.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
  }

  isConfusable(a: string, b: string) { return this.confusable.has(`${a}|${b}`); }

  /** Best score per identity (max over its templates), highest first. Embeddings are L2-normalised: cosine = dot. */
  search(probe: Float32Array, k = 3): Candidate[] {
    const best = new Map<string, number>();
    const d = this.dim, m = this.matrix;
    for (let t = 0; t < this.owners.length; t++) {
      let s = 0;
      const off = t * d;
      for (let j = 0; j < d; j++) s += m[off + j]! * probe[j]!;
      const id = this.owners[t]!;
      if (s > (best.get(id) ?? -Infinity)) best.set(id, s);
    }
    return [...best].map(([studentId, score]) => ({ studentId, score })).sort((a, b) => b.score - a.score).slice(0, k);
  }
}
