import { describe, expect, it } from 'vitest';
import { assignRoles } from './dataset.ts';
import { scoreRoles } from './score.ts';

// a (i=0): 3 images → n = K → enrol a/0, a/1, probe a/2; b (i=1): enrol b/0, probe b/1 (no face);
// c (i=2): unknown, probes c/0, c/1. 2-D unit embeddings chosen so every cosine is easy by hand.
const roles = assignRoles([{ name: 'a', images: ['a/0', 'a/1', 'a/2'] }, { name: 'b', images: ['b/0', 'b/1'] }, { name: 'c', images: ['c/0', 'c/1'] }], 3);
const E: Record<string, number[] | null> = { 'a/0': [1, 0], 'a/1': [0, 1], 'a/2': [0.6, 0.8], 'b/0': [-1, 0], 'b/1': null, 'c/0': [0, -1], 'c/1': [0.8, 0.6] };
const get = (f: string) => ({ fta: E[f] === null, embedding: E[f] ? Float32Array.from(E[f]!) : null });

describe('scoreRoles', () => {
  it('max template: best identity, FTA as −∞, every (probe, enrolled identity) pair', () => {
    const s = scoreRoles(roles, get, 'max');
    const p = Object.fromEntries(s.probes.map((x) => [x.file, x]));
    expect(p['a/2']).toMatchObject({ known: true, best: 'a', correct: true });
    expect(p['a/2']!.score).toBeCloseTo(0.8, 6); // max(0.6, 0.8)
    expect(p['b/1']).toMatchObject({ known: true, fta: true, score: -Infinity, correct: false });
    expect(p['c/0']).toMatchObject({ known: false, best: 'a', score: 0 }); // ties (0 vs 0) keep the first identity
    expect(p['c/1']!.score).toBeCloseTo(0.8, 6);
    expect(s.genuine.map((x) => +x.toFixed(6))).toEqual([0.8, -Infinity]);
    expect(s.impostor.map((x) => +x.toFixed(6))).toEqual([-0.6, -Infinity, 0, 0, 0.8, -0.8]);
    expect(s.counts).toMatchObject({ enrolled_identities: 2, unknown_identities: 1, known_probes: 2, unknown_probes: 2, probe_fta_known: 1, enrolment_no_face: 0 });
  });
  it('mean template: cosine to the normalised mean, (0.6+0.8)/√2', () => {
    const s = scoreRoles(roles, get, 'mean');
    expect(s.probes.find((x) => x.file === 'a/2')!.score).toBeCloseTo(1.4 / Math.SQRT2, 6);
  });
});
