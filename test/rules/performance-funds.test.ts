import { describe, expect, it } from 'vitest';
import { performanceFunds } from '../../lib/rules/performance-funds.ts';
import { gridFromStrings } from '../helpers/grid-from-strings.ts';
import { expectedGrids, SEEDS } from '../helpers/seed-fixtures.ts';
import { runRules } from './run-rules.ts';

// [002]'s 项目支出绩效目标表, first rows as printed.
const goalTable = (other: string) =>
  gridFromStrings({
    title: '项目支出绩效目标表',
    kind: 'performance',
    headRows: 0,
    rows: [
      ['预算单位', '预算单位', '克孜勒苏柯尔克孜自治州人民政府外事办公室'],
      ['项目名称', '项目名称', '2026 年预算计划其他资金', '', '', '', '项目负责人', '杨中能', '杨中能'],
      ['项目资金(万元)', '项目资金(万元)', '年度预算总额', '75.00', '其中：财政拨款', '0.00', '其他资金', other, other],
    ],
  });

describe('performance-funds', () => {
  it('fires when 年度预算总额 ≠ 财政拨款 + 其他资金 (T12.1)', () => {
    const [finding, ...rest] = runRules([goalTable('70.00')], [performanceFunds]).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'performance-funds',
      severity: 'error',
      stated: '75.00',
      expected: '70.00',
      diff: '+5.00',
      cells: [
        { row: 2, col: 3 },
        { row: 2, col: 5 },
        { row: 2, col: 7 },
      ],
    });
  });

  it('reads General-format "90" as 90.00 (±0.005), so a 0.30 gap is not hidden by a ±0.5 tolerance', () => {
    const grid = gridFromStrings({
      title: '项目支出绩效目标表',
      kind: 'performance',
      headRows: 0,
      rows: [['项目资金 (万元)', '年度预算总额:', '90', '其中: 财政拨款', '90', '其他资金:', '0.30']],
    });
    const [finding] = runRules([grid], [performanceFunds]).findings;
    // 90.00 vs 90.00 + 0.30: off by 0.30, far beyond 3 × 0.005.
    expect(finding).toMatchObject({ severity: 'error', stated: '90.00', expected: '90.30' });
  });

  it('passes the seeds’ project tables: [000] 2, [002] 1, [004] 3', () => {
    const counts = SEEDS.map((seed) => {
      const report = runRules(expectedGrids(seed), [performanceFunds]);
      expect(report.findings).toEqual([]);
      return report.tallies.reduce((n, t) => n + t.passed, 0);
    });
    expect(counts).toEqual([2, 1, 3]);
  });
});
