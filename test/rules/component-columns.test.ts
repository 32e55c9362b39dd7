import { describe, expect, it } from 'vitest';
import { componentColumns } from '../../lib/rules/component-columns.ts';
import { gridFromStrings } from '../helpers/grid-from-strings.ts';
import { expectedGrids } from '../helpers/seed-fixtures.ts';
import { runRules } from './run-rules.ts';

const run = (grids: Parameters<typeof runRules>[0]) => runRules(grids, [componentColumns]);

// [000] 表5 as printed, header in three rows like the template.
const t5Rows = (total201: string) => [
  ['项目', '项目', '项目', '项目', '一般公共预算支出', '一般公共预算支出', '一般公共预算支出'],
  ['类', '款', '项', '功能分类科目名称', '合计', '基本支出', '项目支出'],
  ['201', '', '', '一般公共服务支出', total201, '353.26', '97.02'],
  ['201', '03', '01', '行政运行', '353.26', '353.26', ''],
  ['208', '', '', '社会保障和就业支出', '65.10', '65.10', ''],
  ['', '', '', '合计', '515.38', '418.36', '97.02'],
];

describe('component-columns', () => {
  it('fires on a typo in a 合计 cell of 一般公共预算支出情况表: 合计 = 基本支出 + 项目支出 (T5.1)', () => {
    const grid = gridFromStrings({ title: '一般公共预算支出情况表', headRows: 2, rows: t5Rows('450.38') });
    const report = run([grid]);
    expect(report.findings).toHaveLength(1);
    // 353.26 + 97.02 = 450.28, stated 450.38: diff +0.10, beyond the tolerance 3 × 0.005.
    expect(report.findings[0]).toMatchObject({
      rule: 'component-columns',
      severity: 'error',
      kind: 'mismatch',
      tableId: 't0',
      rowLabel: '201 一般公共服务支出',
      colLabel: '一般公共预算支出 › 合计',
      stated: '450.38',
      expected: '450.28',
      diff: '+0.10',
      cells: [
        { tableId: 't0', row: 2, col: 4 },
        { tableId: 't0', row: 2, col: 5 },
        { tableId: 't0', row: 2, col: 6 },
      ],
    });
    expect(report.findings[0].message).toBe(
      '「201 一般公共服务支出 / 一般公共预算支出 › 合计」合计 450.38 与基本支出＋项目支出之和 450.28 不符（差 +0.10）',
    );
    // 4 non-blank rows, each one check.
    expect(report.tallies[0]).toMatchObject({ checks: 4, passed: 3, errors: 1 });
  });

  it('stays silent on the rounding case, reporting it as information: [002] 表6 总计 399.92 vs 385.47 + 14.44', () => {
    const report = run(expectedGrids('002_985e1de26a38a1db'));
    const t6 = report.findings.filter((f) => f.tableTitle?.startsWith('表6'));
    expect(t6).toHaveLength(1);
    expect(t6[0]).toMatchObject({ severity: 'info', kind: 'rounding', stated: '399.92', expected: '399.91', diff: '+0.01' });
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('T2: checks 总计 = 小计 + other sources and 小计 = Σ its siblings, and finds a wrong 小计', () => {
    const header1 = ['类', '款', '项', '科目名称', '总计', '财政拨款（补助）', '财政拨款（补助）', '财政拨款（补助）', '单位资金'];
    const header2 = ['类', '款', '项', '科目名称', '总计', '小计', '一般公共预算', '政府性基金预算', '单位资金'];
    const grid = gridFromStrings({
      title: '部门收入总体情况表',
      headRows: 2,
      rows: [header1, header2, ['201', '', '', '一般公共服务支出', '399.81', '324.81', '314.81', '', '75.00']],
    });
    const findings = run([grid]).findings;
    // 总计 399.81 = 小计 324.81 + 单位资金 75.00 holds; 小计 324.81 ≠ 314.81 + (blank).
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', stated: '324.81', expected: '314.81' });
    expect(findings[0].cells[0]).toEqual({ tableId: 't0', row: 2, col: 5 });
  });

  it('keeps side-by-side lists apart: 收入 预算数 is never added to 支出 预算数', () => {
    const grid = gridFromStrings({
      title: '收支总体情况表',
      headRows: 2,
      rows: [
        ['收入', '收入', '支出', '支出'],
        ['项目', '预算数', '功能分类', '预算数'],
        ['一、本年收入', '515.38', '201 一般公共服务支出', '450.28'],
        ['收入总计', '515.38', '支出总计', '515.38'],
      ],
    });
    const report = run([grid]);
    expect(report.findings).toEqual([]);
    expect(report.tallies[0].checks).toBe(0);
  });

  it('outside the standard set, trusts a total-named column only where the rows bear it out', () => {
    const rows = (third: string) => [
      ['单位名称', '合计', '基本支出', '项目支出'],
      ['甲单位', '100.00', '60.00', '40.00'],
      ['乙单位', '50.00', '20.00', '30.00'],
      ['丙单位', third, '10.00', '10.00'],
    ];
    const typo = run([gridFromStrings({ title: '某某情况表', headRows: 1, rows: rows('20.10') })]).findings;
    expect(typo).toHaveLength(1);
    expect(typo[0]).toMatchObject({ severity: 'error', rowLabel: '丙单位', stated: '20.10', expected: '20.00' });

    // 合计 beside columns it does not add (上年数, 增减): fails in most rows → one info note, never an error.
    const noTotal = gridFromStrings({
      title: '某某情况表',
      headRows: 1,
      rows: [
        ['单位名称', '合计', '上年数', '增减'],
        ['甲单位', '100.00', '90.00', '10.00'],
        ['乙单位', '50.00', '60.00', '10.00'],
        ['丙单位', '70.00', '60.00', '30.00'],
      ],
    });
    const rejected = run([noTotal]).findings;
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ severity: 'info', kind: 'note' });
  });

  it('with no total-named column, guesses "first = Σ rest" only on evidence, and says nothing when it is wrong', () => {
    const guessed = gridFromStrings({
      headRows: 1,
      rows: [
        ['单位', '经费', '人员', '公用'],
        ['甲', '100.00', '60.00', '40.00'],
        ['乙', '50.00', '20.00', '30.00'],
        ['丙', '20.50', '10.00', '10.00'],
      ],
    });
    const found = run([guessed]).findings;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', stated: '20.50', expected: '20.00' });

    const unrelated = gridFromStrings({
      headRows: 1,
      rows: [
        ['单位', '2024年', '2023年', '2022年'],
        ['甲', '100.00', '90.00', '80.00'],
        ['乙', '50.00', '40.00', '30.00'],
      ],
    });
    const report = run([unrelated]);
    expect(report.findings).toEqual([]);
    expect(report.tallies[0].checks).toBe(0);
  });
});

