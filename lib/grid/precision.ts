/**
 * A table's usual number of decimals: the most common among its amounts. A 万元 table writes 2 ("28" in it stands for
 * 28.00, budget-identities.md §1.3), so the rounding rule needs to know what the table normally shows.
 *
 * Classification codes are not amounts: 类/款/项 columns hold 201, 03, 01, which read as integers and would drag the
 * count to 0 in code-heavy tables such as 表6 一般公共预算基本支出情况表. Columns whose header names a code, and
 * zero-padded integers anywhere, are left out. Percentages are left out too (they have their own precision).
 */
import { finish, PauseEvery, type Steps } from '../steps.ts';
import type { PlacedCell } from './place-cells.ts';

/** The decimals a table shows when it has no amounts at all: 万元 and 元 tables both print 2. */
export const DEFAULT_PRECISION = 2;

const CODE_COLUMN = /^(?:类|款|项|编码|代码|科目编码|科目代码|.*(?:编码|代码))$/;

export function isCodeColumn(path: readonly string[]): boolean {
  const leaf = path[path.length - 1];
  return leaf !== undefined && CODE_COLUMN.test(leaf.replace(/\s+/g, ''));
}

/**
 * @param bodyCells the cells that start in body rows
 * @param codeColumns columns to leave out
 */
export function usualDecimals(bodyCells: Iterable<PlacedCell>, codeColumns: ReadonlySet<number>): number {
  return finish(usualDecimalsSteps(bodyCells, codeColumns));
}

/** Cells counted between two pauses: a 50,000-cell table is counted in pieces of a few milliseconds. */
export const CELLS_PER_PAUSE = 2000;

/** usualDecimals as steps, pausing every CELLS_PER_PAUSE cells. */
export function* usualDecimalsSteps(bodyCells: Iterable<PlacedCell>, codeColumns: ReadonlySet<number>): Steps<number> {
  const counts: number[] = [];
  const pause = new PauseEvery(CELLS_PER_PAUSE);
  for (const cell of bodyCells) {
    if (pause.due()) yield;
    if (cell.value.kind !== 'number' || codeColumns.has(cell.col)) continue;
    const amount = cell.value.amount;
    if (amount.percent || /^0\d/.test(amount.raw)) continue;
    counts[amount.decimals] = (counts[amount.decimals] ?? 0) + 1;
  }
  let best = -1;
  for (let d = 0; d < counts.length; d++) {
    // Ties go to the larger number of decimals: "28" among as many "12.50" is the shorthand, not the rule.
    if ((counts[d] ?? 0) > 0 && (best < 0 || (counts[d] ?? 0) >= (counts[best] ?? 0))) best = d;
  }
  return best < 0 ? DEFAULT_PRECISION : best;
}
