/**
 * The judge on synthetic variants of the table layouts that real documents were misread by, and on wrong numbers:
 * a misreading becomes a reading doubt (info), a wrong number stays an error. Every sum is worked out in a comment.
 */
import { describe, expect, it } from 'vitest';
import { gridFromStrings } from '../../test/helpers/grid-from-strings.ts';
import { runRules } from '../../test/rules/run-rules.ts';
import type { Finding, TableGrid } from '../model.ts';
import { TABLE_RULES } from '../rules/table-rules.ts';

const run = (grid: TableGrid) => runRules([grid], TABLE_RULES).findings;
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');
const doubts = (fs: Finding[]) => fs.filter((f) => f.kind === 'doubt');

/** A 支出决算表 whose three levels are all listed and whose codes were not read: every row looks like an item. */
function allLevelsAsItems(total: string): TableGrid {
  return gridFromStrings({
    title: '支出决算表',
    headRows: 1,
    rows: [
      ['科目名称', '本年支出合计', '基本支出', '项目支出'],
      ['合计', total, '60.00', '40.00'],
      ['一般公共服务支出', '100.00', '60.00', '40.00'],
      ['人大事务', '100.00', '60.00', '40.00'],
      ['行政运行', '100.00', '60.00', '40.00'],
    ],
  });
}

describe('misreadings become reading doubts', () => {
  it('parts that add up to 3 × the total: the three levels of one branch were all taken as parts', () => {
    // Σ 100 + 100 + 100 = 300 = 3 × 100 in each column (60 × 3 = 180, 40 × 3 = 120).
    const fs = run(allLevelsAsItems('100.00'));
    expect(errors(fs)).toEqual([]);
    expect(doubts(fs).map((f) => [f.colLabel, f.stated, f.expected])).toEqual([
      ['本年支出合计', '100.00', '300.00'],
      ['基本支出', '60.00', '180.00'],
      ['项目支出', '40.00', '120.00'],
    ]);
    expect(doubts(fs)[0].message).toMatch(/^此表结构未能确认（各分项之和恰为合计的 3 倍/);
    expect(doubts(fs)[0].messageEn).toMatch(/^Could not confirm this table's structure \(the parts add up to exactly 3 × the total/);
  });

  it('a total over blank parts: the parts are elsewhere (the next page, the other side)', () => {
    const grid = gridFromStrings({
      title: '收入预算总表',
      headRows: 1,
      rows: [
        ['项目', '金额'],
        ['收入总计', '9,146.79'],
        ['一、一般公共预算', ''],
        ['二、政府性基金', ''],
        ['三、其他资金', ''],
      ],
    });
    const fs = run(grid);
    expect(errors(fs)).toEqual([]);
    expect(doubts(fs)).toHaveLength(1);
    expect(doubts(fs)[0].message).toContain('各分项均为空');
  });

  it('a difference equal to the line next to the parts: a 其中 line that was an item', () => {
    // 合计 300 vs 一、100 + 二、160 = 260: off by 40, the 其中 line under 一、.
    const grid = gridFromStrings({
      title: '收入总表',
      headRows: 1,
      rows: [
        ['项目', '金额'],
        ['合计', '300.00'],
        ['一、财政拨款', '100.00'],
        ['其中：专项资金', '40.00'],
        ['二、其他资金', '160.00'],
      ],
    });
    const fs = run(grid);
    expect(errors(fs)).toEqual([]);
    expect(doubts(fs)[0].message).toContain('差额恰等于「其中：专项资金」的 40.00');
  });

  it('most relations of a table failing at once: the columns were misread, not five figures mistyped', () => {
    // Columns hold 基本 | 项目 | 合计 under a header that says 合计 | 基本支出 | 项目支出: every row sum fails.
    const grid = gridFromStrings({
      title: '一般公共预算支出情况表',
      headRows: 1,
      rows: [
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        ['201', '一般公共服务支出', '30.00', '20.00', '50.00'],
        ['205', '教育支出', '11.00', '4.00', '15.00'],
        ['208', '社会保障和就业支出', '7.00', '1.00', '8.00'],
        ['', '合计', '48.00', '25.00', '73.00'],
      ],
    });
    const fs = run(grid);
    expect(errors(fs)).toEqual([]);
    expect(doubts(fs).length).toBeGreaterThanOrEqual(4);
    expect(doubts(fs)[0].message).toMatch(/项不符，更可能是表的结构没有读对/);
  });
});

describe('wrong numbers stay errors', () => {
  it('one mistyped cell breaks its relations by the same amount: an error however few relations hold', () => {
    // 208 合计 65.10 → 75.10: row 75.10 ≠ 65.10 + 0, and 合计 515.38 ≠ 450.28 + 75.10 = 525.38; both off by 10.00.
    const grid = gridFromStrings({
      title: '一般公共预算支出情况表',
      headRows: 1,
      rows: [
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        ['201', '一般公共服务支出', '450.28', '353.26', '97.02'],
        ['208', '社会保障和就业支出', '75.10', '65.10', ''],
        ['', '合计', '515.38', '418.36', '97.02'],
      ],
    });
    const fs = errors(run(grid));
    expect(fs.map((f) => [f.rule, f.stated, f.expected, f.magnitude])).toEqual([
      ['component-columns', '75.10', '65.10', 'gross'],
      ['column-total', '515.38', '525.38', 'gross'],
    ]);
  });

  it('parts that happen to add up to twice the total are not taken for a misreading when one cell explains it all', () => {
    // 合计 mistyped 100.00 → 50.00: Σ 50 + 50 = 100 = 2 × 50, but the row 合计 = 基本 + 项目 fails by the same 50.
    const grid = gridFromStrings({
      title: '支出总表',
      headRows: 1,
      rows: [
        ['项目', '合计', '基本支出', '项目支出'],
        ['一、人员', '50.00', '50.00', ''],
        ['二、公用', '50.00', '', '50.00'],
        ['合计', '50.00', '50.00', '50.00'],
      ],
    });
    expect(errors(run(grid)).map((f) => [f.rule, f.stated, f.expected])).toEqual([
      ['column-total', '50.00', '100.00'],
      ['component-columns', '50.00', '100.00'],
    ]);
  });

  it('a minor slip (0.1 % of the amount or less) is an error of magnitude minor', () => {
    // 合计 13,649.07 vs 10,528.33 + 3,120.00 = 13,648.33: off by 0.74, less than 13.649 (0.1 %).
    const grid = gridFromStrings({
      title: '财政拨款支出预算表',
      headRows: 1,
      rows: [
        ['功能科目代码', '功能科目名称', '金额'],
        ['', '合计', '13,649.07'],
        ['201', '一般公共服务支出', '10,528.33'],
        ['208', '社会保障和就业支出', '3,120.00'],
      ],
    });
    expect(errors(run(grid)).map((f) => [f.stated, f.expected, f.magnitude])).toEqual([['13649.07', '13648.33', 'minor']]);
  });
});
