import { describe, expect, it } from 'vitest';
import type { RawCell, RawTable } from '../model.ts';
import { joinCutRow, respanColumns, sharedColumns } from './page-break.ts';

/** A cell of a lattice table: text, its box's left and right x, and spans. */
function cell(text: string, x0: number, x1: number, rowSpan = 1, colSpan = 1): RawCell {
  return { text, rowSpan, colSpan, header: false, anchor: { kind: 'pdf', page: 1, box: { x0, x1, top: 0, bottom: 10 } } };
}
const table = (...rows: RawCell[][]): RawTable => ({ rows: rows.map((cells) => ({ cells })), depth: 0 });
const texts = (t: RawTable) => t.rows.map((r) => r.cells.map((c) => `${c.text}${c.colSpan > 1 || c.rowSpan > 1 ? `{${c.rowSpan}x${c.colSpan}}` : ''}`));

describe('sharedColumns', () => {
  it('joins the column lines of two pieces with the same outer edges', () => {
    expect(sharedColumns([0, 100, 300], [0.5, 100, 200, 299.5])).toEqual([0, 100, 200, 299.5]);
  });

  it('refuses pieces whose outer edges differ: two tables, not one', () => {
    expect(sharedColumns([0, 100, 300], [50, 100, 300])).toBeNull();
  });
});

describe('respanColumns', () => {
  it('gives a cell over a column line it hid a colSpan', () => {
    // 预算单位 | 克州人民政府外事办公室 (over two columns drawn on the next page only).
    const piece = table([cell('预算单位', 0, 100), cell('克州人民政府外事办公室', 100, 300)]);
    expect(texts(respanColumns(piece, [0, 100, 200, 300])!)).toEqual([['预算单位', '克州人民政府外事办公室{1x2}']]);
  });

  it('changes nothing when the piece already has the columns', () => {
    expect(respanColumns(table([cell('a', 0, 100), cell('b', 100, 200)]), [0, 100, 200])).toBeNull();
  });
});

describe('joinCutRow', () => {
  it('writes the top half of a cut row into the last row of the piece before, column by column', () => {
    const before = table([cell('208', 0, 50), cell('社会保障和就', 50, 150), cell('74.85', 150, 200)]);
    const after = table(
      [cell('', 0, 50), cell('业支出', 50, 150), cell('', 150, 200)],
      [cell('208', 0, 50), cell('行政事业单位养老支出', 50, 150), cell('74.85', 150, 200)],
    );
    expect(joinCutRow(before, after)).toBe(true);
    expect(texts(before)).toEqual([['208', '社会保障和就业支出', '74.85']]);
    expect(texts(after)).toEqual([['208', '行政事业单位养老支出', '74.85']]);
  });

  it('writes into a cell that spans down into the cut row from above', () => {
    const before = table([cell('产出指标', 0, 50, 2), cell('数量指标', 50, 100)], [cell('质量', 50, 100)]);
    const after = table([cell('（续）', 0, 50), cell('指标', 50, 100)]);
    expect(joinCutRow(before, after)).toBe(true);
    expect(texts(before)).toEqual([['产出指标（续）{2x1}', '数量指标'], ['质量指标']]);
    expect(after.rows).toEqual([]);
  });

  it('leaves rows with different cells apart', () => {
    const before = table([cell('项目总体目标', 0, 100), cell('目标 1', 100, 300)]);
    const after = table([cell('一级指标', 0, 100), cell('二级指标', 100, 200), cell('三级指标', 200, 300)]);
    expect(joinCutRow(before, after)).toBe(false);
    expect(texts(before)).toEqual([['项目总体目标', '目标 1']]);
    expect(after.rows).toHaveLength(1);
  });
});
