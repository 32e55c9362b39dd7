/**
 * The check in slices (entrypoints/engine/check-scheduler.ts): it gives the page its turn while checking, reaches the
 * same findings as the check in one go, publishes only a check of the page as it now is, and says why when the page
 * cannot be read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CheckScheduler } from '../../../entrypoints/engine/check-scheduler.ts';
import type { CheckResult } from '../../../entrypoints/engine/findings-store.ts';
import { readDocument } from '../../../lib/dom/read-document.ts';
import { analyzeDocument } from '../../../lib/engine.ts';
import { documentFrom } from './dom.ts';

const SUM_ERROR = readFileSync(new URL('../../fixtures/browser/sum-error.html', import.meta.url), 'utf8');
const SEED = readFileSync(new URL('../../fixtures/pages/000_d027ff157a76b55d.plain.html', import.meta.url), 'utf8');

/** A clock that moves 5 ms each time it is read: every step of the engine looks slow, so every pause is taken. */
function slowClock() {
  let t = 0;
  return () => {
    t += 5;
    return t;
  };
}

function scheduler(doc: Document, results: CheckResult[], yields: { count: number }, onYield?: () => void) {
  return new CheckScheduler(doc, {
    onResult: (result) => results.push(result),
    now: slowClock(),
    yieldNow: async () => {
      yields.count += 1;
      onYield?.();
    },
  });
}

describe('CheckScheduler', () => {
  it('pauses between steps and finds what the check in one go finds', async () => {
    const doc = documentFrom(SEED);
    const results: CheckResult[] = [];
    const yields = { count: 0 };
    await scheduler(doc, results, yields).run();
    expect(results).toHaveLength(1);
    const once = analyzeDocument(readDocument(doc));
    const sliced = results[0]!.report!;
    expect(sliced.findings.map((f) => [f.rule, f.severity, f.message])).toEqual(
      once.findings.map((f) => [f.rule, f.severity, f.message]),
    );
    expect(sliced.tables.length).toBe(once.tables.length);
    // The seed page has several tables and the engine some 30 rules: far more than a handful of pauses.
    expect(yields.count).toBeGreaterThan(once.tables.length);
    expect(results[0]!.slices).toBe(yields.count + 1);
  });

  it('reports the wrong 合计 of a page (530.00 against 420.00 + 100.00)', async () => {
    const doc = documentFrom(SUM_ERROR);
    const results: CheckResult[] = [];
    await scheduler(doc, results, { count: 0 }).run();
    // By hand: 合计 530.00 against its column (400.00 + 120.00) and its row (420.00 + 100.00), the text's 520.00
    // against it, 120.00 ÷ 520.00 = 23.08% (the text says 25.08%), and the text's shares adding to 102.00%.
    const errors = results[0]!.report!.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.stated, f.expected])).toEqual([
      ['column-total', '530.00', '520.00'],
      ['component-columns', '530.00', '520.00'],
      ['prose-vs-table', '520.00万元', '530.00'],
      ['prose-share', '25.08%', '23.08%'],
      ['prose-share', '102.00%', '100%'],
    ]);
  });

  it('abandons a check when the page changes under it, and publishes only the check of the page as it now is', async () => {
    const doc = documentFrom(SUM_ERROR);
    const results: CheckResult[] = [];
    let fixed = false;
    const check: CheckScheduler = scheduler(doc, results, { count: 0 }, () => {
      // Mid-check the page corrects its 合计 and asks again (as page-watch does after a mutation).
      if (fixed) return;
      fixed = true;
      doc.getElementById('wrong-total')!.textContent = '520.00';
      void check.run();
    });
    await check.run();
    expect(fixed).toBe(true);
    expect(results).toHaveLength(1);
    // Only the page's prose errors are left: it says 120.00 is 25.08% of 520.00 (it is 23.08%), and so its two
    // shares of the one whole add up to 76.92% + 25.08% = 102.00%.
    const errors = results[0]!.report!.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.stated, f.expected])).toEqual([
      ['prose-share', '25.08%', '23.08%'],
      ['prose-share', '102.00%', '100%'],
    ]);
  });

  it('publishes nothing once stopped', async () => {
    const doc = documentFrom(SEED);
    const results: CheckResult[] = [];
    const check: CheckScheduler = scheduler(doc, results, { count: 0 }, () => check.stop());
    await check.run();
    expect(results).toEqual([]);
  });

  it('says why when the page cannot be read, and publishes that', async () => {
    const doc = documentFrom(SUM_ERROR);
    Object.defineProperty(doc, 'body', {
      get() {
        throw new Error('body unavailable');
      },
    });
    const results: CheckResult[] = [];
    await scheduler(doc, results, { count: 0 }).run();
    expect(results).toHaveLength(1);
    expect(results[0]!.report).toBeUndefined();
    expect(results[0]!.error).toBe('body unavailable');
  });
});