describe('component-columns on a header split by measure (the 三公 决算表)', () => {
  // 合计 › 预算数 | 决算数, each item › 预算数 | 决算数: the 预算数 columns add up, and so do the 决算数 columns.
  const header = [
    ['财政拨款“三公”经费', '', '', '', '', '', '', '', '', '', '', ''],
    ['合计', '', '因公出国（境）费', '', '公务用车购置及运行维护费', '', '', '', '', '', '公务接待费', ''],
    ['', '', '', '', '小计', '', '公务用车购置费', '', '公务用车运行维护费', '', '', ''],
    ['预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数'],
  ];
  const spans = [
    { row: 0, col: 0, rowSpan: 1, colSpan: 12 },
    { row: 1, col: 0, rowSpan: 2, colSpan: 2 },
    { row: 1, col: 2, rowSpan: 2, colSpan: 2 },
    { row: 1, col: 4, rowSpan: 1, colSpan: 6 },
    { row: 1, col: 10, rowSpan: 2, colSpan: 2 },
    { row: 2, col: 4, rowSpan: 1, colSpan: 2 },
    { row: 2, col: 6, rowSpan: 1, colSpan: 2 },
    { row: 2, col: 8, rowSpan: 1, colSpan: 2 },
  ];
  const grid = (row: string[]) =>
    gridFromStrings({ title: '财政拨款“三公”经费支出决算表', headRows: 4, rows: [...header, row], spans });

  it('holds: 预算 2.85 = 0 + 0 + 2.85, 决算 0.39 = 0 + 0 + 0.39 (上海市普陀区规划和自然资源局2024)', () => {
    const report = run([grid(['2.85', '0.39', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '2.85', '0.39'])]);
    expect(report.findings).toEqual([]);
    // 合计 and 小计, for each of the two measures.
    expect(report.tallies[0].checks).toBe(4);
  });

  it('a mistyped 运行维护费 决算数 breaks the 决算数 小计 only', () => {
    const report = run([grid(['2.85', '0.39', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.20', '2.85', '0.39'])]);
    expect(report.findings.map((f) => [f.colLabel, f.stated, f.expected])).toEqual([
      ['财政拨款“三公”经费 › 公务用车购置及运行维护费 › 小计 › 决算数', '0.00', '0.20'],
    ]);
  });
});
