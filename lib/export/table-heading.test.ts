import { describe, expect, it } from 'vitest';
import { incomeTable, performanceTable } from '../../test/export/fixtures.ts';
import { tableHeading, tableMetaLines } from './table-heading.ts';

describe('tableHeading / tableMetaLines', () => {
  it('names a table by 表N and title, or by title alone, or by position', () => {
    expect(tableHeading(incomeTable())).toBe('表2 单位收入总体情况表');
    expect(tableHeading(performanceTable())).toBe('项目支出绩效目标表');
    const untitled = performanceTable();
    untitled.title = '  ';
    expect(tableHeading(untitled)).toBe('表格 9');
  });

  it('adds 单位 only when no meta line states it', () => {
    const grid = incomeTable();
    expect(tableMetaLines(grid)).toEqual(['编制单位：克孜勒苏柯尔克孜自治州人民政府外事办公室', '单位：万元']);
    grid.meta = ['编制单位：克孜勒苏柯尔克孜自治州人民政府外事办公室      单位：万元'];
    expect(tableMetaLines(grid)).toEqual(grid.meta);
    grid.meta = ['编制单位：X'];
    expect(tableMetaLines(grid)).toEqual(['编制单位：X', '单位：万元']);
    // A table in 元 under a line that says 万元 (a page mixing units) gets its own unit stated.
    grid.unit = { name: '元', scale: 1 };
    grid.meta = ['单位：万元'];
    expect(tableMetaLines(grid)).toEqual(['单位：万元', '单位：元']);
  });
});
