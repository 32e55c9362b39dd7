/**
 * The in-table rules on the three seeds' expected grids: no error and no warning, the rounding notes of
 * seed-findings.md §4.4 and nothing else, and the number of checks per kind compared with §2.2, §4.2 and §6.2.
 *
 * How the kinds of seed-findings map onto the rules (the definitions differ in one place, written down here):
 *   row-sum     = component-columns
 *   column-sum  = column-total + list-parts + performance-funds (T12.1) + the 项目支出表 unit rows (T7.3)
 *   hierarchy   = hierarchy-sum − the 项目支出表 unit rows. seed-findings counts "unit row = Σ its 类 rows" with the
 *                 column sums (T7.3 is listed beside 合计 = Σ unit rows); here it is a hierarchy relation because it is
 *                 found by the same walk over the code list. Only [002] 表7 has a unit row: 3 checks (项目支出合计,
 *                 商品和服务支出, 资本性支出 are its non-blank columns).
 *   balance     = balance
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../lib/model.ts';
import { balance } from '../../lib/rules/balance.ts';
import { columnTotal } from '../../lib/rules/column-total.ts';
import { componentColumns } from '../../lib/rules/component-columns.ts';
import { hierarchySum } from '../../lib/rules/hierarchy-sum.ts';
import { listParts } from '../../lib/rules/list-parts.ts';
import { performanceFunds } from '../../lib/rules/performance-funds.ts';
import type { Rule } from '../../lib/rules/rule.ts';
import { TABLE_RULES } from '../../lib/rules/table-rules.ts';
import { expectedGrids, SEEDS, type Seed } from '../helpers/seed-fixtures.ts';
import { runRules } from './run-rules.ts';

const S000: Seed = '000_d027ff157a76b55d';
const S002: Seed = '002_985e1de26a38a1db';
const S004: Seed = '004_fcad36837894980a';

interface Count {
  run: number;
  passed: number;
  rounding: number;
}

function count(seed: Seed, rules: Rule[], onlyTable?: string): Count {
  const report = runRules(expectedGrids(seed), rules);
  const tallies = report.tallies.filter((t) => onlyTable === undefined || t.tableId === onlyTable);
  return {
    run: tallies.reduce((n, t) => n + t.checks, 0),
    passed: tallies.reduce((n, t) => n + t.passed, 0),
    rounding: tallies.reduce((n, t) => n + t.rounding, 0),
  };
}

const plus = (a: Count, b: Count): Count => ({
  run: a.run + b.run,
  passed: a.passed + b.passed,
  rounding: a.rounding + b.rounding,
});

/** The hierarchy checks on a unit row of 项目支出表: [002] 表7 is t6; its unit row is grid row 4. */
function unitRowChecks(seed: Seed): Count {
  if (seed !== S002) return { run: 0, passed: 0, rounding: 0 };
  // Unit = Σ类 in 项目支出合计 (50.00 = 50.00), 商品和服务支出 (49.83), 资本性支出 (0.18): all exact.
  return { run: 3, passed: 3, rounding: 0 };
}

