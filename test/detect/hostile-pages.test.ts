/**
 * Hand-written odd pages (test/fixtures/pages/hostile-*.html), each with expectations worked out by hand from the
 * markup: what a reader of the page would call its budget tables, and exactly what their grids hold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../cli/load-html.ts';
import { decodeHtmlBytes } from '../../lib/html-bytes.ts';
import { detectTables } from '../../lib/detect/detect-tables.ts';
import type { RawDocument, TableGrid } from '../../lib/model.ts';

const PAGES = new URL('../fixtures/pages/', import.meta.url);

function load(name: string, source?: string): RawDocument {
  return loadHtml(decodeHtmlBytes(readFileSync(new URL(name, PAGES))).text, source ?? name);
}

function detect(name: string): TableGrid[] {
  return detectTables(load(name));
}

const texts = (t: TableGrid) => t.rows.map((row) => row.map((cell) => cell.text));
const spans = (t: TableGrid) => t.spans.map((s) => `${s.row},${s.col} ${s.rowSpan}x${s.colSpan}`);
const summary = (t: TableGrid) => ({
  number: t.number,
  title: t.title,
  unit: t.unit?.name,
  kind: t.kind,
  headRows: t.headRows,
  width: t.width,
  meta: t.meta,
});

describe('a layout table wrapping a budget table, with navigation, menu, pager and footer tables', () => {
  const tables = detect('hostile-layout-navigation.html');

  it('finds only 表1', () => {
    expect(tables.map(summary)).toEqual([
      {
        number: '1',
        title: '部门收支总体情况表',
        unit: '万元',
        kind: 'budget',
        headRows: 2,
        width: 4,
        // "编制部门：某县财政局　　　　单位：万元" is one paragraph: split into its two meta lines.
        meta: ['编制部门：某县财政局', '单位：万元'],
      },
    ]);
  });

  it('reads its grid, with the thousand separators and "-" as written and parsed', () => {
    const [t] = tables;
    expect(texts(t)).toEqual([
      ['收入', '收入', '支出', '支出'],
      ['项目', '预算数', '项目', '预算数'],
      ['一、一般公共预算拨款收入', '1,200.50', '一、一般公共服务支出', '1,000.00'],
      ['二、政府性基金预算拨款收入', '-', '二、社会保障和就业支出', '200.50'],
      ['收入总计', '1,200.50', '支出总计', '1,200.50'],
    ]);
    expect(spans(t)).toEqual(['0,0 1x2', '0,2 1x2']);
    expect(t.colPaths).toEqual([
      ['收入', '项目'],
      ['收入', '预算数'],
      ['支出', '项目'],
      ['支出', '预算数'],
    ]);
    const value = t.rows[2][1].value;
    expect(value.kind === 'number' && value.amount.value.toFixed(2)).toBe('1200.50');
    expect(t.rows[3][1].value).toEqual({ kind: 'blank' });
    expect(t.precision).toBe(2);
    // The pager right under it (5 cells: 共3页 1 2 3 下一页) is not a continuation of a 4-column table.
    expect(t.pieces).toBe(1);
    expect(t.anchors).toHaveLength(1);
    expect((t.anchors[0] as Element).getAttribute('border')).toBe('1');
  });
});

describe('titles in a <caption> and in a cell spanning the first row', () => {
  const tables = detect('hostile-caption-title-rows.html');

  it('reads number, title and unit (元 from the first row, 亿元 from the title cell) and drops those rows', () => {
    expect(tables.map(summary)).toEqual([
      { number: '3', title: '一般公共预算支出情况表', unit: '元', kind: 'budget', headRows: 1, width: 5, meta: ['编制单位：某县教育局', '单位：元'] },
      { number: '4', title: '政府性基金预算支出情况表', unit: '亿元', kind: 'budget', headRows: 1, width: 4, meta: [] },
    ]);
    expect(texts(tables[0])[0]).toEqual(['科目编码', '科目名称', '合计', '基本支出', '项目支出']);
    expect(texts(tables[1])).toEqual([
      ['项目', '合计', '基本支出', '项目支出'],
      ['合计', '1.25', '0.50', '0.75'],
    ]);
  });

  it('does not let the 7-digit codes of the 科目编码 column set the precision', () => {
    expect(tables[0].precision).toBe(2);
  });
});

describe('thead, tbody and tfoot; a 栏次 row; units 元 and 亿元', () => {
  const tables = detect('hostile-thead-tfoot.html');

  it('puts the <tfoot> last although the source has it first', () => {
    const [t] = tables;
    expect(summary(t)).toEqual({
      number: '5',
      title: '部门支出总体情况表',
      unit: '元',
      kind: 'budget',
      headRows: 2,
      width: 4,
      meta: ['编制部门：某市发展改革委', '单位：元'],
    });
    expect(texts(t)).toEqual([
      ['项目', '支出预算', '支出预算', '支出预算'],
      ['项目', '合计', '基本支出', '项目支出'],
      ['一般公共服务支出', '2,500.00', '2,000.00', '500.00'],
      ['教育支出', '500.00', '-', '500.00'],
      ['合计', '3,000.00', '2,000.00', '1,000.00'],
    ]);
    expect(spans(t)).toEqual(['0,0 2x1', '0,1 1x3']);
  });

  it('counts the 栏次 row into the header but not into the column paths', () => {
    const t = tables[1];
    expect(summary(t)).toEqual({ number: '6', title: '财政拨款收支总体情况表', unit: '亿元', kind: 'budget', headRows: 2, width: 4, meta: ['单位：亿元'] });
    expect(t.colPaths).toEqual([['收入'], ['金额'], ['支出'], ['金额']]);
    expect(t.precision).toBe(4);
  });
});

describe('tables cut by page breaks', () => {
  const tables = detect('hostile-split-tables.html');

  it('joins the pieces of 表2 and 表3 and keeps the untitled table after 表4 apart', () => {
    expect(tables.map((t) => [t.number, t.title, t.pieces, t.pieceStarts, t.rows.length])).toEqual([
      ['2', '部门收入总体情况表', 3, [5, 6], 7],
      ['3', '一般公共预算支出情况表', 2, [2], 4],
      ['4', '财政拨款收支总体情况表', 1, [], 2],
    ]);
    // The page number and the repeated 编制部门/单位 lines between the pieces are not meta of the table.
    expect(tables[0].meta).toEqual(['编制部门：某局', '单位：万元']);
    expect(tables[0].anchors).toHaveLength(3);
  });

  it('drops the repeated header, joins the wrapped label and right-aligns the overlong 合计 row, noting each', () => {
    const [t] = tables;
    expect(texts(t)).toEqual([
      ['科目编码', '科目编码', '科目编码', '科目名称', '合计', '财政拨款', '财政拨款', '单位资金'],
      ['类', '款', '项', '科目名称', '合计', '小计', '一般公共预算', '单位资金'],
      ['201', '', '', '一般公共服务支出', '100.00', '80.00', '80.00', '20.00'],
      ['201', '03', '01', '行政运行', '100.00', '80.00', '80.00', '20.00'],
      ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '30.00', '30.00', '30.00', ''],
      ['208', '05', '06', '职业年金缴费支出', '10.00', '10.00', '10.00', ''],
      ['', '', '', '合 计', '140.00', '120.00', '120.00', '20.00'],
    ]);
    expect(t.notes).toHaveLength(3);
    expect(t.notes[0]).toMatch(/header repeated after a page break \(2 row/);
    expect(t.notes[1]).toMatch(/label wrapped across a page break/);
    expect(t.notes[2]).toMatch(/^第7行.*row 7 had 1 surplus empty cell/);
  });

  it('continues 表3 after "续表" without a repeated header', () => {
    expect(texts(tables[1])).toEqual([
      ['科目', '合计', '基本支出', '项目支出'],
      ['201 一般公共服务支出', '80.00', '60.00', '20.00'],
      ['208 社会保障和就业支出', '40.00', '40.00', ''],
      ['合计', '120.00', '100.00', '20.00'],
    ]);
    expect(tables[1].notes).toEqual([]);
  });
});

describe('absurd and broken spans', () => {
  const tables = detect('hostile-spans.html');

  it('reads colspan=0 as 1 and colspan=9999 as 1000 (the HTML limit), whose 999 extra columns hold no cell', () => {
    const t = tables[0];
    expect(texts(t)).toEqual([
      ['项目', '金额'],
      ['一般公共服务', '50.00'],
      ['社会保障', '30.00'],
      ['合计', '80.00'],
    ]);
    expect(t.spans).toEqual([]);
    expect(t.notes).toEqual(['删除999个没有单元格的列（合并单元格越界） / dropped 999 column(s) that only an overlong colspan made']);
  });

  it('stops a rowspan at the end of the table, and rowspan=0 at the end of its row group', () => {
    expect(texts(tables[1])).toEqual([
      ['类别', '项目', '金额'],
      ['基本支出', '人员经费', '10.00'],
      ['基本支出', '公用经费', '5.00'],
    ]);
    expect(spans(tables[1])).toEqual(['1,0 2x1']);
    expect(tables[1].rows[2][0]).toMatchObject({ originRow: 1, originCol: 0 });
    expect(texts(tables[2])).toEqual([
      ['项目', '金额'],
      ['财政拨款结转', '1.00'],
      ['财政拨款结转', '2.00'],
      ['合计', '3.00'],
    ]);
    expect(spans(tables[2])).toEqual(['1,0 2x1']);
  });
});

describe('a page that publishes its budget only as attachments', () => {
  it('has no table and lists the PDF and the spreadsheet, resolved against the page address', () => {
    const doc = load('hostile-attachments-only.html', 'https://www.example.gov.cn/bmys/2024/index.html');
    expect(detectTables(doc)).toEqual([]);
    expect(doc.attachments).toEqual([
      { href: 'https://www.example.gov.cn/attach/2024/budget-2024.pdf', text: '某局2024年部门预算公开', type: 'pdf' },
      { href: 'https://www.example.gov.cn/attach/2024/download.jsp?id=88', text: '2024年部门预算公开表.xlsx', type: 'xlsx' },
    ]);
  });
});

describe('empty tables', () => {
  const tables = detect('hostile-empty-tables.html');

  it('keeps the numbered header-only tables and leaves out the untitled one and the table with no rows', () => {
    expect(tables.map(summary)).toEqual([
      { number: '8', title: '政府性基金预算支出情况表', unit: '万元', kind: 'budget', headRows: 2, width: 7, meta: ['编制单位：某局', '单位：万元'] },
      { number: '9', title: '国有资本经营预算支出情况表', unit: undefined, kind: 'budget', headRows: 1, width: 2, meta: [] },
    ]);
    expect(tables[0].rows).toHaveLength(2);
    expect(tables[0].precision).toBe(2);
    expect(texts(tables[1])).toEqual([
      ['项目', '合计'],
      ['合计', ''],
    ]);
  });
});

describe('a Word page saved in GB2312', () => {
  it('decodes and reads like the UTF-8 pages', () => {
    const doc = load('hostile-word-gb2312.html');
    expect(doc.title).toBe('某局2024年部门预算公开');
    const tables = detectTables(doc);
    expect(tables.map(summary)).toEqual([
      { number: '1', title: '部门收支总体情况表', unit: '万元', kind: 'budget', headRows: 2, width: 4, meta: ['编制部门：某局', '单位：万元'] },
    ]);
    expect(texts(tables[0])[3]).toEqual(['收 入 总 计', '515.38', '支 出 总 计', '515.38']);
  });
});

describe('a sheet saved from Excel as a web page', () => {
  const tables = detect('hostile-excel-export.html');

  it('takes title, 编制单位 and unit out of the first rows and leaves out hidden rows', () => {
    expect(tables.map(summary)).toEqual([
      { number: '1', title: '部门收支总体情况表', unit: '万元', kind: 'budget', headRows: 2, width: 4, meta: ['编制单位：某局', '单位：万元'] },
    ]);
    expect(texts(tables[0])).toEqual([
      ['项目', '预算数', '预算数', '预算数'],
      ['项目', '合计', '基本支出', '项目支出'],
      ['一般公共服务支出', '100.50', '80.00', '20.50'],
      ['合计', '100.50', '80.00', '20.50'],
    ]);
    expect(spans(tables[0])).toEqual(['0,0 2x1', '0,1 1x3']);
  });
});
