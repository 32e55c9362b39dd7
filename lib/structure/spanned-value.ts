/**
 * A label that spans over a list's amount column: where is the row's amount?
 *
 * Jiangsu's 收支预算总表 (公开01表) has two expenditure lists side by side (功能分类 | 支出用途), each a label column and
 * an amount column, and closes both with one set of rows whose label runs across the first list's amount column:
 *
 *   功能科目名称 | 金额 | 项目名称 | 金额
 *   当年支出小计 ─────────────────── | 13,377.11
 *   支出合计     ─────────────────── | 13,377.11
 *
 * The 功能分类 amount column has no cell of its own on those rows; reading it as blank made "支出合计 (blank) ≠
 * 13,377.11". The row's amount for that list is the one the label stands beside: the first cell after the span, when
 * that cell is in an amount column.
 */
import type { TableGrid } from '../model.ts';

/**
 * For each of `valueCols` that a label cell of `labelCols` spans over in `row`, the grid column holding the row's
 * amount (a column of `amountCols`, right after the span). Columns not spanned over are left out.
 */
export function spannedValueCols(
  grid: TableGrid,
  row: number,
  labelCols: readonly number[],
  valueCols: readonly number[],
  amountCols: ReadonlySet<number>,
): Record<number, number> | undefined {
  let out: Record<number, number> | undefined;
  const cells = grid.rows[row];
  for (const col of valueCols) {
    const cell = cells[col];
    if (!cell || cell.originRow !== row || cell.originCol === col || !labelCols.includes(cell.originCol)) continue;
    let end = col;
    while (end + 1 < cells.length && cells[end + 1].originRow === row && cells[end + 1].originCol === cell.originCol)
      end++;
    const beside = end + 1;
    const target = cells[beside];
    if (!target || !amountCols.has(beside) || target.originRow !== row || target.originCol !== beside) continue;
    out ??= {};
    out[col] = beside;
  }
  return out;
}
