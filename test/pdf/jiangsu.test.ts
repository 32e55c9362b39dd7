/**
 * The real Jiangsu disclosures in /work/shared/pdfs (Excel, Word and WPS printed to PDF through Acrobat Distiller or
 * Office's own export). Expected shapes and cells were read off the pages rendered with `pdftoppm -png -r 60`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../cli/load-pdf.ts';
import type { RawDocument, RawTable } from '../../lib/model.ts';
import { rawTableGrid } from './grids.ts';

const PDFS = new URL('../fixtures/jiangsu/', import.meta.url);
const cache = new Map<string, Promise<RawDocument>>();
function load(name: string): Promise<RawDocument> {
  let doc = cache.get(name);
  if (!doc) {
    doc = loadPdf(new Uint8Array(readFileSync(new URL(name, PDFS))), name);
    cache.set(name, doc);
  }
  return doc;
}

const tablesOn = (doc: RawDocument, page: number): RawTable[] =>
  doc.blocks.flatMap((b) => (b.kind === 'table' && b.table.page === page ? [b.table] : []));

/** Cells with their spans, as "text{rows x cols}" where a cell is merged. */
const spanned = (table: RawTable) =>
  table.rows.map((r) => r.cells.map((c) => `${c.text}${c.rowSpan > 1 || c.colSpan > 1 ? `{${c.rowSpan}x${c.colSpan}}` : ''}`));

const texts = (doc: RawDocument, page: number) =>
  doc.blocks.flatMap((b) => (b.kind === 'text' && b.page === page ? [b.text] : []));

describe('江苏省政协办公厅2017年度部门预算公开表.pdf (Excel 2010)', () => {
  const NAME = '江苏省政协办公厅2017年度部门预算公开表.pdf';

  it('收入预算总表 (p. 2): labels spanning rows where Excel drew no line between them', async () => {
    const [table] = tablesOn(await load(NAME), 2);
    expect(spanned(table)).toEqual([
      ['项目名称', '', '金额'],
      ['收入总计{1x2}', '9,146.79'],
      ['一般公共预算资金{3x1}', '小计', '9,066.79'],
      ['公共财政拨款(补助)资金', '9,066.79'],
      ['专项收入', ''],
      ['政府性基金', '小计', ''],
      ['财政转专户管理资金{3x1}', '小计', ''],
      ['专户管理教育收费', ''],
      ['其他非税收入', ''],
      ['其他资金{5x1}', '小计', '80.00'],
      ['事业收入', ''],
      ['经营收入', ''],
      ['其他收入', '80.00'],
      ['债务资金(银行贷款)', ''],
      ['上年结转和结余资金{2x1}', '小计', ''],
      ['其中：动用上年结转和结余资金', ''],
    ]);
  });

  it('puts 表二, the title, 部门 and 单位 before the table as text', async () => {
    expect(texts(await load(NAME), 2)).toEqual(['表二', '收入预算总表', '部门：江苏省政协办公厅', '单位：万元']);
  });

  it('政府采购预算表 runs over pp. 12–13: two pieces, the header drawn again on p. 13', async () => {
    const doc = await load(NAME);
    const [first] = tablesOn(doc, 12);
    const [second] = tablesOn(doc, 13);
    const header = ['采购品目大类', '专项名称', '经济科目', '采购物品名称', '采购组织形式', '总计'];
    expect(rawTableGrid(first)[0]).toEqual(header);
    expect(rawTableGrid(second)[0]).toEqual(header);
    expect(rawTableGrid(first)[1]).toEqual(['合计', '', '', '', '', '1,271.22']);
    // 台式计算机 under 办公设备购置费: the three left cells span its six rows (no lines drawn between them).
    expect(spanned(first)[4]).toEqual(['{6x1}', '{6x1}', '{6x1}', '台式计算机（20万以下）', '分散自行组织', '10.80']);
    expect(rawTableGrid(first).at(-1)).toEqual(['', '', '', '餐饮服务', '分散自行组织', '18.66']);
    expect(rawTableGrid(second)[1]).toEqual(['', '省政协全委会', '会议费', '', '', '714.80']);
  });
});

