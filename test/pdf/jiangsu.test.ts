/**
 * The real Jiangsu disclosures in /work/shared/pdfs (Excel, Word and WPS printed to PDF through Acrobat Distiller or
 * Office's own export). Expected shapes and cells were read off the pages rendered with `pdftoppm -png -r 60`.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/engine.ts';
import { CROSS_TABLE_RULES } from '../../lib/rules/cross-table-rules.ts';
import type { RawDocument, RawTable, Report } from '../../lib/model.ts';
import { rawTableGrid } from './grids.ts';
import { loadJiangsu as load } from './jiangsu-fixtures.ts';

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

// ---------------------------------------------------------------------------------------------------------------
// What the engine reports on each file. Every relation that once gave an error here was re-added by hand from the
// figures pdftotext -layout prints; none of the six files is inconsistent, so none may show an error.

const reports = new Map<string, Promise<Report>>();
function report(name: string): Promise<Report> {
  let r = reports.get(name);
  if (!r) {
    r = load(name).then(analyzeDocument);
    reports.set(name, r);
  }
  return r;
}

const titles = (r: Report) => r.tables.map((t) => [t.number ?? '', t.title ?? '']);
const errors = (r: Report) => r.findings.filter((f) => f.severity === 'error');
const notes = (r: Report) => r.findings.map((f) => `${f.rule}:${f.severity}${f.tableId ? `:${f.tableId}` : ''}`);
const tally = (r: Report, id: string) => r.tallies.find((t) => t.tableId === id);

/** The twelve 公开表 of the 2018/2019 template, in order. Only the 政协 2019 file prints the 公开NN表 marks (read as 表N). */
const TEMPLATE_2019 = [
  '收支预算总表',
  '收入预算总表',
  '支出预算总表',
  '财政拨款收支预算总表',
  '财政拨款支出预算表（功能科目）',
  '财政拨款基本支出预算表（经济科目）',
  '一般公共预算支出预算表（功能科目）',
  '一般公共预算基本支出预算表（经济科目）',
  '“三公”经费、会议费、培训费支出预算表',
  '财政拨款政府性基金支出预算表',
  '一般公共预算机关运行经费支出预算表',
  '2019年政府采购预算表',
];

/**
 * Info notes only. The 政府性基金 table is empty (the fund is 0 in every file). No missing-table note: the Jiangsu
 * template has no 表7 (一般公共预算项目支出) or 表9 (国有资本经营). 三公 (X.12): 因公出国（境）费 (and 政协 公务接待费)
 * has no 302 12 / 302 17 line in 一般公共预算基本支出预算表 — paid from project money, which 三公 covers.
 */
const NOTES = (sangong: string, sangongNotes: number, emptyTable: string) => [
  ...Array.from({ length: sangongNotes }, () => `cross-sangong:info:${sangong}`),
  `empty-table:info:${emptyTable}`,
];

/** Tallies of the cross-table rules alone, by rule. */
async function crossChecks(name: string): Promise<Record<string, { checks: number; passed: number }>> {
  const r = analyzeDocument(await load(name), { rules: CROSS_TABLE_RULES });
  const byRule: Record<string, { checks: number; passed: number }> = {};
  for (const rule of CROSS_TABLE_RULES) {
    const one = analyzeDocument(await load(name), { rules: [rule] });
    const checks = one.tallies.reduce((n, t) => n + t.checks, 0);
    if (checks > 0) byRule[rule.id] = { checks, passed: one.tallies.reduce((n, t) => n + t.passed, 0) };
  }
  expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  return byRule;
}

