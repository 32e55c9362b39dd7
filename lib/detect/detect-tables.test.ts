/** detectTables on hand-built RawDocuments: no DOM involved (the PDF adapter feeds it the same way). */
import { describe, expect, it } from 'vitest';
import { rawTable } from '../../test/detect/raw-rows.ts';
import type { Block, RawDocument, RawTable } from '../model.ts';
import { detectTables } from './detect-tables.ts';

const text = (t: string): Block => ({ kind: 'text', text: t });
const table = (spec: string[], extra: Partial<RawTable> = {}): Block => ({ kind: 'table', table: rawTable(spec, extra) });
const doc = (...blocks: Block[]): RawDocument => ({ title: '测试', blocks, attachments: [] });

const INCOME = ['项目|预算数', '一般公共预算拨款|10.00', '合计|10.00'];

describe('detectTables', () => {
  it('reads a heading whose lines share one text block (表1<br>title) and numbers the tables it keeps', () => {
    const tables = detectTables(
      doc(
        table(['首页|政务公开|预决算公开']),
        text('表1\n部门收支总体情况表\n单位：万元'),
        table(INCOME, { anchor: 'T1' }),
        text('说明'),
        table(['共2页|1|2|下一页']),
        text('表2　部门收入总体情况表'),
        table(INCOME, { anchor: 'T2' }),
      ),
    );
    expect(tables.map((t) => [t.id, t.index, t.number, t.title, t.unit?.name, t.anchors])).toEqual([
      ['t0', 0, '1', '部门收支总体情况表', '万元', ['T1']],
      ['t1', 1, '2', '部门收入总体情况表', undefined, ['T2']],
    ]);
  });

  it('joins PDF pieces of one table across pages and starts a new table at the next title', () => {
    const tables = detectTables(
      doc(
        text('表3 部门支出总体情况表'),
        table(['项目|合计|基本支出', '201 一般公共服务支出|8.00|8.00'], { page: 4 }),
        text('- 5 -'),
        table(['208 社会保障和就业支出|2.00|2.00', '合计|10.00|10.00'], { page: 5 }),
        text('表4 财政拨款收支总体情况表'),
        table(['项目|合计|备注', '一般公共预算|10.00|无'], { page: 5 }),
      ),
    );
    expect(tables.map((t) => [t.number, t.pieces, t.pieceStarts, t.rows.length])).toEqual([
      ['3', 2, [2], 4],
      ['4', 1, [], 2],
    ]);
  });

  it('in a PDF, continues a table on the next page even when no title of it was read', () => {
    // A heading the reader could not parse (a name line between title and table) leaves the table untitled; its next
    // piece, at the top of the next page with nothing between, is still the same table. On a third page after text,
    // or on the same page, an untitled piece is a table of its own.
    const tables = detectTables(
      doc(
        text('某某办公厅'),
        table(['科目编码|科目名称|金额', '|合计|30.00', '301|工资福利支出|10.00'], { page: 7 }),
        table(['302|商品和服务支出|20.00'], { page: 8 }),
        text('注：本表为空表以外的说明文字。'),
        table(['科目编码|科目名称|金额', '|合计|5.00', '303|对个人和家庭的补助|5.00'], { page: 9 }),
      ),
    );
    expect(tables.map((t) => [t.pieces, t.rows.length])).toEqual([
      [2, 4],
      [1, 3],
    ]);
  });

  it('continues a table whose caption says so ("表3（续）")', () => {
    const tables = detectTables(
      doc(text('表3 部门支出总体情况表'), table(['项目|合计', 'a|1.00']), table(['b|2.00'], { caption: '表3（续）' })),
    );
    expect(tables.map((t) => [t.number, t.pieces, t.rows.length])).toEqual([['3', 2, 3]]);
  });

  it('continues a table whose first row says "续表", and leaves that row out', () => {
    const tables = detectTables(doc(text('表3 部门支出总体情况表'), table(['项目|合计', 'a|1.00']), table(['续表@c2', 'b|2.00'])));
    expect(tables.map((t) => [t.number, t.pieces, t.rows.map((r) => r[0].text)])).toEqual([['3', 2, ['项目', 'a', 'b']]]);
  });

  it('does not continue an untitled table, nor a table after prose', () => {
    const tables = detectTables(
      doc(text('表5 一般公共预算支出情况表'), table(INCOME), text('注：本表数据为预算数。'), table(['基金|5.00', '合计|5.00'])),
    );
    expect(tables.map((t) => [t.number, t.pieces, t.rows.length])).toEqual([['5', 1, 3]]);
  });

  it('keeps an untitled budget-looking table and a 绩效目标表', () => {
    const tables = detectTables(
      doc(
        table(['项目|预算数|上年数', '工资福利支出|100.00|90.00']),
        text('项目支出绩效目标表'),
        text('(2024 年)'),
        table(['预算单位|某局@c3', '一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|次数|5']),
      ),
    );
    expect(tables.map((t) => [t.title, t.kind, t.headRows, t.meta])).toEqual([
      [undefined, 'budget', 1, []],
      ['项目支出绩效目标表', 'performance', 0, ['(2024 年)']],
    ]);
  });

  it('returns nothing for a page of text and for empty tables', () => {
    expect(detectTables(doc(text('表1 部门收支总体情况表'), table([])))).toEqual([]);
    expect(detectTables(doc(text('没有表格。')))).toEqual([]);
  });
});

