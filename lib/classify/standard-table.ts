/**
 * Which table of the standard set a grid is (budget-identities.md §2). Titles vary by region and year — 部门 / 单位 /
 * 部门（单位） prefixes, 财政拨款收支总体情况表 = 财政拨款收支预算总体情况表 — and 表N numbers differ between templates,
 * so the title's keywords decide, the header confirms, and the number is only a tie-breaker.
 *
 * The Jiangsu provincial template (江苏省级部门预算公开报表, 2017–2019) names the same tables its own way, with 预算 in
 * place of 情况: 收支预算总表 = 表1, 收入预算总表 = 表2, 支出预算总表 = 表3, 财政拨款收支预算总表 = 表4, 一般公共预算
 * 支出预算表（功能科目） = 表5, 一般公共预算基本支出预算表（经济科目） = 表6, 财政拨款政府性基金支出预算表 = 表8,
 * “三公”经费、会议费、培训费支出预算表 = 表10. Its 财政拨款支出预算表 and 财政拨款基本支出预算表 cover 政府性基金 money
 * too, and 机关运行经费 and 政府采购 tables have no national twin: none of those is a standard table.
 *
 * The header can only veto: 表3, 表5 and 表7 are lists by 功能 (function) class, 表6 by 经济 (economic) class; a
 * table whose header names the other scheme is not that table, whatever its title says ("一般公共预算支出预算表（经济
 * 科目）" lists all general-budget spending by economic class: neither 表5 nor 表6).
 */
import type { TableGrid } from '../model.ts';
import { type StandardTable, TABLES } from '../templates/catalogue.ts';
import { canonicalLabel } from '../text.ts';

export type { StandardTable } from '../templates/catalogue.ts';

export const STANDARD_TABLE_NAMES = Object.fromEntries(TABLES.map((t) => [t.id, t.name])) as Record<StandardTable, string>;

/** Which classification the header (or the title's bracket, "（经济科目）") says the rows follow, if it says. */
export function codeScheme(text: string): 'function' | 'economic' | undefined {
  const fn = /功能(?:分类)?科目|功能分类/.test(text);
  const eco = /经济(?:分类)?科目|经济分类/.test(text);
  return fn === eco ? undefined : fn ? 'function' : 'economic';
}

export function classifyTable(grid: Pick<TableGrid, 'title' | 'colPaths' | 'kind'>): StandardTable | undefined {
  const title = canonicalLabel(grid.title ?? '');
  const header = grid.colPaths.flat().map(canonicalLabel).join('|');
  const scheme = codeScheme(header) ?? codeScheme(title);
  for (const spec of TABLES) {
    if (!spec.titles.some((pattern) => pattern.test(title))) continue;
    if (scheme && spec.scheme && scheme !== spec.scheme) return undefined;
    return spec.id;
  }
  // No usable title: fall back on the header. 三公 tables and 基本支出 tables have distinctive columns.
  if (/因公出国|公务接待|公务用车/.test(header)) return /决算数/.test(header) ? 'F7' : 'T10';
  if (/人员经费/.test(header) && /公用经费/.test(header) && /经济分类/.test(header)) return 'T6';
  return undefined;
}
