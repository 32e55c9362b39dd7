import { describe, expect, it } from 'vitest';
import { rawTable } from '../../test/detect/raw-rows.ts';
import type { Block, RawDocument, RawTable } from '../model.ts';
import { detectTables } from './detect-tables.ts';
import { appendPiece, continuation, joinedRows, preparePiece, repeatedHeadingContinuation, startGroup } from './join-pieces.ts';

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

describe('repeatedHeadingContinuation: Excel print titles (title, meta and header again on every page)', () => {
  // 江苏省政协办公厅2017年度部门预算公开表.pdf pp. 12–13, cut down: 服务C 1,011.90 = 62.20 on p. 12 + 949.70 on p. 13.
  const PURCHASE = { number: '十二', title: '2017年政府采购预算表', meta: ['部门：江苏省政协办公厅', '单位：万元'], continued: false };
  const HEAD = '采购品目大类|专项名称|采购物品名称|总计';
  const first = () => startGroup(preparePiece(rawTable([HEAD, '合计|||1,071.90', '三、服务C|||1,011.90', '|商品和服务支出||62.20'])), PURCHASE, false);
  const next = [HEAD, '|省政协全委会||714.80', '|省政协常委会||235.10'];
  const again = { title: '2017年政府采购预算表', meta: ['部门：江苏省政协办公厅', '单位：万元'], continued: false };

  it('continues the table when the heading repeats its title and meta and the piece repeats its header', () => {
    expect(repeatedHeadingContinuation(first(), preparePiece(rawTable(next)), again)).toBe(1);
    expect(repeatedHeadingContinuation(first(), preparePiece(rawTable(next)), { ...again, number: '十二' })).toBe(1);
  });

  it('starts a new table when anything in the heading is new, or the header is not repeated', () => {
    const piece = () => preparePiece(rawTable(next));
    expect(repeatedHeadingContinuation(first(), piece(), { ...again, title: '2018年政府采购预算表' })).toBeUndefined();
    expect(repeatedHeadingContinuation(first(), piece(), { ...again, number: '十三' })).toBeUndefined();
    expect(repeatedHeadingContinuation(first(), piece(), { ...again, meta: ['部门：江苏省政协机关服务中心', '单位：万元'] })).toBeUndefined();
    expect(repeatedHeadingContinuation(first(), preparePiece(rawTable(next.slice(1))), again)).toBeUndefined();
  });

  it('never joins two forms of the same title (one 项目支出绩效目标表 per project)', () => {
    const heading = { title: '项目支出绩效目标表', meta: [], continued: false };
    const form = ['项目名称|甲项目@c3', '一级指标|二级指标|三级指标|指标值'];
    const g = startGroup(preparePiece(rawTable(form)), heading, true);
    expect(repeatedHeadingContinuation(g, preparePiece(rawTable(form)), heading)).toBeUndefined();
  });

  it('joins the pieces in detectTables, the repeated header dropped', () => {
    const text = (t: string, page: number): Block => ({ kind: 'text', text: t, page });
    const table = (spec: string[], page: number): Block => ({ kind: 'table', table: rawTable(spec, { page }) });
    const doc: RawDocument = {
      title: '测试',
      attachments: [],
      blocks: [
        text('表十二\n2017年政府采购预算表\n部门：江苏省政协办公厅\n单位：万元', 12),
        table([HEAD, '合计|||1,071.90', '三、服务C|||1,011.90', '|商品和服务支出||62.20'], 12),
        text('2017年政府采购预算表\n部门：江苏省政协办公厅\n单位：万元', 13),
        table(next, 13),
      ],
    };
    const tables = detectTables(doc);
    expect(tables.map((t) => [t.number, t.title, t.pieces, t.pieceStarts, t.rows.length])).toEqual([['十二', '2017年政府采购预算表', 2, [4], 6]]);
  });
});
