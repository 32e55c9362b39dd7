import { describe, expect, it } from 'vitest';
import { fixtureGrids, incomeTable, performanceTable } from './fixtures.ts';

describe('buildGrid (test helper)', () => {
  it('expands spans into every covered cell and points them at the origin', () => {
    const grid = incomeTable();
    expect(grid.width).toBe(8);
    expect(grid.rows[0][2]).toMatchObject({ text: '功能分类科目编码', originRow: 0, originCol: 0 });
    expect(grid.rows[1][3]).toMatchObject({ text: '功能分类科目名称', originRow: 0, originCol: 3 });
    expect(grid.rows[4][4].value).toMatchObject({ kind: 'number', amount: { decimals: 2 } });
    expect(grid.pieces).toBe(2);
  });

  it('builds column paths with a spanning label counted once', () => {
    const grid = incomeTable();
    expect(grid.colPaths[0]).toEqual(['功能分类科目编码', '类']);
    expect(grid.colPaths[3]).toEqual(['功能分类科目名称']);
    expect(grid.colPaths[6]).toEqual(['财 政 拨 款 ( 补 助 )', '一般公共 预算']);
    expect(performanceTable().colPaths).toEqual([[], [], [], [], [], []]);
  });

  it('reads the shared fixtures with their expected column paths', () => {
    const pages = fixtureGrids();
    expect(pages.map((p) => p.tables.length)).toEqual([10, 13, 13]);
    const t2 = pages[0].tables[1];
    expect(t2.colPaths[5]).toEqual(['财 政 拨 款 ( 补 助 )', '财政拨款 (补助)小 计']);
    expect(t2.pieceStarts).toEqual([10]);
  });
});
