/**
 * Every real document with a truth file checked by hand (test/fixtures/truth): the engine finds every recorded
 * inconsistency (as an error or a warning, at its place and with its stated figure), and reports no error outside
 * them. Documents nobody tuned the engine on were part of this corpus before they were looked at: the five marked
 * "set": "holdout" were held out while the engine was changed, then run (the closing notes give the figures).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/engine.ts';
import { compare, fixturesOf, loadFixture, loadTruths } from './corpus.ts';

const cases = loadTruths().flatMap((truth) => fixturesOf(truth).map((fixture) => ({ fixture, truth })));

describe('the real corpus against its truth files', () => {
  it('has a truth file for every real document under test/fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('$fixture', async ({ fixture, truth }) => {
    const report = analyzeDocument(await loadFixture(fixture));
    // As many budget tables as the hand check counted: none lost, none made of a 目录 or a cover page.
    if (truth.tables?.length) expect(report.tables.filter((t) => t.kind === 'budget')).toHaveLength(truth.tables.length);
    const result = compare(fixture, truth, report);
    expect(result.missed.map((m) => `${m.id}: ${m.anchor} ${m.stated}`), 'recorded inconsistencies not found').toEqual([]);
    expect(result.falseErrors.map((f) => `${f.rule}: ${f.message}`), 'errors outside the recorded ones').toEqual([]);
    // Each recorded error that is certain is reported as an error, not only as a warning.
    for (const { inconsistency, finding } of result.found)
      if (inconsistency.severity === 'error' && inconsistency.magnitude !== 'minor') expect(finding.severity, inconsistency.id).toBe('error');
  });
});
