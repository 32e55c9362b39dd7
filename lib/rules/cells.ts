/** Reading the cells a check needs, with blank and unreadable cells told apart. */
import type { Amount, CellRef, TableGrid } from '../model.ts';
import { isOrigin } from '../structure/table-structure.ts';

/** A blank cell is an exact zero: nothing was rounded, so it adds no rounding tolerance to a sum. */
export type CellRead = { state: 'number'; amount: Amount } | { state: 'blank' } | { state: 'unreadable' };

export function readCell(grid: TableGrid, row: number, col: number): CellRead {
  const cell = grid.rows[row]?.[col];
  if (!cell || !isOrigin(cell, row, col)) return { state: 'blank' };
  switch (cell.value.kind) {
    case 'number':
      return { state: 'number', amount: cell.value.amount };
    case 'invalid':
      return { state: 'unreadable' };
    default:
      // A text cell in a value column ("未安排", "无") carries no amount.
      return { state: 'blank' };
  }
}

export function ref(grid: TableGrid, row: number, col: number): CellRef {
  return { tableId: grid.id, row, col };
}
