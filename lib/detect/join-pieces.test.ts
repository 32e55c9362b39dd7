import { describe, expect, it } from 'vitest';
import { rawTable } from '../../test/detect/raw-rows.ts';
import type { RawTable } from '../model.ts';
import { appendPiece, continuation, joinedRows, preparePiece, startGroup } from './join-pieces.ts';

const HEADING = { number: '2', title: '部门收入总体情况表', meta: [], continued: false };
const HEADER = ['编码@c2|名称@r2|合计@r2', '类|款'];

function group(spec: string[], form = false) {
  return startGroup(preparePiece(rawTable(spec)), HEADING, form);
}

const texts = (rows: ReturnType<typeof joinedRows>['rows']) => rows.map((r) => r.cells.map((c) => c.text));

describe('continuation', () => {
  const g = group([...HEADER, '201||一般公共服务支出|10.00']);

  it('accepts a piece of the same width, with or without the header repeated', () => {
    expect(continuation(g, preparePiece(rawTable(['208|05|养老支出|5.00'])))).toBe(0);
    expect(continuation(g, preparePiece(rawTable([...HEADER, '208|05|养老支出|5.00'])))).toBe(2);
    expect(continuation(g, preparePiece(rawTable(HEADER)))).toBe(2);
  });

  it('skips a "续表" title row at the top of the piece, then the repeated header', () => {
    const piece = preparePiece(rawTable(['续表@c4', ...HEADER, '208|05|养老支出|5.00']));
    expect(piece.firstKept).toBe(1);
    expect(continuation(g, piece)).toBe(3);
    const joined = group([...HEADER, '201||一般公共服务支出|10.00']);
    appendPiece(joined, piece, 3);
    expect(texts(joinedRows(joined).rows).slice(2)).toEqual([
      ['201', '', '一般公共服务支出', '10.00'],
      ['208', '05', '养老支出', '5.00'],
    ]);
    expect(joined.notes).toEqual(['分页处重复的表头（2行）已删除 / header repeated after a page break (2 row(s)) dropped']);
  });

  it('accepts a piece whose rows are too long only by empty cells (T5)', () => {
    expect(continuation(g, preparePiece(rawTable(['||合计||15.00'])))).toBe(0);
  });

  it('refuses another width, a header of its own, or another nesting depth', () => {
    expect(continuation(g, preparePiece(rawTable(['a|b|c'])))).toBeUndefined();
    expect(continuation(g, preparePiece(rawTable(['208|05|养老支出|5.00|9.00'])))).toBeUndefined();
    expect(continuation(g, preparePiece(rawTable(['H:#序号|#名称|#日期|#备注', 'a|b|c|d'])))).toBeUndefined();
    expect(continuation(g, preparePiece(rawTable(['序号|名称|日期|备注', '1|b|c|d'])))).toBeUndefined();
    expect(continuation(g, preparePiece(rawTable(['208|05|养老支出|5.00'], { depth: 1 })))).toBeUndefined();
  });

  it('lets a 绩效目标表 continue with rows of text', () => {
    const form = group(['预算单位|某局@c3', '一级指标|二级指标|三级指标|指标值'], true);
    expect(continuation(form, preparePiece(rawTable(['效益指标|社会效益指标|服务质量|显著'])))).toBe(0);
  });
});

describe('appendPiece', () => {
  it('joins a label wrapped onto the first row of the next page to the row above, without touching the input', () => {
    const first = rawTable([...HEADER, '208|05|机关事业单位基本养老|37.37']);
    const second: RawTable = rawTable(['||保险缴费支出|', '208|06|职业年金|1.00']);
    const g = startGroup(preparePiece(first), HEADING, false);
    const piece = preparePiece(second);
    appendPiece(g, piece, continuation(g, piece)!);
    const joined = joinedRows(g);
    expect(texts(joined.rows)).toEqual([
      ['编码', '名称', '合计'],
      ['类', '款'],
      ['208', '05', '机关事业单位基本养老保险缴费支出', '37.37'],
      ['208', '06', '职业年金', '1.00'],
    ]);
    expect(joined.pieceStarts).toEqual([3]);
    expect(g.notes).toEqual(['分页处折到下一行的名称已并入上一行 / a label wrapped across a page break was joined to the row above']);
    expect(first.rows[2].cells[2].text).toBe('机关事业单位基本养老');
    expect(second.rows).toHaveLength(2);
  });

  it('does not join a row with an amount, a code, a total or a blank marker', () => {
    for (const row of ['||保险缴费支出|5.00', '||合计|', '|07|保险|', '||保险|-']) {
      const g = group([...HEADER, '208|05|机关事业单位基本养老|37.37']);
      const piece = preparePiece(rawTable([row]));
      appendPiece(g, piece, continuation(g, piece)!);
      expect(joinedRows(g).rows, row).toHaveLength(4);
    }
  });

  it('does not join the first body row to the header', () => {
    const g = group(HEADER);
    const piece = preparePiece(rawTable(['||一般公共服务|']));
    appendPiece(g, piece, continuation(g, piece)!);
    expect(texts(joinedRows(g).rows)[2]).toEqual(['', '', '一般公共服务', '']);
  });

  it('drops a repeated header and notes it', () => {
    const g = group([...HEADER, '201||一般公共服务支出|10.00']);
    const piece = preparePiece(rawTable([...HEADER, '208|05|养老支出|5.00']));
    appendPiece(g, piece, continuation(g, piece)!);
    expect(texts(joinedRows(g).rows)).toHaveLength(4);
    expect(g.notes).toEqual(['分页处重复的表头（2行）已删除 / header repeated after a page break (2 row(s)) dropped']);
  });
});