describe('detectTables with heading tables', () => {
  it('reads a one-row "编制单位 | 单位" table as heading lines of the table after it', () => {
    const tables = detectTables(
      doc(text('表1'), text('部门收支总体情况表'), table(['编制部门：某局|单位：万元']), table(['项目|预算数', '合计|10.00'])),
    );
    expect(tables.map((t) => [t.number, t.title, t.meta, t.unit?.name, t.pieces])).toEqual([
      ['1', '部门收支总体情况表', ['编制部门：某局', '单位：万元'], '万元', 1],
    ]);
  });

  it('reads a title set in a table of its own', () => {
    const tables = detectTables(doc(table(['表2 部门收入总体情况表']), table(['项目|预算数', '合计|10.00'])));
    expect(tables.map((t) => [t.number, t.title])).toEqual([['2', '部门收入总体情况表']]);
  });

  it('lets a table continue past a repeated 编制单位 table between its pieces', () => {
    const tables = detectTables(
      doc(text('表3 部门支出总体情况表'), table(['项目|合计', 'a|1.00']), table(['编制部门：某局|单位：万元']), table(['b|2.00'])),
    );
    expect(tables.map((t) => [t.number, t.pieces, t.rows.length])).toEqual([['3', 2, 3]]);
  });
});

describe('detectTables on hostile heading text', () => {
  it('copes with a meta line repeated two hundred thousand times, in a paragraph and in a heading table', () => {
    const flood = '单位：万元'.repeat(200_000);
    const manyLines = Array.from({ length: 200_000 }, () => '单位：万元').join('\n');
    const tables = detectTables(
      doc(text(flood), table([manyLines]), text('表1 部门收支总体情况表'), text('单位：万元'), table(['项目|预算数', '合计|10.00'])),
    );
    expect(tables.map((t) => [t.number, t.title, t.unit?.name])).toEqual([['1', '部门收支总体情况表', '万元']]);
    // Between a title and its table, such a flood hides the title: the table is then untitled and, with one amount
    // only, not taken for a budget table. What matters is that nothing throws.
    expect(() => detectTables(doc(text('表2 部门收入总体情况表'), table([manyLines]), table(['项目|预算数', '合计|10.00'])))).not.toThrow();
    expect(() => detectTables(doc(text(flood), table(['项目|预算数', '合计|10.00'])))).not.toThrow();
    const titled = detectTables(doc(table([`表3 部门支出总体情况表\n${manyLines}@c2`, '项目|预算数', '合计|10.00'])));
    expect(titled.map((t) => [t.number, t.rows.length])).toEqual([['3', 2]]);
  });
});