describe('findings: 江苏省政协办公厅2019年预算公开表.pdf', () => {
  const NAME = '江苏省政协办公厅2019年预算公开表.pdf';

  it('finds the twelve tables', async () => {
    // 公开01表 … 公开12表 above each title: the template's 表1 … 表12.
    expect(titles(await report(NAME))).toEqual(TEMPLATE_2019.map((t, i) => [String(i + 1), t]));
  });

  it('no error: the three on 收支预算总表 and the one on 收入预算总表 were the engine’s', async () => {
    const r = await report(NAME);
    expect(errors(r)).toEqual([]);
    expect(notes(r)).toEqual(NOTES('t8', 2, 't9'));
    // 收支预算总表, all checked, all exact (8), and X.2 against 收入预算总表 (2, below):
    //   当年收入小计 13,377.11 = 一、13,297.11 + 二、0 + 三、其他资金 80.00; 收入合计 = 13,377.11 + 上年结转 0;
    //   一、财政拨款 13,297.11 = 1. 13,297.11 + 2. 0;
    //   功能分类: 10,271.56 + 858.51 + 2,247.04 = 13,377.11 = 当年支出小计 = 支出合计 (the label spans the column;
    //   the amount stands in the last column);
    //   支出用途: 6,522.75 + 4,968.34 + 1,886.02 = 13,377.11, twice; 收入合计 = 支出合计.
    expect(tally(r, 't0')).toMatchObject({ checks: 10, passed: 10, errors: 0 });
    // 收入预算总表: 收入总计 13,377.11 = 小计 13,297.11 + 小计 80.00 (not + the lines under them: 26,754.22);
    // 一般公共预算资金 小计 13,297.11 = 13,297.11 + 专项收入 0; 其他资金 小计 80.00 = 0 + 0 + 其他收入 80.00.
    // + X.1: 收入总计 13,377.11 = 收支预算总表 收入合计 13,377.11.
    expect(tally(r, 't1')).toMatchObject({ checks: 4, passed: 4, errors: 0 });
    // 政府采购预算表: 合计 1,624.42 = 货物 350.00 + 服务 1,274.42; 货物 350.00 = 300.00 + 50.00;
    // 服务 1,274.42 = 952.65 + 50.00 + 271.77; each 专项 = Σ its 采购物品 lines: 300.00 = 18.00 + 12.00 + 2.00 + 53.00
    // + 7.00 + 10.00 + 198.00; 50.00 = 50.00; 952.65 = 60.00 + 892.65; 50.00 = 50.00; 271.77 = 271.77.
    expect(tally(r, 't11')).toMatchObject({ checks: 8, passed: 8 });
  });
});

describe('findings: 江苏省委办公厅2019年度部门预算公开表格.pdf', () => {
  const NAME = '江苏省委办公厅2019年度部门预算公开表格.pdf';

  it('finds the twelve tables; no error', async () => {
    const r = await report(NAME);
    expect(titles(r)).toEqual(TEMPLATE_2019.map((t) => ['', t]));
    expect(errors(r)).toEqual([]);
    expect(notes(r)).toEqual(NOTES('t8', 1, 't9'));
  });

  it('reads 功能科目编码 as codes although 合计 spans the code and name cells (five false errors before)', async () => {
    const r = await report(NAME);
    // 公开05表 合计 27,664.22 = 201 22,395.50 + 208 1,374.63 + 221 3,894.09, and each 类/款 over its lines.
    expect(tally(r, 't4')).toMatchObject({ checks: 7, passed: 7 });
    // 公开06表 合计 11,700.63 = 301 8,300.32 + 302 2,232.91 + 303 1,167.40.
    expect(tally(r, 't5')).toMatchObject({ checks: 4, passed: 4 });
    // 公开11表 机关运行经费 合计 2,232.91 = 302 2,232.91 = Σ its fifteen 款.
    expect(tally(r, 't10')).toMatchObject({ checks: 2, passed: 2 });
    // 收支预算总表: 22,395.50 + 1,374.63 + 3,894.09 = 27,664.22; 11,700.63 + 13,025.38 + 2,938.21 = 27,664.22;
    // + X.2 1.一般公共预算 27,664.22 = 收入预算总表 一般公共预算资金 小计 27,664.22 (其他资金 blank on both: not a check).
    expect(tally(r, 't0')).toMatchObject({ checks: 9, passed: 9 });
  });
});

describe('findings: 江苏省委办公厅2018年度部门预算公开表.pdf', () => {
  const NAME = '江苏省委办公厅2018年度部门预算公开表.pdf';

  it('finds the twelve tables; no error (four false ones before)', async () => {
    const r = await report(NAME);
    expect(titles(r).map(([, t]) => t)).toEqual([
      '收支预算总表',
      '收入预算总表',
      '支出预算总表',
      '财政拨款收支预算总表',
      '财政拨款支出预算表',
      '财政拨款基本支出预算表',
      '一般公共预算支出预算表',
      '一般公共预算基本支出预算表',
      '“三公”经费、会议费、培训费支出预算表',
      '财政拨款政府性基金支出预算表',
      '一般公共预算机关运行经费支出预算表',
      '2018年政府采购预算表',
    ]);
    expect(errors(r)).toEqual([]);
    expect(notes(r)).toEqual(NOTES('t8', 1, 't9'));
    // 收支预算总表: 20,153.75 + 1,289.52 + 3,015.16 = 24,458.43; 10,403.11 + 12,081.46 + 1,973.86 = 24,458.43;
    // + X.2 1.一般公共预算 24,458.43 = 收入预算总表 一般公共预算资金 小计 24,458.43.
    expect(tally(r, 't0')).toMatchObject({ checks: 9, passed: 9 });
    // 政府采购预算表: 货物A 90.00 = 30.00 + 60.00 (not 30.00 + its eight lines …: the info note "60.00 < 90.00" is gone);
    // 服务C 1,359.50 = 872.10 + 5.00 + 11.40 + 34.00 + 50.00 + 25.00 + 152.00 + 210.00; and each 经济科目 line = Σ
    // its 采购物品 lines: 30.00 = 12.00 + 2.00 + 4.00 + 3.50 + 2.00 + 3.00 + 1.00 + 2.50; 60.00 = 12.00 + 6.00 + 2.10
    // + 1.06 + 6.00 + 2.30 + 0.90 + 4.00 + 6.00 + 19.64; the eight 服务C lines over one line each (13 checks).
    expect(tally(r, 't11')).toMatchObject({ checks: 13, passed: 13 });
  });
});

