/**
 * Which table of the standard set a grid is (budget-identities.md §2). Titles vary by region and year — 部门 / 单位 /
 * 部门（单位） prefixes, 财政拨款收支总体情况表 = 财政拨款收支预算总体情况表 — and 表N numbers differ between templates,
 * so the title's keywords decide, the header confirms, and the number is only a tie-breaker.
 */
import type { TableGrid } from '../model.ts';
import { canonicalLabel } from '../text.ts';

export type StandardTable =
  | 'T1' // 收支总体情况表
  | 'T2' // 收入总体情况表
  | 'T3' // 支出总体情况表
  | 'T4' // 财政拨款收支总体情况表
  | 'T5' // 一般公共预算支出情况表
  | 'T6' // 一般公共预算基本支出情况表
  | 'T7' // 一般公共预算项目支出情况表
  | 'T8' // 政府性基金预算支出情况表
  | 'T9' // 国有资本经营预算支出情况表
  | 'T10' // 财政拨款“三公”经费支出情况表
  | 'T11' // 上年结转结余情况明细表
  | 'T12-project' // 项目支出绩效目标表
  | 'T12-overall'; // 部门（单位）整体绩效目标表

export const STANDARD_TABLE_NAMES: Record<StandardTable, string> = {
  T1: '收支总体情况表',
  T2: '收入总体情况表',
  T3: '支出总体情况表',
  T4: '财政拨款收支总体情况表',
  T5: '一般公共预算支出情况表',
  T6: '一般公共预算基本支出情况表',
  T7: '一般公共预算项目支出情况表',
  T8: '政府性基金预算支出情况表',
  T9: '国有资本经营预算支出情况表',
  T10: '财政拨款“三公”经费支出情况表',
  T11: '上年结转结余情况明细表',
  'T12-project': '项目支出绩效目标表',
  'T12-overall': '整体绩效目标表',
};

/** Ordered: the first pattern that matches the canonical title wins, so specific names come before general ones. */
const TITLE_PATTERNS: [StandardTable, RegExp][] = [
  ['T12-overall', /整体(?:支出)?绩效目标/],
  ['T12-project', /项目(?:支出)?绩效目标/],
  ['T10', /三公/],
  ['T11', /结转结余(?:情况)?(?:明细)?表/],
  ['T4', /财政拨款收支(?:预算)?总(?:体情况)?表|财政拨款收支总表/],
  ['T6', /一般公共预算(?:财政拨款)?基本支出/],
  ['T7', /一般公共预算(?:财政拨款)?项目支出/],
  ['T5', /一般公共预算(?:财政拨款)?支出(?:预算)?(?:情况)?表/],
  ['T8', /政府性基金(?:预算)?(?:财政拨款)?支出/],
  ['T9', /国有资本经营(?:预算)?(?:财政拨款)?支出/],
  ['T1', /收支(?:预算)?总(?:体情况)?表|收支总表/],
  ['T2', /收入(?:预算)?总(?:体情况)?表|收入总表/],
  ['T3', /支出(?:预算)?总(?:体情况)?表|支出总表/],
];

export function classifyTable(grid: Pick<TableGrid, 'title' | 'colPaths' | 'kind'>): StandardTable | undefined {
  const title = canonicalLabel(grid.title ?? '');
  for (const [kind, pattern] of TITLE_PATTERNS) if (pattern.test(title)) return kind;
  // No usable title: fall back on the header. 三公 tables and 基本支出 tables have distinctive columns.
  const header = grid.colPaths.flat().map(canonicalLabel).join('|');
  if (/因公出国|公务接待|公务用车/.test(header)) return 'T10';
  if (/人员经费/.test(header) && /公用经费/.test(header) && /经济分类/.test(header)) return 'T6';
  return undefined;
}
