/**
 * A table drawn with lines that runs over a page break, put back together where printing split it.
 *
 * Each page shows only the column lines of the rows printed there. Where the rows on one page all have merged cells over some columns, that page's piece has fewer columns
 * than the other: 项目支出绩效目标表 in the 000 platform fixture has 7 columns on p. 6 (its four rows of 预算单位,
 * 项目名称 … hide two lines) and 9 on p. 7. Table detection joins pieces of the same width, so both pieces are given
 * the columns of both pages: a cell over a line it hid gets a colSpan instead.
 */
import type { RawCell, RawTable } from '../model.ts';
import { joinWrappedLines } from './normalize-text.ts';
import { isPdfAnchor } from './pdf-types.ts';

/** Column lines closer than this (points) are the same line on two pages. */
const SAME_LINE = 2;

/** The column lines of both pieces, or null when their outer edges differ (not one table). */
export function sharedColumns(a: readonly number[], b: readonly number[]): number[] | null {
  if (a.length < 2 || b.length < 2) return null;
  if (Math.abs(a[0] - b[0]) > SAME_LINE || Math.abs(a[a.length - 1] - b[b.length - 1]) > SAME_LINE) return null;
  const all = [...a, ...b].sort((x, y) => x - y);
  const merged: number[] = [];
  for (const x of all) {
    if (merged.length && x - merged[merged.length - 1] <= SAME_LINE) continue;
    merged.push(x);
  }
  return merged;
}

/**
 * Re-spans a table's cells over the given column lines, from each cell's box on the page. Returns null if a cell
 * has no box (nothing to go by) or the table already has these columns.
 */
export function respanColumns(table: RawTable, columns: readonly number[]): RawTable | null {
  let changed = false;
  const rows = [];
  for (const row of table.rows) {
    const cells = [];
    for (const cell of row.cells) {
      if (!isPdfAnchor(cell.anchor)) return null;
      const { x0, x1 } = cell.anchor.box;
      let colSpan = 0;
      for (let k = 0; k < columns.length - 1; k++) {
        if (columns[k] >= x0 - SAME_LINE && columns[k + 1] <= x1 + SAME_LINE) colSpan++;
      }
      colSpan = Math.max(1, colSpan);
      if (colSpan !== cell.colSpan) changed = true;
      cells.push({ ...cell, colSpan });
    }
    rows.push({ ...row, cells });
  }
  return changed ? { ...table, rows } : null;
}

/**
 * Joins the two halves of a row that the page break cut: Chromium (and Word) print a tall row partly at the foot of
 * one page and partly at the top of the next, with no line along the cut. The first row of the second piece is
 * written into the last row of the first, column by column (a cell there may be one spanning rows from above), and
 * dropped from the second piece. Returns false, changing nothing, when the two rows do not have the same cells.
 */
export function joinCutRow(before: RawTable, after: RawTable): boolean {
  const last = before.rows.length - 1;
  const [first] = after.rows;
  if (last < 0 || !first) return false;
  // The cell covering each column of the last row of `before`, with the column it starts at.
  const owners: { cell: RawCell; start: number }[] = [];
  const placed: (RawCell | undefined)[][] = before.rows.map(() => []);
  before.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (placed[r][c]) c++;
      for (let dr = 0; dr < cell.rowSpan && r + dr <= last; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) placed[r + dr][c + dc] = cell;
      }
      if (r + cell.rowSpan - 1 >= last) for (let dc = 0; dc < cell.colSpan; dc++) owners[c + dc] = { cell, start: c };
      c += cell.colSpan;
    }
  });
  const updates: [RawCell, string][] = [];
  let c = 0;
  for (const cell of first.cells) {
    const owner = owners[c];
    if (cell.rowSpan !== 1 || !owner || owner.start !== c || owner.cell.colSpan !== cell.colSpan) return false;
    if (cell.text) updates.push([owner.cell, owner.cell.text ? joinWrappedLines(owner.cell.text, cell.text) : cell.text]);
    c += cell.colSpan;
  }
  if (c !== owners.length) return false;
  for (const [cell, text] of updates) cell.text = text;
  after.rows.shift();
  return true;
}
