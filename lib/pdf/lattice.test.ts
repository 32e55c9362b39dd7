import { describe, expect, it } from 'vitest';
import { h, run, v } from '../../test/pdf/synthetic.ts';
import { buildGrid, findLatticeTables, latticeToRawTable } from './lattice.ts';

const cellsOf = (rows: { cells: { text: string; rowSpan: number; colSpan: number }[] }[]) =>
  rows.map((r) => r.cells.map((c) => `${c.text}${c.rowSpan > 1 || c.colSpan > 1 ? `{${c.rowSpan}x${c.colSpan}}` : ''}`));

describe('lattice tables', () => {
  it('reads a merged header cell where the line between two columns is missing', () => {
    // 收入 over 项目 | 预算数, 支出 over 功能分类 | 预算数 (表1 收支总表).
    const rulings = [
      h(100, 0, 400),
      h(120, 0, 400),
      h(140, 0, 400),
      h(160, 0, 400),
      v(0, 100, 160),
      v(100, 120, 160), // absent in the first row: 收入 spans two columns
      v(200, 100, 160),
      v(300, 120, 160),
      v(400, 100, 160),
    ];
    const runs = [
      run('收入', 90, 114),
      run('支出', 290, 114),
      run('项目', 10, 134),
      run('预算数', 110, 134),
      run('功能分类', 210, 134),
      run('预算数', 310, 134),
      run('一、本年收入', 10, 154),
      run('515.38', 160, 154),
      run('201 一般公共服务支出', 210, 154, 8),
      run('450.28', 360, 154),
    ];
    const { tables, rest } = findLatticeTables(rulings, runs);
    expect(rest).toEqual([]);
    expect(cellsOf(latticeToRawTable(tables[0], 3).rows)).toEqual([
      ['收入{1x2}', '支出{1x2}'],
      ['项目', '预算数', '功能分类', '预算数'],
      ['一、本年收入', '515.38', '201 一般公共服务支出', '450.28'],
    ]);
  });

  it('reads a cell spanning rows where horizontal lines stop short of it', () => {
    // 一般公共预算资金 beside 小计 / 公共财政拨款(补助)资金 / 专项收入 (收入预算总表 in the Jiangsu PDFs).
    const rulings = [h(0, 0, 300), h(20, 100, 300), h(40, 100, 300), h(60, 0, 300), v(0, 0, 60), v(100, 0, 60), v(300, 0, 60)];
    const runs = [run('一般公共预算资金', 5, 34, 8), run('小计', 110, 14), run('公共财政拨款', 110, 34), run('专项收入', 110, 54)];
    const { tables } = findLatticeTables(rulings, runs);
    expect(cellsOf(latticeToRawTable(tables[0], 1).rows)).toEqual([['一般公共预算资金{3x1}', '小计'], ['公共财政拨款'], ['专项收入']]);
  });

  it('cuts a run that crosses a drawn border (pdf.js joined two cells into one item)', () => {
    const rulings = [h(0, 0, 200), h(20, 0, 200), v(0, 0, 20), v(100, 0, 20), v(200, 0, 20)];
    // "24,458.43" right-aligned in the first cell and "一、支出" in the second, read as one run.
    const joined = run('24,458.43一、支出', 48, 14);
    expect(joined.charX[9]).toBeCloseTo(97.5, 1);
    const { tables } = findLatticeTables(rulings, [joined]);
    expect(cellsOf(latticeToRawTable(tables[0], 1).rows)).toEqual([['24,458.43', '一、支出']]);
  });

  it('keeps the text of a wrapped cell together, without a space between Chinese lines', () => {
    const rulings = [h(0, 0, 200), h(40, 0, 200), v(0, 0, 40), v(100, 0, 40), v(200, 0, 40)];
    const runs = [run('政府办公厅(室)', 2, 14, 9), run('及相关机构事务', 2, 30, 9), run('450.28', 150, 22)];
    const { tables } = findLatticeTables(rulings, runs);
    expect(cellsOf(latticeToRawTable(tables[0], 1).rows)).toEqual([['政府办公厅(室)及相关机构事务', '450.28']]);
  });

  it('does not take a frame around a paragraph for a table', () => {
    expect(buildGrid([h(0, 0, 300), h(100, 0, 300), v(0, 0, 100), v(300, 0, 100)])).toBeNull();
  });

  it('closes a table whose last row was cut by the page break (no bottom line drawn)', () => {
    // Chromium cuts a tall row at the foot of the page and draws its side borders down to the cut only.
    const rulings = [h(700, 0, 200), h(720, 0, 200), v(0, 700, 800), v(100, 700, 800), v(200, 700, 800)];
    const grid = buildGrid(rulings);
    expect(grid?.ys.map(Math.round)).toEqual([700, 720, 800]);
    const { tables } = findLatticeTables(rulings, [run('项目总体目标', 5, 760, 8), run('目标 1', 110, 760)]);
    expect(cellsOf(latticeToRawTable(tables[0], 6).rows)).toEqual([
      ['', ''],
      ['项目总体目标', '目标 1'],
    ]);
  });

  it('anchors every cell to its box on the page', () => {
    const rulings = [h(0, 0, 200), h(20, 0, 200), h(40, 0, 200), v(0, 0, 40), v(100, 0, 40), v(200, 0, 40)];
    const { tables } = findLatticeTables(rulings, [run('合计', 5, 34)]);
    const table = latticeToRawTable(tables[0], 4);
    expect(table.page).toBe(4);
    expect(table.rows[1].cells[0].anchor).toEqual({ kind: 'pdf', page: 4, box: { x0: 0, x1: 100, top: 20, bottom: 40 } });
  });
});
