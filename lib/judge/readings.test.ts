/**
 * Readings on synthetic tables: a list whose first reading fails is checked under the reading its numbers confirm,
 * and a reading that would only hide a mistyped figure is never taken. Every sum is worked out in a comment.
 */
import { describe, expect, it } from 'vitest';
import { gridFromStrings } from '../../test/helpers/grid-from-strings.ts';
import { modelOf } from '../../test/rules/run-rules.ts';
import { analyzeModel } from '../engine.ts';
import type { TableGrid } from '../model.ts';

const analyze = (grid: TableGrid) => analyzeModel(modelOf([grid]));

describe('chooseReadings', () => {
  it('an unmarked line after a 其中 line is the next item when that is what the numbers say', () => {
    // First reading: 单位资金 continues the 其中 list, so 收入合计 100 ≠ 一般公共预算 60 and 一般公共预算 60 ≠ 60 + 40.
    // Only marked 其中 lines as parts: 100 = 60 + 40 and 60 = 60, every relation holds.
    const grid = gridFromStrings({
      title: '收入总表',
      headRows: 1,
      rows: [
        ['项目', '金额'],
        ['一般公共预算', '60.00'],
        ['其中：一般财力', '60.00'],
        ['单位资金', '40.00'],
        ['收入合计', '100.00'],
      ],
    });
    const report = analyze(grid);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.tables[0].notes.join()).toContain('只把标明“其中”的行作为其中项');
    expect(report.tallies[0]).toMatchObject({ checks: 2, passed: 2 });
  });

  it('a table whose first reading holds is not re-read', () => {
    const grid = gridFromStrings({
      title: '收入总表',
      headRows: 1,
      rows: [
        ['项目', '金额'],
        ['一般公共预算', '100.00'],
        ['其中：一般财力', '60.00'],
        ['上级转移支付', '40.00'],
        ['收入合计', '100.00'],
      ],
    });
    const report = analyze(grid);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.tables[0].notes).toEqual([]);
  });

  it('a mistyped line of a coded table stays an error: reading it by labels would check less and fit worse', () => {
    // 2010101 行政运行 30.00 → 31.00: 款 20101 30.00 ≠ 31.00 fails; 201 = 20101 and 合计 = 201 hold (2 − 1 = +1).
    // By labels, 合计 30.00 would be the sum of all three lines, 91.00: nothing holds, one fails (−1).
    const grid = gridFromStrings({
      title: '一般公共预算支出情况表',
      headRows: 1,
      rows: [
        ['科目编码', '科目名称', '金额'],
        ['201', '一般公共服务支出', '30.00'],
        ['20101', '人大事务', '30.00'],
        ['2010101', '行政运行', '31.00'],
        ['', '合计', '30.00'],
      ],
    });
    const report = analyze(grid);
    expect(report.tables[0].notes).toEqual([]);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.stated, f.expected])).toEqual([['hierarchy-sum', '30.00', '31.00']]);
  });
});
