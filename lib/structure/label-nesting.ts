/**
 * Levels written in different label columns. Jiangsu's 政府采购预算表 has no numbering below its 大类 lines: the level
 * of a line is the label column it writes in —
 *
 *   一、货物A |                    |              |                  |          259.32
 *             | 办公设备购置费       | 办公设备购置  |                  |           95.00   ← 专项 (writes up to 经济科目)
 *             |                    |              | 台式计算机        | 分散自行组织  10.80   ← 采购物品 (writes further right)
 *             |                    |              | 便携式计算机      | 分散自行组织   2.00
 *
 * A line written further right (a deeper RowInfo.labelDepth) belongs to the nearest line above it written further
 * left. This module only says who is whose child; whether the children add up to their parent is the rules' call
 * (lib/rules/list-parts.ts weighs it against the rest of the table).
 */
import type { RowInfo } from './table-structure.ts';

/** A plain line of a label hierarchy: no 科目编码 (coded rows have their own hierarchy), not a 小计 group's line. */
function isNestable(row: RowInfo): boolean {
  return row.role === 'item' && !row.code && row.subtotalRow === undefined && row.labelDepth !== undefined;
}

/**
 * For each row that has lines nested under it: its grid row → its direct children, in order. A total, 小计, 其中 or
 * coded row ends every open level (the nesting never reaches across them); a blank row is skipped.
 */
export function nestedLines(rows: readonly RowInfo[]): Map<number, RowInfo[]> {
  const children = new Map<number, RowInfo[]>();
  const open: RowInfo[] = [];
  for (const row of rows) {
    if (row.role === 'blank') continue;
    if (!isNestable(row)) {
      open.length = 0;
      continue;
    }
    const depth = row.labelDepth ?? 0;
    while (open.length > 0 && (open[open.length - 1].labelDepth ?? 0) >= depth) open.pop();
    const parent = open[open.length - 1];
    if (parent) {
      const list = children.get(parent.row);
      if (list) list.push(row);
      else children.set(parent.row, [row]);
    }
    open.push(row);
  }
  return children;
}
