import { describe, expect, it } from 'vitest';
import { gridFromStrings } from '../../test/helpers/grid-from-strings.ts';
import { spannedValueCols } from './spanned-value.ts';
import { analyzeStructure, valueColOf } from './table-structure.ts';

/** The foot of 江苏省政协办公厅2019年预算公开表 公开01表 收支预算总表 (pdftotext -layout): two expenditure lists, one 合计. */
const JIANGSU_OVERVIEW_FOOT = gridFromStrings({
  title: '收支预算总表',
  headRows: 1,
  rows: [
    ['项目名称', '金额', '功能科目名称', '金额', '项目名称', '金额'],
    ['一、财政拨款', '13,297.11', '一、一般公共服务支出', '10,271.56', '一、基本支出', '6,522.75'],
    ['1.一般公共预算', '13,297.11', '二、社会保障和就业支出', '858.51', '二、项目支出', '4,968.34'],
    ['2.政府性基金预算', '', '三、住房保障支出', '2,247.04', '三、单位预留机动经费', '1,886.02'],
    ['二、财政专户管理资金', '', '', '', '', ''],
    ['三、其他资金', '80.00', '', '', '', ''],
    ['当年收入小计', '13,377.11', '当年支出小计', '当年支出小计', '当年支出小计', '13,377.11'],
    ['上年结转资金', '', '结转下年资金', '结转下年资金', '结转下年资金', ''],
    ['收入合计', '13,377.11', '支出合计', '支出合计', '支出合计', '13,377.11'],
  ],
  spans: [6, 7, 8].map((row) => ({ row, col: 2, rowSpan: 1, colSpan: 3 })),
});

describe('spannedValueCols', () => {
  it('points a list’s amount column, spanned over by the row label, at the amount beside the label', () => {
    expect(spannedValueCols(JIANGSU_OVERVIEW_FOOT, 8, [2], [3], new Set([1, 3, 5]))).toEqual({ 3: 5 });
    // The second list's own amount column is not spanned over.
    expect(spannedValueCols(JIANGSU_OVERVIEW_FOOT, 8, [4], [5], new Set([1, 3, 5]))).toBeUndefined();
    // An ordinary row has its own amount.
    expect(spannedValueCols(JIANGSU_OVERVIEW_FOOT, 1, [2], [3], new Set([1, 3, 5]))).toBeUndefined();
  });

  it('finds nothing when the cell after the span is not an amount column', () => {
    expect(spannedValueCols(JIANGSU_OVERVIEW_FOOT, 8, [2], [3], new Set([1, 3]))).toBeUndefined();
  });
});

describe('analyzeStructure on the 收支预算总表 foot', () => {
  it('reads 当年收入小计 / 当年支出小计 as totals, and the 功能分类 list’s 支出合计 from the last column', () => {
    const { segments } = analyzeStructure(JIANGSU_OVERVIEW_FOOT);
    expect(segments.map((s) => s.valueCols)).toEqual([[1], [3], [5]]);
    const total = segments[1].rows.find((r) => r.name === '支出合计');
    expect(total?.role).toBe('total');
    expect(valueColOf(total!, 3)).toBe(5);
    expect(segments[0].rows.find((r) => r.name === '当年收入小计')?.role).toBe('total');
    expect(segments[2].rows.find((r) => r.name === '当年支出小计')?.role).toBe('total');
  });
});
