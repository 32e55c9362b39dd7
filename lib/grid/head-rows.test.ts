import { describe, expect, it } from 'vitest';
import { rawRows } from '../../test/detect/raw-rows.ts';
import { countHeadRows, isColumnNumberRow, isDataRow, rowOrigins } from './head-rows.ts';
import { placeCells } from './place-cells.ts';

function heads(spec: string[], explicitOnly = false): number {
  const rows = rawRows(spec);
  return countHeadRows(placeCells(rows), rows, explicitOnly);
}

function originsOf(spec: string[], r = 0) {
  return rowOrigins(placeCells(rawRows(spec)), r);
}

describe('isColumnNumberRow', () => {
  it('knows the ※ 1 2 3 row and the 栏次 row', () => {
    expect(isColumnNumberRow(originsOf(['※|※|※|※|1|2|3']))).toBe(true);
    expect(isColumnNumberRow(originsOf(['栏次|1|2|3|4']))).toBe(true);
    expect(isColumnNumberRow(originsOf(['1|2']))).toBe(true);
  });
  it('is not fooled by codes or amounts', () => {
    expect(isColumnNumberRow(originsOf(['201|03|01|行政运行']))).toBe(false);
    expect(isColumnNumberRow(originsOf(['※|2|3']))).toBe(false); // must start at 0 or 1
    expect(isColumnNumberRow(originsOf(['※|1|3']))).toBe(false);
    expect(isColumnNumberRow(originsOf(['※|1']))).toBe(false);
  });
});

describe('isDataRow', () => {
  it('sees amounts, blank markers, codes and a lone total label', () => {
    expect(isDataRow(originsOf(['一、本年收入|515.38']))).toBe(true);
    expect(isDataRow(originsOf(['工资福利支出|-|-']))).toBe(true);
    expect(isDataRow(originsOf(['201 一般公共服务支出|']))).toBe(true);
    expect(isDataRow(originsOf(['|||合 计||']))).toBe(true);
  });
  it('sees header labels as header', () => {
    expect(isDataRow(originsOf(['项 目|预算数|功能分类|预算数']))).toBe(false);
    expect(isDataRow(originsOf(['类|款|项']))).toBe(false);
    expect(isDataRow(originsOf(['项目|2022|2023']))).toBe(false); // years are labels
    expect(isDataRow(originsOf(['功能分类|合计|基本支出']))).toBe(false); // 合计 among other labels is a column label
  });
});

describe('countHeadRows', () => {
  it('counts a Word header in <td> up to the first data row (表1 收支总体情况表: 2)', () => {
    expect(heads(['收 入@c2|支 出@c2', '项 目|预算数|功能分类|预算数', '一、本年收入|515.38|201 一般公共服务支出|450.28'])).toBe(2);
  });
  it('extends the header over rowspans and includes the column-number row (002 表3: 4)', () => {
    expect(
      heads(['科目@c4|支出预算@c3', '编码@c3|名称@r2|合计@r2|基本支出@r2|项目支出@r2', '类|款|项', '※|※|※|※|1|2|3', '|||总计|524.92|399.92|125.00']),
    ).toBe(4);
  });
  it('stops before a lone 合计 row with no amounts (000 表7, an empty table)', () => {
    expect(heads(['科目编码@c3|科目名称@r2|合计@r2', '类|款|项', '||||合计|'])).toBe(2);
  });
  it('counts every row of a header-only table (002 表8: 4)', () => {
    expect(heads(['科目@c4|支出@c2', '编码@c3|名称@r2|合计@r2|基本支出', '类|款|项|人员经费', '※|※|※|※|1|2'])).toBe(4);
  });
  it('uses <thead> when the page has one, plus a column-number row after it', () => {
    expect(heads(['H:#收入@c2|#支出@c2', 'H:#项目|#预算数|#功能分类|#预算数', '一、本年收入|515.38|201|450.28'])).toBe(2);
    expect(heads(['H:#项目|#合计|#其中', '※|1|2', '合计|5.00|5.00'])).toBe(2);
  });
  it('uses rows of <th> without <thead>', () => {
    expect(heads(['#项目|#金额', '#小计|#', 'a|b'])).toBe(2);
  });
  it('gives forms no header unless they have <thead>', () => {
    expect(heads(['预算单位|某局@c3', '项目名称|某项目|项目负责人|某人', '一级指标|二级指标|三级指标|指标值'], true)).toBe(0);
    expect(heads(['H:#指标|#值', 'a|b'], true)).toBe(1);
  });
  it('does not believe a header of more than 8 rows of text', () => {
    expect(heads(Array.from({ length: 12 }, (_, i) => `说明${i}|文字`))).toBe(1);
  });
});
