import { describe, expect, it } from 'vitest';
import { rawRows } from '../../test/detect/raw-rows.ts';
import type { GridCell } from '../model.ts';
import { buildGrid } from './build-grid.ts';

const texts = (rows: GridCell[][]) => rows.map((row) => row.map((cell) => cell.text));

describe('buildGrid', () => {
  it('builds the grid of 表10 三公经费 (Word: header in <td>, rowspan and colspan)', () => {
    const g = buildGrid(
      rawRows([
        '三公支出内容@r2|合计@r2|资金来源@c3',
        '一般公共预算|政府性基金|国有资本经营预算',
        '合计|5.20|5.20||',
        '因公出国（境）费|1.00|1.00||',
      ]),
    );
    expect(g.headRows).toBe(2);
    expect(g.width).toBe(5);
    expect(texts(g.rows)).toEqual([
      ['三公支出内容', '合计', '资金来源', '资金来源', '资金来源'],
      ['三公支出内容', '合计', '一般公共预算', '政府性基金', '国有资本经营预算'],
      ['合计', '5.20', '5.20', '', ''],
      ['因公出国（境）费', '1.00', '1.00', '', ''],
    ]);
    expect(g.spans).toEqual([
      { row: 0, col: 0, rowSpan: 2, colSpan: 1 },
      { row: 0, col: 1, rowSpan: 2, colSpan: 1 },
      { row: 0, col: 2, rowSpan: 1, colSpan: 3 },
    ]);
    expect(g.colPaths).toEqual([['三公支出内容'], ['合计'], ['资金来源', '一般公共预算'], ['资金来源', '政府性基金'], ['资金来源', '国有资本经营预算']]);
    expect(g.precision).toBe(2);
    // A covered slot points at its origin; consumers count its value once.
    expect(g.rows[1][0]).toMatchObject({ originRow: 0, originCol: 0, text: '三公支出内容' });
    expect(g.rows[0][4]).toMatchObject({ originRow: 0, originCol: 2 });
    expect(g.rows[2][1].value).toMatchObject({ kind: 'number' });
    expect(g.rows[2][3].value).toEqual({ kind: 'blank' });
  });

  it('keeps the source cells as anchors', () => {
    const g = buildGrid(rawRows(['项目|金额', 'a|1.00']));
    expect(g.rows[1][1].anchor).toBe('r1c1');
  });

  it('pads short rows with empty cells that are their own origin', () => {
    const g = buildGrid(rawRows(['项目|上年|本年', '合计|1.00']));
    expect(g.rows[1][2]).toMatchObject({ text: '', value: { kind: 'blank' }, originRow: 1, originCol: 2 });
    expect(g.notes).toEqual([]);
  });

  it('right-aligns the 16-cell 合计 row of a 15-column table (seed 000 表2, T5) and says so', () => {
    const header = ['类|款|项|名称|总计|小计|一般公共预算|上级转移支付|基金|上级基金|国资|财政专户|单位资金|结转|非财政结转'];
    const total = '|||合 计|515.38|418.36|418.36|||||||97.0 2||';
    expect(total.split('|')).toHaveLength(16);
    const g = buildGrid(rawRows([...header, total]));
    expect(g.width).toBe(15);
    expect(g.rows[1][12].text).toBe('97.0 2'); // 单位资金, not 财政拨款结转
    expect(g.rows[1][13].text).toBe('');
    expect(g.notes).toHaveLength(1);
    expect(g.notes[0]).toMatch(/^第2行.*right-aligned/);
  });

  it('drops columns that only an overlong colspan made', () => {
    // 本年 spans columns 2–5, but no cell starts in columns 3–5.
    const g = buildGrid(rawRows(['项目|上年|本年@c4', '合计|1.00|2.00']));
    expect(g.width).toBe(3);
    expect(g.spans).toEqual([]);
    expect(g.notes[0]).toMatch(/dropped 3 column/);
  });

  it('keeps the alignment of a Word table whose rows all use colspans (no row has a cell per column)', () => {
    // HTML columns: 甲 0–2, 乙 3; 丙 0, 丁 1–3. No cell starts in column 2, so it goes; the rest keeps its alignment.
    const g = buildGrid(rawRows(['甲@c3|乙', '丙|丁@c3']));
    expect(g.width).toBe(3);
    expect(g.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['甲', '甲', '乙'],
      ['丙', '丁', '丁'],
    ]);
    expect(g.spans).toEqual([
      { row: 0, col: 0, rowSpan: 1, colSpan: 2 },
      { row: 1, col: 1, rowSpan: 1, colSpan: 2 },
    ]);
  });

  it('caps a rowspan running past the end of the table', () => {
    const g = buildGrid(rawRows(['项目|金额', '合计@r99|1.00', '2.00']));
    expect(g.rows).toHaveLength(3);
    expect(g.spans).toEqual([{ row: 1, col: 0, rowSpan: 2, colSpan: 1 }]);
  });

  it('treats a form (绩效目标表) as having no header', () => {
    const g = buildGrid(rawRows(['预算单位|某局@c2', '一级指标|二级指标|指标值', '产出指标|数量指标|5']), { form: true });
    expect(g.headRows).toBe(0);
    expect(g.colPaths).toEqual([[], [], []]);
    expect(g.precision).toBe(0);
  });

  it('gives an empty table a width and no rows', () => {
    const g = buildGrid([]);
    expect(g).toMatchObject({ rows: [], width: 0, headRows: 0, spans: [], colPaths: [] });
  });
});
