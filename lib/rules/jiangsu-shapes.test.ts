/**
 * The table rules on the shapes of Jiangsu's 部门预算公开表 (江苏省政协办公厅2019年预算公开表.pdf, figures as printed):
 * 收入预算总表 groups its lines under row-spanning labels with a 小计 each; 收支预算总表 closes two side-by-side
 * expenditure lists with one 支出合计 whose label spans the first list's amount column. Both once gave false errors.
 */
import { describe, expect, it } from 'vitest';
import { gridFromStrings } from '../../test/helpers/grid-from-strings.ts';
import { runRules } from '../../test/rules/run-rules.ts';
import type { TableGrid } from '../model.ts';
import { balance } from './balance.ts';
import { columnTotal } from './column-total.ts';
import { listParts } from './list-parts.ts';

const run = (grid: TableGrid) => runRules([grid], [columnTotal, listParts, balance]);

const income = (other: string) =>
  gridFromStrings({
    title: '收入预算总表',
    unit: '万元',
    headRows: 1,
    rows: [
      ['项目名称', '项目名称', '金额'],
      ['收入总计', '收入总计', '13,377.11'],
      ['一般公共预算资金', '小计', '13,297.11'],
      ['一般公共预算资金', '公共财政拨款(补助)资金', '13,297.11'],
      ['一般公共预算资金', '专项收入', ''],
      ['政府性基金', '小计', ''],
      ['其他资金', '小计', '80.00'],
      ['其他资金', '事业收入', ''],
      ['其他资金', '经营收入', ''],
      ['其他资金', '其他收入', other],
    ],
    spans: [
      { row: 0, col: 0, rowSpan: 1, colSpan: 2 },
      { row: 1, col: 0, rowSpan: 1, colSpan: 2 },
      { row: 2, col: 0, rowSpan: 3, colSpan: 1 },
      { row: 6, col: 0, rowSpan: 4, colSpan: 1 },
    ],
  });

describe('收入预算总表: lines grouped under 小计', () => {
  it('checks 收入总计 against the 小计 rows only, and each 小计 against its lines', () => {
    const report = run(income('80.00'));
    expect(report.findings).toEqual([]);
    // 收入总计 13,377.11 = 13,297.11 + 80.00; 13,297.11 = 13,297.11 + blank; 80.00 = 80.00 (政府性基金: all blank).
    expect(report.tallies[0]).toMatchObject({ checks: 3, passed: 3 });
  });

  it('reports a line that breaks its group’s 小计, once, as an error on that 小计', () => {
    const report = run(income('70.00'));
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      rule: 'list-parts',
      severity: 'error',
      rowLabel: '其他资金 小计',
      stated: '80.00',
      expected: '70.00',
    });
  });
});

const overview = (functionalTotal: string) =>
  gridFromStrings({
    title: '收支预算总表',
    unit: '万元',
    headRows: 2,
    rows: [
      ['收入', '收入', '支出', '支出', '支出', '支出'],
      ['项目名称', '金额', '功能科目名称', '金额', '项目名称', '金额'],
      ['一、财政拨款', '13,297.11', '一、一般公共服务支出', functionalTotal, '一、基本支出', '6,522.75'],
      ['1.一般公共预算', '13,297.11', '二、社会保障和就业支出', '858.51', '二、项目支出', '4,968.34'],
      ['2.政府性基金预算', '', '三、住房保障支出', '2,247.04', '三、单位预留机动经费', '1,886.02'],
      ['二、财政专户管理资金', '', '', '', '', ''],
      ['三、其他资金', '80.00', '', '', '', ''],
      ['当年收入小计', '13,377.11', '当年支出小计', '当年支出小计', '当年支出小计', '13,377.11'],
      ['上年结转资金', '', '结转下年资金', '结转下年资金', '结转下年资金', ''],
      ['收入合计', '13,377.11', '支出合计', '支出合计', '支出合计', '13,377.11'],
    ],
    spans: [
      { row: 0, col: 0, rowSpan: 1, colSpan: 2 },
      { row: 0, col: 2, rowSpan: 1, colSpan: 4 },
      ...[7, 8, 9].map((row) => ({ row, col: 2, rowSpan: 1, colSpan: 3 })),
    ],
  });

