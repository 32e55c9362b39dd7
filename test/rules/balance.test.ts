import { describe, expect, it } from 'vitest';
import { balance } from '../../lib/rules/balance.ts';
import { gridFromStrings } from '../helpers/grid-from-strings.ts';
import { expectedGrids, SEEDS } from '../helpers/seed-fixtures.ts';
import { runRules } from './run-rules.ts';

const t1 = (income: string, expenditure: string) =>
  gridFromStrings({
    title: '部门收支总体情况表',
    headRows: 2,
    rows: [
      ['收入', '收入', '支出', '支出'],
      ['项目', '预算数', '功能分类', '预算数'],
      ['一、本年收入', income, '201 一般公共服务支出', expenditure],
      ['收入总计', income, '支出总计', expenditure],
    ],
  });

describe('balance', () => {
  it('fires when 支出总计 differs from 收入总计 (T1.6)', () => {
    const [finding, ...rest] = runRules([t1('515.38', '515.48')], [balance]).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'balance',
      severity: 'error',
      rowLabel: '支出总计',
      stated: '515.48',
      expected: '515.38',
      diff: '+0.10',
      cells: [
        { row: 3, col: 3 },
        { row: 3, col: 1 },
      ],
    });
    expect(finding.message).toBe('「支出总计 / 支出 › 预算数」支出总计 515.48 与收入总计 515.38 不符（差 +0.10）');
  });

  it('two displays of one figure touch within 2h: 515.39 vs 515.38 is a rounding note, not an error', () => {
    const [finding] = runRules([t1('515.38', '515.39')], [balance]).findings;
    expect(finding).toMatchObject({ severity: 'info', kind: 'rounding' });
  });

  it('runs only on the two-sided tables and passes on every seed: T1.6 and T4.5, 2 checks each', () => {
    for (const seed of SEEDS) {
      const report = runRules(expectedGrids(seed), [balance]);
      expect(report.findings).toEqual([]);
      expect(report.tallies.reduce((n, t) => n + t.passed, 0)).toBe(2);
    }
  });
});
