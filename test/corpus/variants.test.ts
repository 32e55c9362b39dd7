/**
 * Every real document of the corpus, printed the other ways of test/corpus/variants.ts: the findings stay those of
 * the document as published (which test/corpus/corpus.test.ts holds to its truth file). Errors and warnings are
 * compared by rule, stated and expected figure; a variant may not add one, nor lose one.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/engine.ts';
import type { RawDocument } from '../../lib/model.ts';
import { fixturesOf, loadFixture, loadTruths } from './corpus.ts';
import { VARIANTS } from './variants.ts';

const fixtures = [...new Set(loadTruths().flatMap(fixturesOf))];

const flagged = (raw: RawDocument) =>
  analyzeDocument(raw)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.rule}: ${f.stated} / ${f.expected}`)
    .sort();

const published = new Map<string, string[]>();

describe('the real corpus printed other ways', () => {
  it('has every real document', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  it.each(Object.keys(VARIANTS))('%s', async (name) => {
    const changed: string[] = [];
    for (const fixture of fixtures) {
      const raw = await loadFixture(fixture);
      if (!published.has(fixture)) published.set(fixture, flagged(raw));
      const before = published.get(fixture)!;
      const after = flagged(VARIANTS[name](raw));
      for (const f of after) if (!before.includes(f)) changed.push(`${fixture}: + ${f}`);
      for (const f of before) if (!after.includes(f)) changed.push(`${fixture}: − ${f}`);
    }
    expect(changed).toEqual([]);
  });
});
