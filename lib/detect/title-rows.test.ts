import { describe, expect, it } from 'vitest';
import { rawRows } from '../../test/detect/raw-rows.ts';
import { placeCells } from '../grid/place-cells.ts';
import { headingTableLines, titleRows } from './title-rows.ts';

const strip = (spec: string[]) => titleRows(placeCells(rawRows(spec)));

describe('titleRows', () => {
  it('takes a title cell spanning the first row and a row of meta cells', () => {
    expect(strip(['表1 部门收支总体情况表@c4', '编制部门：某局@c3|单位：万元', '项目|金额|项目|金额', 'a|1|b|2'])).toEqual({
      count: 2,
      lines: ['表1 部门收支总体情况表', '编制部门：某局', '单位：万元'],
    });
  });

  it('takes a title cell with line breaks', () => {
    expect(strip(['表2\n部门收入总体情况表@c2', '项目|金额'])).toEqual({ count: 1, lines: ['表2', '部门收入总体情况表'] });
  });

  it('leaves header rows alone', () => {
    expect(strip(['收 入@c2|支 出@c2', '项 目|预算数|功能分类|预算数'])).toEqual({ count: 0, lines: [] });
    expect(strip(['项目@r2|合计@r2', '', 'a|1'])).toEqual({ count: 0, lines: [] });
  });

  it('leaves at least one row: a one-row table is a table', () => {
    expect(strip(['部门收支总体情况表'])).toEqual({ count: 0, lines: [] });
  });
});

describe('headingTableLines', () => {
  const lines = (spec: string[]) => headingTableLines(placeCells(rawRows(spec)));

  it('reads a small table of title and meta lines', () => {
    expect(lines(['编制部门：某局||单位：万元'])).toEqual(['编制部门：某局', '单位：万元']);
    expect(lines(['表2\n部门收入总体情况表'])).toEqual(['表2', '部门收入总体情况表']);
  });

  it('refuses data, empty tables and tables of contents', () => {
    expect(lines(['项目|预算数', '合计|10.00'])).toBeUndefined();
    expect(lines(['|'])).toBeUndefined();
    const contents = ['一、部门收支总体情况表', '二、部门收入总体情况表', '三、部门支出总体情况表', '四、财政拨款收支总体情况表'];
    expect(lines(contents)).toBeUndefined();
  });
});
