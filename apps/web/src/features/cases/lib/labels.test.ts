import { describe, expect, it } from 'vitest';
import { DisciplineOutcome } from '@truongan/contracts';
import { assertDiscipline, assertTransition } from '@truongan/core';
import { NEXT_STATUS, outcomesFor, STATUSES } from './labels.ts';

/** The web offers exactly what the domain accepts: a picker that offers a refused choice is a broken promise. */
describe('case pickers mirror the domain rules', () => {
  it('offers exactly the TT 19/2025 outcomes the server accepts at each school level', () => {
    for (const level of ['primary', 'lower_secondary', 'upper_secondary']) {
      for (const o of DisciplineOutcome.options) {
        const accepted = (() => { try { assertDiscipline(o, level); return true; } catch { return false; } })();
        expect(outcomesFor(level).includes(o), `${level}/${o}`).toBe(accepted);
      }
    }
  });

  it('offers only status moves the workflow allows (closing has its own form with a reason)', () => {
    for (const from of STATUSES) {
      for (const to of NEXT_STATUS[from]) expect(() => assertTransition(from, to)).not.toThrow();
      for (const to of STATUSES.filter((s) => s !== from && s !== 'closed' && !NEXT_STATUS[from].includes(s))) {
        expect(() => assertTransition(from, to), `${from}→${to}`).toThrow();
      }
    }
  });
});
