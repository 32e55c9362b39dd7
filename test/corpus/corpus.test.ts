/**
 * Every real document with a truth file checked by hand (test/fixtures/truth): the engine finds every recorded
 * inconsistency (as an error or a warning, at its place and with its stated figure), and reports no error outside
 * them. Documents nobody tuned the engine on were part of this corpus before they were looked at: the five marked
 * "set": "holdout" were held out while the engine was changed, then run (the closing notes give the figures).
 */
import { describe, expect, it } from 'vitest';
import { documentSets } from '../../lib/documents/sets.ts';
import { analyzeDocument } from '../../lib/engine.ts';
import type { Report } from '../../lib/model.ts';
import { compare, fixturesOf, loadFixture, loadTruths, setCases, type Truth } from './corpus.ts';

const truths = loadTruths();
const cases = truths.flatMap((truth) => fixturesOf(truth).map((fixture) => ({ fixture, truth })));
const sets = setCases(truths);

function expectTruth(fixture: string, truth: Truth, report: Report) {
  // As many budget tables as the hand check counted: none lost, none made of a 目录 or a cover page.
  if (truth.tables?.length) expect(report.tables.filter((t) => t.kind === 'budget')).toHaveLength(truth.tables.length);
  const result = compare(fixture, truth, report);
  expect(result.missed.map((m) => `${m.id}: ${m.anchor} ${m.stated}`), 'recorded inconsistencies not found').toEqual([]);
  expect(result.falseErrors.map((f) => `${f.rule}: ${f.message}`), 'errors outside the recorded ones').toEqual([]);
  // Each recorded error that is certain is reported as an error, not only as a warning.
  for (const { inconsistency, finding } of result.found)
    if (inconsistency.severity === 'error' && inconsistency.magnitude !== 'minor') expect(finding.severity, inconsistency.id).toBe('error');
}

describe('the real corpus against its truth files', () => {
  it('has a truth file for every real document under test/fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('$fixture', async ({ fixture, truth }) => {
    expectTruth(fixture, truth, analyzeDocument(await loadFixture(fixture)));
  });
});

/**
 * Each 说明 with its 表格, given in either order among files of other units and years: found as one set by unit and
 * year alone, then checked as one document against both truths, including what only the pair shows.
 */
describe('the real 说明 + 表格 pairs as one document', () => {
  it('has every pair of the Jiangsu corpus', () => {
    expect(sets).toHaveLength(5);
  });

  it.each(sets)('$name', async ({ name, fixtures, truth }) => {
    const others = cases.filter((c) => !fixtures.includes(c.fixture) && c.fixture.endsWith('.pdf')).slice(0, 4);
    const files = await Promise.all(
      [fixtures[1], ...others.map((c) => c.fixture), fixtures[0]].map(async (source) => ({ source, raw: await loadFixture(source) })),
    );
    const joined = documentSets(files).filter((s) => s.sources.length > 1);
    expect(joined.map((s) => [...s.sources].sort())).toEqual([[...fixtures].sort()]);
    expectTruth(name, truth, analyzeDocument(joined[0].raw));
  });
});