describe('江苏省委办公厅2018年度部门预算公开表.pdf (Excel through Acrobat Distiller, pages turned 90°)', () => {
  const NAME = '江苏省委办公厅2018年度部门预算公开表.pdf';

  it('收支预算总表 (p. 3): 收入 and 支出 side by side, amounts cut from the labels pdf.js joined them to', async () => {
    const [table] = tablesOn(await load(NAME), 3);
    const rows = spanned(table);
    expect(rows).toHaveLength(26);
    expect(rows.slice(0, 4)).toEqual([
      ['收入{1x2}', '支出{1x4}'],
      ['项目名称{2x1}', '金额{2x1}', '功能分类{1x2}', '支出用途{1x2}'],
      ['功能科目名称', '金额', '项目名称', '金额'],
      // pdf.js reads "24,458.43 一、一般公共服务支出" as one item; the border between them cuts it.
      ['一、财政拨款', '24,458.43', '一、一般公共服务支出', '20,153.75', '一、基本支出', '10,403.11'],
    ]);
    expect(rows[10]).toEqual(['', '', '八、社会保障和就业支出', '1,289.52', '', '']);
    expect(rows.at(-1)).toEqual(['收入合计', '24,458.43', '支出合计{1x3}', '24,458.43']);
  });

  it('reads the pages in their turned orientation: the table is wider than it is high', async () => {
    const [table] = tablesOn(await load(NAME), 3);
    const box = (table.anchor as { box: { x0: number; x1: number; top: number; bottom: number } }).box;
    expect(box.x1 - box.x0).toBeGreaterThan(box.bottom - box.top);
  });
});

describe('江苏省政协办公厅2019年预算公开表.pdf (Excel 2010, landscape)', () => {
  it('“三公”经费、会议费、培训费支出预算表 (p. 9): a three-row header of merged cells', async () => {
    const [table] = tablesOn(await load('江苏省政协办公厅2019年预算公开表.pdf'), 9);
    expect(spanned(table)).toEqual([
      ['合计{3x1}', '“三公”经费{1x6}', '会议费{3x1}', '培训费{3x1}'],
      ['小计{2x1}', '因公出国（境）费{2x1}', '公务用车购置及运行维护费{1x3}', '公务接待费{2x1}'],
      ['小计', '公务用车购置费', '公务用车运行维护费'],
      ['2,224.43', '660.10', '106.00', '156.60', '', '156.60', '397.50', '1,282.56', '281.77'],
    ]);
  });
});

describe('江苏省委办公厅2019年度部门预算公开表格.pdf (A3 pages)', () => {
  it('财政拨款基本支出预算表（经济科目） (p. 6): 33 rows of codes, names and amounts with thousand separators', async () => {
    const [table] = tablesOn(await load('江苏省委办公厅2019年度部门预算公开表格.pdf'), 6);
    const grid = rawTableGrid(table);
    expect(grid).toHaveLength(33);
    expect(grid.slice(0, 4)).toEqual([
      ['科目编码', '科目名称', '金额'],
      ['合计', '合计', '11,700.63'],
      ['301', '工资福利支出', '8,300.32'],
      ['30101', '基本工资', '1,581.26'],
    ]);
  });
});

describe('江苏省政协办公厅2019年度部门预算.pdf (Word 2010: prose)', () => {
  const NAME = '江苏省政协办公厅2019年度部门预算.pdf';

  it('is not taken for a scan although its title page is a picture', async () => {
    const doc = await load(NAME);
    expect(doc.scanned).toBeUndefined();
    expect(tablesOn(doc, 1)).toEqual([]);
  });

  it('keeps a sentence broken by the margin in one block', async () => {
    const page11 = texts(await load(NAME), 11);
    expect(page11).toContain('江苏省政协办公厅本年收入预算合计 13,377.11 万元，其中：');
    expect(page11).toContain('一般公共预算收入 13,297.11 万元，占 99.4%；');
  });

  it('joins a paragraph that the page break cut (pp. 9–10)', async () => {
    const doc = await load(NAME);
    const joined = doc.blocks.find((b) => b.kind === 'text' && b.text.startsWith('2.财政专户管理资金收入预算总计'));
    expect(joined?.kind === 'text' && joined.text).toBe('2.财政专户管理资金收入预算总计 0 万元，与上年数一致，本部门无此项收入。');
    expect(joined?.kind === 'text' && joined.page).toBe(9);
  });

  it('marks the section headings', async () => {
    const headings = (await load(NAME)).blocks.flatMap((b) => (b.kind === 'text' && b.heading ? [b.text] : []));
    expect(headings).toContain('二、收入预算情况说明');
    expect(headings).toContain('三、支出预算情况说明');
  });
});

describe('江苏省委办公厅2019年度部门预算公开文件.pdf (Word through Acrobat Distiller)', () => {
  it('takes its title from the GBK file name Word left in the metadata', async () => {
    const doc = await load('江苏省委办公厅2019年度部门预算公开文件.pdf');
    expect(doc.title).toBe('江苏省委办公厅2019年度部门预算公开文件');
    expect(doc.blocks.every((b) => b.kind === 'text')).toBe(true);
  });
});
