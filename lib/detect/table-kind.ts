/**
 * What a detected table is: a numbered budget table ('budget'), a 绩效目标表 ('performance': a form of targets and
 * indicators, checked differently), or something else on the page ('other': navigation, layout, lists of links),
 * which detection leaves out.
 */
import type { GridCell, TableKind } from '../model.ts';
import { compact } from '../text.ts';
import type { TableHeading } from './table-heading.ts';

const PERFORMANCE_TITLE = /绩效/;
/** Cells that only 绩效目标表 have. */
const PERFORMANCE_CELL = /^(?:一级指标|二级指标|三级指标|绩效指标|年度绩效目标|项目总体目标|整体绩效目标)$/;
/** Header words of budget tables. */
const BUDGET_WORDS = /预算|决算|支出|收入|拨款|合计|总计|金额|经费|科目/;
/** How many rows are searched for 绩效 cells. */
const ROWS_SEARCHED = 8;

/**
 * A table of contents set as a table ("目 录" | 序号 | 报表名称, 江苏省委办公厅2018年度部门预算公开表.pdf p. 2) lists the
 * tables; it is none of them, whatever the cover page's title line above it says.
 */
export function isContentsTable(rows: readonly GridCell[][]): boolean {
  for (let r = 0; r < Math.min(rows.length, 2); r++) {
    if (compact(rows[r].map((cell) => cell.text).join('')) === '目录') return true;
    if (rows[r].some((cell) => /^(?:报表名称|表格名称|表名)$/.test(compact(cell.text)))) return true;
  }
  return false;
}

/** The kind the heading alone tells, or undefined for an untitled table. */
export function kindFromHeading(heading: TableHeading): TableKind | undefined {
  if (heading.title !== undefined && PERFORMANCE_TITLE.test(heading.title)) return 'performance';
  if (heading.title !== undefined || heading.number !== undefined) return 'budget';
  return undefined;
}

/**
 * An untitled table is a budget table when its header speaks of budgets and its body has amounts; a 绩效目标表 when it
 * has indicator cells; anything else (navigation, link lists, page layout) is 'other'.
 */
export function kindOfUntitled(rows: readonly GridCell[][], headRows: number): TableKind {
  for (let r = 0; r < Math.min(rows.length, ROWS_SEARCHED); r++) {
    if (rows[r].some((cell) => PERFORMANCE_CELL.test(compact(cell.text)))) return 'performance';
  }
  if (headRows === 0) return 'other';
  let headerSaysBudget = false;
  for (let r = 0; r < headRows && !headerSaysBudget; r++) {
    headerSaysBudget = rows[r].some((cell) => BUDGET_WORDS.test(compact(cell.text)));
  }
  if (!headerSaysBudget) return 'other';
  let amounts = 0;
  for (let r = headRows; r < rows.length && amounts < 2; r++) {
    for (let c = 0; c < rows[r].length; c++) {
      const cell = rows[r][c];
      if (cell.originRow === r && cell.originCol === c && cell.value.kind === 'number') amounts++;
    }
  }
  return amounts >= 2 ? 'budget' : 'other';
}
