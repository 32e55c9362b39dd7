/**
 * The mutation suite on the real corpus (test/corpus/mutations.ts): one checked cell in three of every document
 * changed by 0.10 or more, as a typist would. The engine must catch at least 99% of the mutants with an error it did
 * not give before, and name the changed cell in at least 95%; a mutant that only a reading doubt notices is missed.
 * `npm run mutations` runs every cell (3,268 mutants: all caught and located when this test was written).
 */
import { describe, expect, it } from 'vitest';
import { fixturesOf, loadFixture, loadTruths } from './corpus.ts';
import { mutate, runMutations } from './mutations.ts';

describe('mutation suite on the real corpus', () => {
  it('mutates as a typist slips: +0.10, −1.00, +10.00, two digits swapped', () => {
    // Swaps from the right, skipping equal digits and the point: 1566.00 → 1656.00.
    expect([0, 1, 2, 3].map((k) => mutate('1,566.00', k))).toEqual(['1566.10', '1565.00', '1576.00', '1656.00']);
    expect(mutate('30.00', 3)).toBe('3.00');
    expect(mutate('-', 0)).toBeUndefined();
  });

  it('catches ≥ 99% of single-cell changes and locates ≥ 95%', async () => {
    let mutants = 0;
    let caught = 0;
    let located = 0;
    const missed: string[] = [];
    for (const truth of loadTruths())
      for (const fixture of fixturesOf(truth)) {
        const r = runMutations(fixture, await loadFixture(fixture), 3);
        mutants += r.mutants;
        caught += r.caught;
        located += r.located;
        for (const m of r.missed) missed.push(`${fixture} ${m.cell.tableId} r${m.cell.row} c${m.cell.col}: ${m.from} → ${m.to}`);
      }
    expect(mutants).toBeGreaterThan(1000);
    expect(caught / mutants, missed.join('\n')).toBeGreaterThanOrEqual(0.99);
    expect(located / mutants).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
