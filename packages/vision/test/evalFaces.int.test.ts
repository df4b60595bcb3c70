// evaluateFaces end to end on a small fixture set, with its cache in a temporary data dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateFaces } from '../src/eval/run.ts';
import { FIXTURES, hasFixtures, hasModels } from './helpers.ts';

describe.skipIf(!hasFixtures || !hasModels)('evaluateFaces on dlib_johns', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faces-eval-'));
  afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

  it('follows the protocol roles and re-uses the embedding cache', async () => {
    const dataset = join(FIXTURES, 'faces/dlib_johns');
    const first = await evaluateFaces({ dataset, model: 'faceplugin-r1-5pt', dataDir: dir });
    // 5 identities × 11 photos: i = 2 unknown (11 probes); 4 enrolled × (3 enrol + 8 probes)
    expect(first.counts).toMatchObject({ identities: 5, images: 55, enrolled_identities: 4, unknown_identities: 1, known_probes: 32, unknown_probes: 11, genuine_pairs: 32, impostor_pairs: 11 * 4 + 32 * 3 });
    expect(first.timing.this_invocation.images_embedded).toBe(55);
    expect(first.open_set.rank1).toBeGreaterThan(0.9);
    expect(first.open_set['fpir_0.05'].resolution_limited).toBe(true); // 0.05 × 11 < 1
    const again = await evaluateFaces({ dataset, model: 'faceplugin-r1-5pt', template: 'mean', dataDir: dir });
    expect(again.timing.this_invocation.images_embedded).toBe(0);
    expect(again.timing.embedding_runs_for_this_set.images).toBe(55);
    expect(again.template).toBe('mean');
  }, 180_000);
});
