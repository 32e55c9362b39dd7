/**
 * Row groups: a label column whose cell spans several rows (or repeats one text down consecutive rows) names a group,
 * and the next label column names the group's lines. Jiangsu's 收入预算总表 (公开02表) is built this way:
 *
 *   收入总计                    13,377.11
 *   一般公共预算资金 | 小计       13,297.11     ← the group label spans three rows
 *                   | 公共财政拨款(补助)资金 13,297.11
 *                   | 专项收入
 *   其他资金        | 小计            80.00
 *                   | 事业收入 …
 *
 * Reading each row's label as "group + line" made every 小计 an ordinary line, so 收入总计 was checked against the
 * 小计 rows and their parts together (13,377.11 against 26,754.22). The group's 小计 line is the subtotal of its
 * other lines, and it alone stands for the group in the total.
 */
import type { TableGrid } from '../model.ts';
import { canonicalLabel, tidy } from '../text.ts';

export interface GroupedLabel {
  /** The group's key: grid row and column of the group label's cell (its origin, for a spanning cell). */
  key: string;
  /** The group label as shown. */
  group: string;
  /** The line's own label, from the label columns after the group column. */
  line: string;
}

/**
 * For each body row (in order), the group label and line label, or undefined where the row has no second label or
 * where the group would be a single row whose line is not 小计 (a code column read as a label column is not a group).
 */
export function groupedLabels(grid: TableGrid, labelCols: readonly number[], bodyRows: readonly number[]) {
  const out = new Map<number, GroupedLabel>();
  if (labelCols.length < 2) return out;
  const [groupCol, ...lineCols] = labelCols;
  const candidates: { row: number; key: string; group: string; line: string }[] = [];
  let previous: { index: number; key: string; text: string } | undefined;
  for (let i = 0; i < bodyRows.length; i++) {
    const r = bodyRows[i];
    const cell = grid.rows[r][groupCol];
    const group = tidy(cell.text);
    const line = tidy(
      lineCols
        .filter((c) => {
          const lineCell = grid.rows[r][c];
          // A cell that the group label spans into is the group label again, not a line.
          return !(lineCell.originRow === cell.originRow && lineCell.originCol === cell.originCol);
        })
        .map((c) => grid.rows[r][c].text)
        .filter((t, i, all) => t.trim() !== '' && all.indexOf(t) === i)
        .join(' '),
    );
    if (!group || !line) {
      previous = undefined;
      continue;
    }
    // The same spanning cell, or the same text repeated on the row just above: one group.
    const origin = `${cell.originRow}:${cell.originCol}`;
    const key = previous && previous.index === i - 1 && previous.text === canonicalLabel(group) ? previous.key : origin;
    candidates.push({ row: r, key, group, line });
    previous = { index: i, key, text: canonicalLabel(group) };
  }
  const size = new Map<string, number>();
  for (const c of candidates) size.set(c.key, (size.get(c.key) ?? 0) + 1);
  for (const c of candidates)
    if ((size.get(c.key) ?? 0) > 1 || isSubtotalLine(c.line)) out.set(c.row, { key: c.key, group: c.group, line: c.line });
  return out;
}

export function isSubtotalLine(text: string): boolean {
  return canonicalLabel(text) === '小计';
}
