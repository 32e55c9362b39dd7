import { describe, expect, it } from 'vitest';
import { rawRows } from '../../test/detect/raw-rows.ts';
import { columnPaths } from './col-paths.ts';
import { placeCells } from './place-cells.ts';

describe('columnPaths', () => {
  it('gives each merged label once, top-down, without the column-number row (002 表3)', () => {
    const p = placeCells(rawRows(['科目@c4|支出预算@c3', '编码@c3|名称@r2|合计@r2|基本支出@r2|项目支出@r2', '类|款|项', '※|※|※|※|1|2|3']));
    expect(columnPaths(p, 4, [0, 1, 2, 3, 4, 5, 6])).toEqual([
      ['科目', '编码', '类'],
      ['科目', '编码', '款'],
      ['科目', '编码', '项'],
      ['科目', '名称'],
      ['支出预算', '合计'],
      ['支出预算', '基本支出'],
      ['支出预算', '项目支出'],
    ]);
  });
  it('normalises whitespace to single spaces and skips empty header cells (plain pages)', () => {
    const p = placeCells(rawRows(['财 政\n拨 款||', '小 计|一般公共  预算|']));
    expect(columnPaths(p, 2, [0, 1, 2])).toEqual([['财 政 拨 款', '小 计'], ['一般公共 预算'], []]);
  });
  it('does not repeat a label that a flat export writes again in the row below', () => {
    const p = placeCells(rawRows(['项目|合计', '项目|合计', 'a|1']));
    expect(columnPaths(p, 2, [0, 1])).toEqual([['项目'], ['合计']]);
  });
});