describe('table rules on the seeds', () => {
  const reports = new Map<Seed, Report>(SEEDS.map((seed) => [seed, runRules(expectedGrids(seed), TABLE_RULES)]));

  it('report no error and no warning: every in-table relation holds exactly or within rounding', () => {
    for (const seed of SEEDS) expect(reports.get(seed)!.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('[002]: the 23 rounding notes of seed-findings §4.4 (column-sum, row-sum, hierarchy rows) and no other', () => {
    const rounding = reports.get(S002)!.findings.filter((f) => f.kind === 'rounding');
    expect(rounding).toHaveLength(23);
    expect(rounding.every((f) => f.severity === 'info')).toBe(true);
    const byRule = (rule: string) => rounding.filter((f) => f.rule === rule).length;
    // §4.4: 11 column-sum, 6 row-sum, 6 hierarchy.
    expect([byRule('column-total'), byRule('component-columns'), byRule('hierarchy-sum')]).toEqual([11, 6, 6]);

    const find = (table: string, rule: string, row: string, col: string) =>
      rounding.find(
        (f) => f.tableTitle?.startsWith(table) && f.rule === rule && f.rowLabel?.includes(row) && f.colLabel?.includes(col),
      );
    // 表1 支出总计 524.92 vs 399.81 + 74.85 + 23.15 + 27.12 = 524.93 (4 parts + total: ±0.025).
    expect(find('表1', 'column-total', '支出总计', '预算数')).toMatchObject({
      stated: '524.92',
      expected: '524.93',
      diff: '-0.01',
    });
    // 表6 总计: 人员经费 385.47 + 公用经费 14.44 = 399.91 vs 399.92.
    expect(find('表6', 'component-columns', '总计', '合计')).toMatchObject({ stated: '399.92', expected: '399.91' });
    // 表6 302 公用经费: 5.00 + 0.50 + 0.50 + 1.16 + 4.47 + 2.00 + 0.82 = 14.45 vs 14.44.
    expect(find('表6', 'hierarchy-sum', '302', '公用经费')).toMatchObject({ stated: '14.44', expected: '14.45' });
    // 表6 303 合计: 39.02 + 18.18 + 0.01 = 57.21 vs 57.20.
    expect(find('表6', 'hierarchy-sum', '303', '合计')).toMatchObject({ stated: '57.20', expected: '57.21' });
    // 表7 project 特定目标1210170R: 29.83 + 0.18 = 30.01 vs 30.00.
    expect(find('表7', 'component-columns', '1210170R', '合计')).toMatchObject({ stated: '30.00', expected: '30.01' });
  });

  it('[000] and [004] have no rounding note; their only information is the empty tables', () => {
    for (const seed of [S000, S004]) {
      const findings = reports.get(seed)!.findings;
      expect(findings.filter((f) => f.kind === 'rounding')).toEqual([]);
      expect(findings.every((f) => f.rule === 'empty-table')).toBe(true);
    }
  });

  it('runs as many checks per kind as seed-findings §2.2 / §4.2 / §6.2 counts (mapping in the file comment)', () => {
    const expected: Record<Seed, Record<'rowSum' | 'columnSum' | 'hierarchy' | 'balance', Count>> = {
      [S000]: {
        rowSum: { run: 62, passed: 62, rounding: 0 },
        columnSum: { run: 24, passed: 24, rounding: 0 },
        hierarchy: { run: 28, passed: 28, rounding: 0 },
        balance: { run: 2, passed: 2, rounding: 0 },
      },
      [S002]: {
        rowSum: { run: 110, passed: 104, rounding: 6 },
        columnSum: { run: 33, passed: 22, rounding: 11 },
        hierarchy: { run: 74, passed: 68, rounding: 6 },
        balance: { run: 2, passed: 2, rounding: 0 },
      },
      [S004]: {
        rowSum: { run: 65, passed: 65, rounding: 0 },
        columnSum: { run: 28, passed: 28, rounding: 0 },
        hierarchy: { run: 32, passed: 32, rounding: 0 },
        balance: { run: 2, passed: 2, rounding: 0 },
      },
    };
    for (const seed of SEEDS) {
      const units = unitRowChecks(seed);
      const hierarchy = count(seed, [hierarchySum]);
      const actual = {
        rowSum: count(seed, [componentColumns]),
        columnSum: plus(count(seed, [columnTotal, listParts, performanceFunds]), units),
        hierarchy: { run: hierarchy.run - units.run, passed: hierarchy.passed - units.passed, rounding: hierarchy.rounding },
        balance: count(seed, [balance]),
      };
      expect(actual, seed).toEqual(expected[seed]);
    }
  });

  it('[002] 表7 is where the unit-row checks are: 3 unit + 3 (201 = Σ款) + 3 (20103 = Σ projects)', () => {
    expect(count(S002, [hierarchySum], 't6')).toEqual({ run: 9, passed: 9, rounding: 0 });
  });
});
