import { describe, expect, it } from 'vitest';
import { listParts } from '../../lib/rules/list-parts.ts';
import { gridFromStrings } from '../helpers/grid-from-strings.ts';
import { expectedGrids, SEEDS } from '../helpers/seed-fixtures.ts';
import { runRules } from './run-rules.ts';

const run = (grids: Parameters<typeof runRules>[0]) => runRules(grids, [listParts]);

/** The income side of [000] 表1, with the cells to vary. */
function t1(values: { income: string; general: string; ownFunds: string; business: string; other: string }) {
  return gridFromStrings({
    title: '单位收支总体情况表',
    headRows: 1,
    rows: [
      ['项目', '预算数'],
      ['一、本年收入', values.income],
      ['1.一般公共预算拨款', values.general],
      ['其中：一般财力', values.general],
      ['上级一般公共预算安排转移支付', ''],
      ['2.基金预算拨款', ''],
      ['5.单位资金', values.ownFunds],
      ['其中：事业收入', values.business],
      ['其他收入', values.other],
      ['二、上年结转结余', ''],
      ['收入总计', values.income],
    ],
  });
}

describe('list-parts', () => {
  it('stays silent on [000] 表1 as printed (T1.1, T1.2)', () => {
    const report = run([t1({ income: '515.38', general: '418.36', ownFunds: '97.02', business: '7.02', other: '90.00' })]);
    expect(report.findings).toEqual([]);
    // 一、 = 1.+2.+5.; 1. = 其中 (2 lines); 5. = 其中 (2 lines). 2. and 二、 are blank with blank parts: vacuous.
    expect(report.tallies[0].checks).toBe(3);
  });

  it('fires on a 其中 list that does not add up in a complete template: 单位资金 97.02 ≠ 7.02 + 90.10', () => {
    const [finding, ...rest] = run([
      t1({ income: '515.38', general: '418.36', ownFunds: '97.02', business: '7.02', other: '90.10' }),
    ]).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'list-parts',
      severity: 'error',
      rowLabel: '5.单位资金',
      stated: '97.02',
      expected: '97.12',
      diff: '-0.10',
      cells: [
        { row: 6, col: 1 },
        { row: 7, col: 1 },
        { row: 8, col: 1 },
      ],
    });
    expect(finding.message).toBe('「5.单位资金 / 预算数」单位资金 97.02 与其中各项之和 97.12 不符（差 -0.10）');
  });

  it('a blank 一、本年收入 over filled sources is a finding (§2 T1)', () => {
    const findings = run([
      t1({ income: '', general: '418.36', ownFunds: '97.02', business: '7.02', other: '90.00' }),
    ]).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', rowLabel: '一、本年收入', stated: '', expected: '515.38' });
  });

  it('T10: （小计） = 购置费 + 运行费 per column (T10.2)', () => {
    const grid = gridFromStrings({
      title: '财政拨款“三公”经费支出情况表',
      headRows: 1,
      rows: [
        ['三公经费支出内容', '合计', '一般公共预算'],
        ['合计', '21.40', '21.40'],
        ['因公出国（境）费', '4.90', '4.90'],
        ['公务接待费', '9.50', '9.50'],
        ['公务用车购置及运行费（小计）', '7.00', '7.00'],
        ['其中：公务用车购置费', '', ''],
        ['公务用车运行费', '7.00', '6.00'],
      ],
    });
    const findings = run([grid]).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ colLabel: '一般公共预算', stated: '7.00', expected: '6.00', cells: [{ row: 4, col: 2 }, { row: 5 }, { row: 6 }] });
  });

  it('outside the templates a 其中 list may be partial or end early: Σ < whole is a note, a part > whole an error', () => {
    const grid = (part: string) =>
      gridFromStrings({
        title: '部门预算支出明细',
        headRows: 1,
        rows: [
          ['项目', '金额'],
          ['公用经费', '142.33'],
          ['其中：办公费', part],
          ['公务用车运行维护费', '45.00'],
          ['工资福利支出', '1,118.36'],
        ],
      });
    // 工资福利支出 reads as a continuation of the 其中 list (no marker tells it apart); adding it would exceed the
    // whole, so the list is taken to end before it: 60.42 + 45.00 = 105.42 < 142.33 → a note, not an error.
    const partial = run([grid('60.42')]).findings;
    expect(partial).toHaveLength(1);
    expect(partial[0]).toMatchObject({ severity: 'info', kind: 'note', stated: '142.33', expected: '105.42' });
    expect(partial[0].message).toContain('所列可能不全');

    // A part that alone exceeds its whole cannot be explained by a partial list.
    const over = run([grid('150.00')]).findings;
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({ severity: 'error', kind: 'mismatch', stated: '142.33', expected: '150.00' });
  });

  it('finds every seed list consistent: no finding at all', () => {
    for (const seed of SEEDS) expect(run(expectedGrids(seed)).findings).toEqual([]);
  });
});