describe('findings: 江苏省政协办公厅2017年度部门预算公开表.pdf', () => {
  const NAME = '江苏省政协办公厅2017年度部门预算公开表.pdf';

  it('finds 表一–表十二, 政府采购预算表 joined over its two pages; no error (four false ones before)', async () => {
    const r = await report(NAME);
    expect(titles(r).map(([n]) => n)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']);
    expect(r.tables[11]).toMatchObject({ title: '2017年政府采购预算表', pieces: 2, pieceStarts: [26] });
    expect(errors(r)).toEqual([]);
    // 收支预算总表: 6,543.55 + 1,509.72 + 1,093.52 = 9,146.79; 5,916.27 + 3,123.68 + 106.84 = 9,146.79;
    // 收入: 9,066.79 + 80.00 = 9,146.79; + X.2 一般公共预算 9,066.79 and 其他资金 80.00 = 收入预算总表 小计s.
    expect(tally(r, 't0')).toMatchObject({ checks: 10, passed: 10 });
    // 收入预算总表: 收入总计 9,146.79 = 9,066.79 + 80.00; 9,066.79 = 9,066.79 + 0; 80.00 = 其他收入 80.00;
    // + X.1 收入总计 9,146.79 = 收支预算总表 收入合计 9,146.79.
    expect(tally(r, 't1')).toMatchObject({ checks: 4, passed: 4 });
    // 公务接待费 443.50 in the 三公 table vs 16.00 in 表九 (302 17): 三公 covers project money, an info note.
    expect(notes(r)).toEqual(['empty-table:info:t6', 'cross-sangong:info:t10', 'cross-sangong:info:t10']);
  });

  it('joins 政府采购预算表 although p. 13 repeats its title, 部门, 单位 and header (Excel print titles)', async () => {
    const r = await report(NAME);
    expect(r.findings.filter((f) => f.rule === 'list-parts')).toEqual([]);
    // p. 12 shows only 62.20 of 服务C 1,011.90; p. 13 holds the rest: 62.20 + 714.80 + 74.40 + 160.50 = 1,011.90.
    // 合计 1,271.22 = 货物A 259.32 + 服务C 1,011.90; 货物A 259.32 = 95.00 + 140.20 + 12.40 + 7.20 + 4.52; each 专项
    // = Σ its 采购物品 lines: 95.00 = 10.80 + 2.00 + 0.20 + 28.00 + 6.00 + 48.00; 140.20 = 67.75 + 72.45; 12.40 = 4.40
    // + 8.00; 7.20; 4.52 = 3.00 + 1.52; 62.20 = 5.50 + 38.04 + 18.66; 714.80 = 65.00 + 362.60 + 207.20 + 80.00;
    // 74.40 = 16.36 + 32.64 + 20.40 + 5.00; 160.50 = 6.00 + 94.50 + 54.00 + 6.00 (12 checks).
    expect(tally(r, 't11')).toMatchObject({ checks: 12, passed: 12 });
    expect(r.tables[11].rows.at(-1)?.map((c) => c.text)).toEqual(['', '', '', '交通运输和仓储服务', '分散自行组织', '6.00']);
    expect(r.tables[11].notes).toContain('分页处重复的表头（1行）已删除 / header repeated after a page break (1 row(s)) dropped');
  });
});

describe('findings: the Word prose files', () => {
  it('江苏省政协办公厅2019年度部门预算.pdf: no contradiction (thirteen false ones before)', async () => {
    // Each part was keyed as the budget total: 财政拨款收入预算总计 13,297.11, 其他资金收入预算总计 80, 会议费 1,282.56 …
    // The text agrees with itself: 13,297.11 + 0 + 80 = 13,377.11; 基本支出 6,522.75 (all funds) vs 财政拨款基本支出
    // 6,442.75 differ by the 其他资金 80.00.
    const r = await report('江苏省政协办公厅2019年度部门预算.pdf');
    expect(r.status).toBe('no-tables');
    expect(r.findings).toEqual([]);
  });

  it('江苏省委办公厅2019年度部门预算公开文件.pdf: no contradiction (nine false ones before); its two wrong rates', async () => {
    const r = await report('江苏省委办公厅2019年度部门预算公开文件.pdf');
    expect(r.status).toBe('no-tables');
    // test/fixtures/truth: SWB19-01 住房保障 878.93 ÷ (3894.09 − 878.93 = 3015.16) = 29.150%, printed 30%;
    // SWB19-02 行政运行 1297.83 ÷ (9370.12 − 1297.83 = 8072.29) = 16.0776%, printed 16.07% (16.065–16.075 misses it).
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.stated, f.magnitude])).toEqual([
      ['prose-growth', '30%', 'gross'],
      ['prose-growth', '16.07%', 'minor'],
    ]);
    expect(r.findings.filter((f) => f.severity !== 'error' && f.kind !== 'rounding')).toEqual([]);
  });
});

