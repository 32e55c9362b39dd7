/**
 * The engine pauses in proportion to the work, whatever the page is made of (the page runs it in slices of a few
 * milliseconds: entrypoints/engine/check-scheduler.ts). Pages of many small parts used to be read in one step each
 * phase: every small table of a Word page, thousands of menu entries without a number, one paragraph of thousands of
 * numbers. Each case counts the pauses of the phase that had none.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectTableSteps } from './detect/detect-tables.ts';
import { readDocumentSteps } from './dom/read-document.ts';
import type { RawDocument } from './model.ts';
import { claimSteps } from './prose/claims.ts';
import { scanNumberSteps } from './prose/scan-numbers.ts';
import { PauseEvery, type Steps } from './steps.ts';

function pausesOf<T>(steps: Steps<T>): { pauses: number; value: T } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { pauses, value: next.value };
    pauses++;
  }
}

const textDocument = (texts: string[]): RawDocument => ({
  title: '',
  blocks: texts.map((text) => ({ kind: 'text', text })),
  attachments: [],
});

/** n menu entries (栏目一, 栏目二 …): no amount among them. */
const menu = (n: number) => Array.from({ length: n }, (_, i) => `栏目${'一二三四五六七八九'[i % 9]}`);

describe('pauses on pages of many small parts', () => {
  it('reads a page of 40 five-row tables in at least 40 steps (one after each table)', () => {
    const table = `<table>${'<tr><td>工资福利支出</td><td>1.00</td></tr>'.repeat(5)}</table>`;
    const { document } = parseHTML(`<html><body>${`<p>表</p>${table}`.repeat(40)}</body></html>`);
    const { pauses, value } = pausesOf(readDocumentSteps(document as unknown as Document));
    expect(value.blocks.filter((b) => b.kind === 'table')).toHaveLength(40);
    expect(pauses).toBeGreaterThanOrEqual(40);
  });

  it('goes through 3,000 menu entries before the tables in slices', () => {
    const { pauses } = pausesOf(detectTableSteps(textDocument(menu(3000))));
    // One pause per 500 text blocks.
    expect(pauses).toBeGreaterThanOrEqual(6);
  });

  it('reads 3,000 sentences without a number in slices', () => {
    const { pauses } = pausesOf(claimSteps(textDocument(menu(3000).map((m) => `${m}。`))));
    // Sentences count as the numbers do: one pause per 150.
    expect(pauses).toBeGreaterThanOrEqual(3000 / 150);
  });

  it('scans one paragraph of 2,000 amounts in slices, with the same numbers as in one go', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `项目${i % 10}支出${i}.50万元`).join('，');
    const sliced = pausesOf(scanNumberSteps(text, undefined, new PauseEvery(150)));
    expect(sliced.pauses).toBe(Math.floor(sliced.value.length / 150));
    expect(sliced.value).toHaveLength(4000); // each entry: the item's digit and its amount
    expect(pausesOf(scanNumberSteps(text)).value).toEqual(sliced.value);
    // And the claims read from it pause at least as often as its numbers are found.
    expect(pausesOf(claimSteps(textDocument([`${text}。`]))).pauses).toBeGreaterThanOrEqual(4000 / 150);
  });
});
