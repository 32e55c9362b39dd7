/**
 * performance-funds: in a 项目支出绩效目标表, 项目资金 年度预算总额 = 其中：财政拨款 + 其他资金 (budget-identities.md
 * T12.1). The three figures sit in one row, each right after its label: "项目资金（万元）| 年度预算总额: | 90 |
 * 其中: 财政拨款 | 90 | 其他资金: | 0". The amounts are 万元 written in General format ("90" = 90.00), so they carry
 * two decimals (§5.1), not ±0.5.
 *
 * T12.2 (整体绩效目标表 资金总额 = 上级安排 + 本级安排 + 其他) is not checked here: the seeds' overall tables print only
 * the three sources under a 资金总额 header, never the total itself; comparing them with 表1 is a cross-table check.
 *
 * Fires: 年度预算总额 75.00 over 财政拨款 0.00 + 其他资金 70.00. Silent: the seeds' six project tables.
 */
import type { TableGrid } from '../model.ts';
import { formCellAfter } from '../tables/lookup.ts';
import type { AnalyzedTable, FindingDraft, Rule } from './rule.ts';
import { checkSumRelation } from './sum-relation.ts';

/** 万元 amounts: two decimals whatever the cell shows. */
const MONEY_PRECISION = 2;

export const performanceFunds: Rule = {
  id: 'performance-funds',
  title: '项目资金：年度预算总额等于财政拨款与其他资金之和 / Project funds: the annual total equals fiscal plus other funds',
  run(ctx) {
    const findings: FindingDraft[] = [];
    for (const table of ctx.doc.tables) {
      if (table.grid.kind !== 'performance' || table.standard !== 'T12-project') continue;
      const funds = findFunds(table.grid);
      if (!funds) continue;
      const grid = { ...table.grid, precision: Math.max(table.grid.precision, MONEY_PRECISION) };
      const outcome = checkSumRelation(ctx, {
        rule: performanceFunds.id,
        table: { ...table, grid } satisfies AnalyzedTable,
        total: funds.total,
        parts: [funds.fiscal, funds.other],
        rowLabel: '项目资金（万元）',
        colLabel: '年度预算总额',
        totalName: ['年度预算总额', 'the annual budget total'],
        partsName: ['财政拨款与其他资金之和', 'fiscal funds plus other funds'],
      });
      if (outcome.finding) findings.push(outcome.finding);
    }
    return findings;
  },
};

type At = { row: number; col: number };

/** The cells of 年度预算总额, 财政拨款 and 其他资金 in the first row that has all three labels. */
function findFunds(grid: TableGrid): { total: At; fiscal: At; other: At } | undefined {
  for (let r = 0; r < grid.rows.length; r++) {
    const total = formCellAfter(grid, r, /年度预算总额/);
    const fiscal = formCellAfter(grid, r, /财政拨款/);
    const other = formCellAfter(grid, r, /其他资金/);
    if (total && fiscal && other) return { total, fiscal, other };
  }
  return undefined;
}
