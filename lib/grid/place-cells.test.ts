import { describe, expect, it } from 'vitest';
import { rawRows } from '../../test/detect/raw-rows.ts';
import { type Placement, placeCells } from './place-cells.ts';

/** The grid as texts, '·' for a hole. Covered slots show their origin's text. */
function texts(p: Placement): string[][] {
  return p.owner.map((row) => Array.from({ length: p.width }, (_, c) => row[c]?.text ?? '·'));
}

function origins(p: Placement): string[] {
  return p.cells.map((c) => `${c.text}:${c.row},${c.col} ${c.rowSpan}x${c.colSpan}`);
}

describe('placeCells', () => {
  it('expands the two-row header of 表2 收入总体情况表 (colspan over 类款项, rowspan down)', () => {
    const p = placeCells(rawRows(['编码@c3|名称@r2|总计@r2|财政拨款@c2', '类|款|项|小计|一般公共预算', '201|03|01|行政运行|1.00|1.00|1.00']));
    expect(texts(p)).toEqual([
      ['编码', '编码', '编码', '名称', '总计', '财政拨款', '财政拨款'],
      ['类', '款', '项', '名称', '总计', '小计', '一般公共预算'],
      ['201', '03', '01', '行政运行', '1.00', '1.00', '1.00'],
    ]);
    expect(p.width).toBe(7);
    expect(origins(p).slice(0, 4)).toEqual(['编码:0,0 1x3', '名称:0,3 2x1', '总计:0,4 2x1', '财政拨款:0,5 1x2']);
  });

  it('parses each cell once and normalises its whitespace', () => {
    const p = placeCells(rawRows(['\u00a0合 \u3000计 |97.0 2|-']));
    expect(p.cells.map((c) => c.text)).toEqual(['合 计', '97.0 2', '-']);
    expect(p.cells.map((c) => c.value.kind)).toEqual(['text', 'number', 'blank']);
  });

  it('leaves holes where a row is short', () => {
    const p = placeCells(rawRows(['a|b|c', 'd']));
    expect(texts(p)).toEqual([
      ['a', 'b', 'c'],
      ['d', '·', '·'],
    ]);
  });

  it('caps a rowspan that runs past the end of the table', () => {
    const p = placeCells(rawRows(['a@r50|b', 'c']));
    expect(origins(p)).toEqual(['a:0,0 2x1', 'b:0,1 1x1', 'c:1,1 1x1']);
  });

  it('reads rowspan=0 as "to the end of the row group", and stops rowspans at the group end', () => {
    const p = placeCells(rawRows(['H:a@r0|b', 'H:c', 'd|e', 'f|g']));
    expect(origins(p)).toEqual(['a:0,0 2x1', 'b:0,1 1x1', 'c:1,1 1x1', 'd:2,0 1x1', 'e:2,1 1x1', 'f:3,0 1x1', 'g:3,1 1x1']);
    const q = placeCells(rawRows(['H:a@r9|b', 'x|y']));
    expect(origins(q)[0]).toBe('a:0,0 1x1');
  });

  it('reads colspan=0 and negative or absurd spans safely', () => {
    const p = placeCells(rawRows(['a@c0|b@c-3|c@r-2', 'd|e|f']));
    expect(texts(p)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    // colspan=100000 is read as 1000, the HTML limit (buildGrid then drops the columns no cell starts in).
    const q = placeCells(rawRows(['title@c100000', 'a|b|c|d']));
    expect(q.width).toBe(1000);
    expect(origins(q)[0]).toBe('title:0,0 1x1000');
  });

  it('keeps rows × columns within MAX_GRID_SLOTS however wide the colspans', () => {
    const rows = rawRows(Array.from({ length: 20_000 }, () => Array.from({ length: 10 }, () => 'x@c1000').join('|')));
    const p = placeCells(rows);
    // The widest row has 10 cells; 4,000,000 slots / 20,000 rows allow 200 columns.
    expect(p.width).toBe(200);
    expect(p.cells).toHaveLength(20_000); // each row's first cell reaches the edge; the rest have no room
    expect(p.notes).toEqual(['20000行的单元格超出表格宽度上限（200列），已忽略 / 20000 row(s) had cells past the 200-column limit: ignored']);
  });

  it('narrows a colspan that would overlap a rowspan from above', () => {
    const p = placeCells(rawRows(['a|b@r2|c', 'd@c3']));
    // d starts at column 0 and would cover 0..2, but column 1 is held by b: d covers only column 0.
    expect(origins(p)).toContain('d:1,0 1x1');
    expect(texts(p)[1]).toEqual(['d', 'b', '·']);
  });

  it('rejoins a merged cell that Word cut at a page break (empty cell with rowspan at the piece start)', () => {
    // 000 项目支出绩效目标表: 成本指标 / 经济成本指标 on the last row of the first piece, `<td rowspan=2></td>` below.
    const p = placeCells(rawRows(['成本指标|经济成本指标|上界路建设|10', '@r2|@r2|边界巡查慰问|5', '涉外事务处置|5']), {
      pieceStarts: [1],
    });
    expect(texts(p)).toEqual([
      ['成本指标', '经济成本指标', '上界路建设', '10'],
      ['成本指标', '经济成本指标', '边界巡查慰问', '5'],
      ['成本指标', '经济成本指标', '涉外事务处置', '5'],
    ]);
    expect(origins(p).slice(0, 2)).toEqual(['成本指标:0,0 3x1', '经济成本指标:0,1 3x1']);
    expect(p.notes).toHaveLength(1);
  });

  it('in a form, continues empty leading cells at a piece start even without rowspan (004 项目支出绩效目标表)', () => {
    const rows = rawRows(['成本指标|经济成本指标|复印纸购置费用|10|原始凭证', '||硒鼓购置费用|10|', '效益指标|社会效益指标|促进稳定|20|说明材料']);
    const form = placeCells(rows, { pieceStarts: [1], form: true });
    expect(texts(form)[1]).toEqual(['成本指标', '经济成本指标', '硒鼓购置费用', '10', '']);
    expect(origins(form).slice(0, 2)).toEqual(['成本指标:0,0 2x1', '经济成本指标:0,1 2x1']);
    // The trailing empty 佐证资料 cell is not a continuation, and a budget table keeps empty label cells empty
    // (表1: the income list ends before the expenditure list).
    const table = placeCells(rows, { pieceStarts: [1] });
    expect(texts(table)[1]).toEqual(['', '', '硒鼓购置费用', '10', '']);
  });

  it('does not rejoin an empty rowspan cell that is not at a piece start', () => {
    const p = placeCells(rawRows(['a|b', '@r2|c', 'd']));
    expect(texts(p)).toEqual([
      ['a', 'b'],
      ['', 'c'],
      ['', 'd'],
    ]);
  });

  it('right-aligns a body row with a surplus empty cell before its last value (seed 000 表2 合计, T5)', () => {
    const header = 'a|b|c|d|e|f';
    const p = placeCells(rawRows([header, '合计|1.00||||2.00|']), { bodyFrom: 1, refWidth: 6 });
    expect(texts(p)[1]).toEqual(['合计', '1.00', '', '', '2.00', '']);
    expect(p.width).toBe(6);
    expect(p.notes[0]).toMatch(/surplus empty/);
  });

  it('drops trailing empty cells of an overlong row with no value', () => {
    const p = placeCells(rawRows(['a|b|c', '||x||']), { bodyFrom: 1, refWidth: 3 });
    expect(texts(p)[1]).toEqual(['', '', 'x']);
  });

  it('leaves an overlong row alone when it has no surplus empty cells (the grid widens)', () => {
    const p = placeCells(rawRows(['a|b', '1|2|3']), { bodyFrom: 1, refWidth: 2 });
    expect(p.width).toBe(3);
    expect(p.notes).toEqual([]);
  });
});
