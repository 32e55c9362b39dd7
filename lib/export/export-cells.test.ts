import { describe, expect, it } from 'vitest';
import { hostileTable, incomeTable, performanceTable } from '../../test/export/fixtures.ts';
import { codeColumns, type ExportCell, exportCells, repeatsIntoCoveredCells } from './export-cells.ts';

function at(cells: ExportCell[][], r: number, c: number): ExportCell {
  return cells[r][c];
}

describe('exportCells', () => {
  it('finds the code columns from the header: 科目编码 and its 类/款/项, not 名称 or amounts', () => {
    expect(codeColumns(incomeTable())).toEqual([true, true, true, false, false, false, false, false]);
    expect(codeColumns(hostileTable())).toEqual([true, false, false, false]);
  });

  it('keeps 科目编码 as text: "201", "03", "01", "50", "2010301"', () => {
    const cells = exportCells(incomeTable());
    expect(at(cells, 4, 0)).toMatchObject({ kind: 'text', code: true, text: '201' });
    expect(at(cells, 4, 1)).toMatchObject({ kind: 'text', code: true, text: '03' });
    expect(at(cells, 4, 2)).toMatchObject({ kind: 'text', code: true, text: '01' });
    expect(at(cells, 5, 2)).toMatchObject({ kind: 'text', code: true, text: '50' });
    expect(at(exportCells(hostileTable()), 1, 0)).toMatchObject({ kind: 'text', code: true, text: '2010301' });
  });

  it('takes a leading-zero integer outside a code column as a code too ("03" under 备注)', () => {
    expect(at(exportCells(hostileTable()), 1, 3)).toMatchObject({ kind: 'text', code: true, text: '03' });
  });

  it('writes amounts plain with the decimals written: separators dropped, brackets → minus, percent kept apart', () => {
    const cells = exportCells(hostileTable());
    expect(at(cells, 1, 2)).toMatchObject({ kind: 'number', plain: '1566.00', number: 1566, decimals: 2 });
    expect(at(cells, 2, 2)).toMatchObject({ kind: 'number', plain: '-3.20', number: -3.2, decimals: 2 });
    expect(at(cells, 3, 2)).toMatchObject({ kind: 'number', plain: '-12.50', number: -12.5 });
    expect(at(cells, 4, 2)).toMatchObject({ kind: 'number', plain: '12.5', number: 12.5, percent: true });
    expect(at(cells, 9, 2)).toMatchObject({ kind: 'number', plain: '1234567.89', text: '1,234,567.89' });
    // An amount in an 金额 column is not a code even though it is an integer.
    expect(at(cells, 10, 2)).toMatchObject({ kind: 'number', plain: '7', percent: false });
  });

  it('keeps blank markers and unreadable numbers as what they are', () => {
    const cells = exportCells(hostileTable());
    expect(at(cells, 5, 2)).toMatchObject({ kind: 'blank', text: '—' });
    expect(at(cells, 6, 2)).toMatchObject({ kind: 'blank', text: '' });
    expect(at(cells, 7, 2)).toMatchObject({ kind: 'invalid', text: '12.3.4' });
  });

  it('marks covered cells and gives them the origin text', () => {
    const cells = exportCells(incomeTable());
    expect(at(cells, 0, 0)).toMatchObject({ covered: false, text: '功能分类科目编码' });
    expect(at(cells, 0, 2)).toMatchObject({ covered: true, text: '功能分类科目编码' });
    expect(at(cells, 1, 3)).toMatchObject({ covered: true, text: '功能分类科目名称' });
    expect(at(cells, 1, 0)).toMatchObject({ covered: false, text: '类' });
  });

  it('repeats merged labels but never a merged amount', () => {
    const cells = exportCells(performanceTable());
    // "90" spans columns 2–3 of row 2: the covered half must stay empty.
    expect(at(cells, 2, 3)).toMatchObject({ kind: 'number', covered: true, plain: '90' });
    expect(repeatsIntoCoveredCells(at(cells, 2, 3))).toBe(false);
    expect(repeatsIntoCoveredCells(at(cells, 2, 2))).toBe(true);
    // "产出指标" spans rows 4–6 of column 0.
    expect(at(cells, 6, 0)).toMatchObject({ kind: 'text', covered: true, text: '产出指标' });
    expect(repeatsIntoCoveredCells(at(cells, 6, 0))).toBe(true);
  });

  it('pads a short row instead of throwing', () => {
    const grid = incomeTable();
    grid.rows[3] = grid.rows[3].slice(0, 2);
    const cells = exportCells(grid);
    expect(cells[3]).toHaveLength(8);
    expect(at(cells, 3, 7)).toMatchObject({ kind: 'blank', text: '' });
  });
});
