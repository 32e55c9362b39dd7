/**
 * Column paths: for each column, the header labels from top to bottom. A merged header cell gives its label once
 * (财政拨款（补助） over six columns appears once in each of their paths, not once per header row it spans), and the
 * column-number row (※ 1 2 3) is not a label.
 */
import { isColumnNumberRow, rowOrigins } from './head-rows.ts';
import { tidy } from '../text.ts';
import type { Placement, PlacedCell } from './place-cells.ts';

export function columnPaths(p: Placement, headRows: number, columns: readonly number[]): string[][] {
  const labelRows: number[] = [];
  for (let r = 0; r < headRows; r++) if (!isColumnNumberRow(rowOrigins(p, r))) labelRows.push(r);
  return columns.map((c) => {
    const path: string[] = [];
    let last: PlacedCell | undefined;
    for (const r of labelRows) {
      const cell = p.owner[r][c];
      if (!cell || cell === last) continue;
      last = cell;
      const label = tidy(cell.text);
      // The same label again in a lower row (a flat export repeats it) adds nothing to the path.
      if (label !== '' && label !== path[path.length - 1]) path.push(label);
    }
    return path;
  });
}
