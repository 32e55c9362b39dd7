/**
 * Lookups for the layouts the Jiangsu provincial template (江苏省级部门预算公开报表, 2017–2019) gives the standard
 * tables, where lib/tables/lookup.ts expects the national ones:
 * - lists with one amount column headed 金额 (收入预算总表, 一般公共预算支出预算表, 一般公共预算基本支出预算表), where the
 *   national tables have 合计 / 总计 columns;
 * - tables of one row, whose quantities are columns (支出预算总表: 合计 | 基本支出 | 项目支出 | 单位预留机动经费 |
 *   结转下年资金; “三公”经费、会议费、培训费支出预算表: 因公出国（境）费 | … | 公务接待费);
 * - row groups closed by a 小计 (收入预算总表: 一般公共预算资金 | 小计 | 13,297.11).
 */
import { canonicalLabel } from '../text.ts';
import type { RowInfo } from '../structure/table-structure.ts';
import { findRow, type Located, locate, lookup, totalRow } from '../tables/lookup.ts';
import type { AnalyzedTable } from './rule.ts';

type RowMatch = RegExp | 'total' | ((r: RowInfo) => boolean);

/**
 * `lookup`, and when no column matches `col`: the row's amount in the only value column of its list (金额). A list
 * with one amount column has only one thing to say about the row.
 */
export function lookupOrOnly(table: AnalyzedTable | undefined, row: RowMatch, col: RegExp, segmentIndex?: number): Located | undefined {
  if (!table) return undefined;
  const found = lookup(table, row, col, segmentIndex);
  if (found) return found;
  const located = row === 'total' ? totalRow(table, segmentIndex) : findRow(table, row, segmentIndex);
  if (located?.segment.valueCols.length !== 1) return undefined;
  return lookup(table, row, undefined, segmentIndex);
}

/** The row with this 科目编码, for `lookup` and `lookupOrOnly`. */
export function byCode(code: string): (r: RowInfo) => boolean {
  return (r) => r.code?.code === code;
}

/** A cell that was found and holds money: not blank, not 0. */
export function hasMoney(located: Located | undefined): located is Located {
  return located !== undefined && !located.blank && !located.amount.value.isZero();
}

/**
 * A quantity of a table of one row without labels (支出预算总表, 三公 table): the value column whose header path
 * matches. Undefined for any other table — a list's column is not one quantity.
 */
export function wideValue(table: AnalyzedTable | undefined, col: RegExp): Located | undefined {
  if (!table) return undefined;
  const { structure } = table;
  if (structure.segments.length !== 1) return undefined;
  const [segment] = structure.segments;
  if (segment.labelCols.length > 0 || segment.codeCols.length > 0) return undefined;
  const rows = segment.rows.filter((r) => r.role !== 'blank');
  if (rows.length !== 1) return undefined;
  for (const c of segment.valueCols) {
    const info = structure.columns[c];
    if (info && col.test(info.path.join('/'))) return locate(table, rows[0].row, c, '');
  }
  return undefined;
}

/**
 * The 小计 row of the group whose label (in the first label column) matches: "一般公共预算资金 | 小计". Read in the
 * group's only value column.
 */
export function groupSubtotal(table: AnalyzedTable | undefined, group: RegExp): Located | undefined {
  if (!table) return undefined;
  for (const segment of table.structure.segments) {
    const labelCol = segment.labelCols[0];
    if (labelCol === undefined || segment.labelCols.length < 2 || segment.valueCols.length !== 1) continue;
    for (const row of segment.rows) {
      if (row.role !== 'subtotal') continue;
      const groupLabel = canonicalLabel(table.grid.rows[row.row]?.[labelCol]?.text ?? '');
      if (group.test(groupLabel)) {
        const found = locate(table, row.row, segment.valueCols[0], `${groupLabel} ${row.name}`);
        if (found) return found;
      }
    }
  }
  return undefined;
}