describe('cross-table checks on the Jiangsu template (its tables classified as 表1–表6, 表8, 表10)', () => {
  it('江苏省政协办公厅2019年预算公开表.pdf: every relation that runs holds', async () => {
    expect(await crossChecks('江苏省政协办公厅2019年预算公开表.pdf')).toEqual({
      // X.1 收入预算总表 收入总计 13,377.11 = 支出预算总表 合计 13,377.11 = 收支预算总表 收入合计 13,377.11.
      'cross-totals': { checks: 2, passed: 2 },
      // X.2 一般公共预算 13,297.11 = 小计 13,297.11, 其他资金 80.00 = 小计 80.00; X.5 财政拨款收支预算总表 收入合计
      // 13,297.11 = 一、财政拨款 13,297.11, 一般公共预算 13,297.11 = 13,297.11; X.6 = 收入预算总表 小计 13,297.11;
      // X.11 支出预算总表 6,522.75 / 4,968.34 / 1,886.02 = 收支预算总表 支出用途, 基本支出 6,522.75 ≥ 表8 合计 6,442.75;
      // X.7 表7 合计 13,297.11 = 一般公共预算 13,297.11; X.9 表8 合计 6,442.75 = 财政拨款 一、基本支出 6,442.75.
      'cross-source-lists': { checks: 11, passed: 11 },
      'cross-fund-tables': { checks: 1, passed: 1 }, // 表10 empty, 政府性基金预算 blank in 表1 and 表4
      // X.17 30108 415.33 = 2080505 415.33; 30109 166.13 = 2080506 166.13; 30113 492.87 = 2210201 492.87.
      'cross-economic': { checks: 3, passed: 3 },
      // X.12 公务用车运行维护费 156.60 = 30231 156.60; 因公出国 106.00 and 公务接待 397.50 without a 302 line (info).
      'cross-sangong': { checks: 3, passed: 1 },
    });
  });

  it('江苏省委办公厅2019年度部门预算公开表格.pdf and 2018年度部门预算公开表.pdf: every relation that runs holds', async () => {
    // 2019: 27,664.22 throughout (收入总计, 合计, 收入合计, 财政拨款, 一般公共预算, 小计, 表7 合计); 11,700.63 /
    // 13,025.38 / 2,938.21 by use; 表8 合计 11,700.63 = 基本支出; 785.06 / 314.03 / 965.87 for 30108 / 30109 / 30113;
    // 接待 27.00 = 30217, 运行维护 411.20 = 30231, 因公出国 70.00 (info). 其他资金 blank: one X.2 fewer than 政协.
    // 2018: the same relations at 24,458.43; 10,403.11 / 12,081.46 / 1,973.86.
    for (const name of ['江苏省委办公厅2019年度部门预算公开表格.pdf', '江苏省委办公厅2018年度部门预算公开表.pdf']) {
      expect(await crossChecks(name), name).toEqual({
        'cross-totals': { checks: 2, passed: 2 },
        'cross-source-lists': { checks: 10, passed: 10 },
        'cross-fund-tables': { checks: 1, passed: 1 },
        'cross-economic': { checks: 3, passed: 3 },
        'cross-sangong': { checks: 3, passed: 2 },
      });
    }
  });

  it('江苏省政协办公厅2017年度部门预算公开表.pdf: every relation that runs holds (no X.17: 2017 economic codes)', async () => {
    expect(await crossChecks('江苏省政协办公厅2017年度部门预算公开表.pdf')).toEqual({
      // 9,146.79 (收入总计 = 合计 = 收入合计).
      'cross-totals': { checks: 2, passed: 2 },
      // 9,066.79 for 一般公共预算 and 财政拨款 everywhere, 其他资金 80.00; 5,916.27 / 3,123.68 / 106.84 by use;
      // 表九 合计 5,836.27 = 财政拨款 基本支出 5,836.27 ≤ 支出预算总表 基本支出 5,916.27 (其他资金 80.00).
      'cross-source-lists': { checks: 11, passed: 11 },
      'cross-fund-tables': { checks: 1, passed: 1 },
      // 运行维护 156.60 = 30231 156.60; 接待 443.50 ≥ 30217 16.00 and 因公出国 76.00 without 30212 (info).
      'cross-sangong': { checks: 3, passed: 1 },
    });
  });
});
