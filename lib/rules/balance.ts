/**
 * balance: a two-sided table balances — 收入总计 = 支出总计 (budget-identities.md T1.6 收支总体情况表, T4.5 财政拨款收支
 * 总体情况表). A budget is balanced by law (预算法 第十二条: 各级预算应当遵循统筹兼顾、勤俭节约、量力而行、讲求绩效和收支平衡
 * 的原则), so the two grand totals of these tables are the same figure printed twice: |a − b| ≤ 2h.
 *
 * The income total is the last 收入总计 row of the list that has one, the expenditure total the 支出总计 row of another
 * list, read in its first value column (财政拨款收支总表: 合计, before 一般公共预算 …).
 *
 * Fires: a 支出总计 typed 515.48 against 收入总计 515.38. Silent: every seed (2 checks each).
 */
import { columnLabel, type RowInfo, valueColOf } from '../structure/table-structure.ts';
import type { AnalyzedTable, FindingDraft, Rule } from './rule.ts';
import { checkSumRelation } from './sum-relation.ts';

const INCOME_TOTAL = /^(?:收入总计|收入合计)$/;
const EXPENDITURE_TOTAL = /^(?:支出总计|支出合计)$/;

export const balance: Rule = {
  id: 'balance',
  title: '收入总计等于支出总计 / Total income equals total expenditure',
  run(ctx) {
    const findings: FindingDraft[] = [];
    for (const table of ctx.doc.tables) {
      if (table.grid.kind !== 'budget') continue;
      if (table.standard !== 'T1' && table.standard !== 'T4') continue;
      const income = lastTotal(table, INCOME_TOTAL);
      const expenditure = lastTotal(table, EXPENDITURE_TOTAL);
      if (!income || !expenditure) continue;
      const outcome = checkSumRelation(ctx, {
        rule: balance.id,
        table,
        total: { row: expenditure.row.row, col: expenditure.col },
        parts: [{ row: income.row.row, col: income.col }],
        rowLabel: expenditure.row.label,
        colLabel: columnLabel(table.grid, expenditure.col),
        totalName: [expenditure.row.name, 'total expenditure'],
        partsName: [income.row.name, 'total income'],
      });
      if (outcome.finding) findings.push(outcome.finding);
    }
    return findings;
  },
};

function lastTotal(table: AnalyzedTable, name: RegExp): { row: RowInfo; col: number } | undefined {
  let found: { row: RowInfo; col: number } | undefined;
  for (const segment of table.structure.segments) {
    const col = segment.valueCols[0];
    if (col === undefined) continue;
    for (const row of segment.rows) if (row.role === 'total' && name.test(row.name)) found = { row, col: valueColOf(row, col) };
  }
  return found;
}