describe('收支预算总表: 当年小计 and a 支出合计 spanning the 功能分类 amount column', () => {
  it('finds every relation holding', () => {
    const report = run(overview('10,271.56'));
    expect(report.findings).toEqual([]);
    // 收入: 当年收入小计 13,377.11 = 13,297.11 + 0 + 80.00; 收入合计 = 当年收入小计 + 上年结转 (blank);
    // 一、财政拨款 13,297.11 = 1. 13,297.11 + 2. blank. 功能分类: 10,271.56 + 858.51 + 2,247.04 = 13,377.11, twice
    // (当年支出小计, 支出合计). 支出用途: 6,522.75 + 4,968.34 + 1,886.02 = 13,377.11, twice. Balance: 1.
    expect(report.tallies[0]).toMatchObject({ checks: 8, passed: 8 });
  });

  it('still catches a 功能分类 line that does not add up to the shared 当年支出小计', () => {
    const report = run(overview('10,171.56'));
    // 10,171.56 + 858.51 + 2,247.04 = 13,277.11 ≠ 13,377.11, in the column the spanning label points at.
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({ rule: 'column-total', rowLabel: '当年支出小计', stated: '13377.11', expected: '13277.11' }),
    ]);
    expect(report.findings[0].cells[0]).toEqual({ tableId: 't0', row: 7, col: 5 });
  });
});

/** 江苏省委办公厅2018年度部门预算公开表 p. 13, 2018年政府采购预算表, 一、货物A (first rows of each level). */
const procurement = (first: string, second: string, lines: [string, string, string, string] = ['12.00', '18.00', '6.00', '54.00']) =>
  gridFromStrings({
    title: '2018年政府采购预算表',
    unit: '万元',
    headRows: 1,
    rows: [
      ['采购品目大类', '专项名称', '经济科目', '采购物品名称', '采购组织形式', '总计'],
      ['合计', '', '', '', '', '90.00'],
      ['一、货物A', '', '', '', '', '90.00'],
      ['', '机要及电子政务业务费', '办公设备购置', '', '', first],
      ['', '', '', 'PC服务器', '分散自行组织', lines[0]],
      ['', '', '', '台式计算机（20万以下）', '分散自行组织', lines[1]],
      ['', '办公设备购置费', '办公设备购置', '', '', second],
      ['', '', '', '复印纸', '分散自行组织', lines[2]],
      ['', '', '', '其他办公消耗用品及类似物品', '分散自行组织', lines[3]],
    ],
  });

const listFindings = (grid: TableGrid) =>
  run(grid).findings.filter((f) => f.rule === 'list-parts').map((f) => `${f.severity} ${f.rowLabel}: ${f.stated} vs ${f.expected}`);

describe('政府采购预算表: levels written in different label columns', () => {
  it('adds up each level from the level just below: 一、货物A 90.00 = 30.00 + 60.00; 30.00 = 12.00 + 18.00; 60.00 = 6.00 + 54.00', () => {
    const report = run(procurement('30.00', '60.00'));
    expect(report.findings).toEqual([]);
    // 合计 = 货物A (column-total), 货物A = Σ 专项, and each 专项 = Σ its lines.
    expect(report.tallies[0]).toMatchObject({ checks: 4, passed: 4 });
  });

  it('a 专项 line that is not Σ its lines is an error where the table adds up elsewhere (60.00 = 6.00 + 54.00)', () => {
    // 95.00 ≠ 12.00 + 18.00, and 货物A 90.00 ≠ 95.00 + 60.00: both point at 95.00.
    expect(listFindings(procurement('95.00', '60.00'))).toEqual([
      'error 一、货物A: 90.00 vs 155.00',
      'error 机要及电子政务业务费 办公设备购置: 95.00 vs 30.00',
    ]);
    // A short 专项 line is no partial list here: 50.00 ≠ 6.00 + 54.00 and 货物A 90.00 ≠ 30.00 + 50.00.
    expect(listFindings(procurement('30.00', '50.00'))).toEqual([
      'error 一、货物A: 90.00 vs 80.00',
      'error 办公设备购置费 办公设备购置: 50.00 vs 60.00',
    ]);
    // A changed 采购物品 line: 30.00 ≠ 12.20 + 18.00 (货物A = 30.00 + 60.00 still holds).
    expect(listFindings(procurement('30.00', '60.00', ['12.20', '18.00', '6.00', '54.00']))).toEqual([
      'error 机要及电子政务业务费 办公设备购置: 30.00 vs 30.20',
    ]);
  });

  it('where no level adds up, deeper lines are not taken for parts: notes only', () => {
    // 90.00 ≠ 31.00 + 61.00, 31.00 ≠ 12.00 + 18.00, 61.00 ≠ 6.00 + 54.00: nothing in the table supports the guess.
    expect(listFindings(procurement('31.00', '61.00'))).toEqual([
      'info 一、货物A: 90.00 vs 92.00',
      'info 机要及电子政务业务费 办公设备购置: 31.00 vs 30.00',
      'info 办公设备购置费 办公设备购置: 61.00 vs 60.00',
    ]);
  });
});
