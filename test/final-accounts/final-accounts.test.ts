/**
 * The 决算 (final accounts) on the real documents: the blank 2024 national template, and the two 上海市普陀区 决算 as
 * published and with one thing changed — a cell, a sentence, a table taken out. Every figure below is read off the
 * PDFs (test/fixtures/truth holds the hand check).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/engine.ts';
import type { Finding, RawDocument } from '../../lib/model.ts';
import { loadFixture } from '../corpus/corpus.ts';

const GHZY = 'final-accounts/上海市普陀区规划和自然资源局2024年度部门决算.pdf';
const SHGZB = 'final-accounts/中共上海市普陀区委社会工作部2024年度部门决算.pdf';
const TEMPLATE = 'final-accounts/部门决算模板-2024.pdf';

const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');

/** The document with the first text block holding `from` changed to `to`. */
function withText(raw: RawDocument, from: string, to: string): RawDocument {
  const i = raw.blocks.findIndex((b) => b.kind === 'text' && b.text.includes(from));
  if (i < 0) throw new Error(`no text ${from}`);
  const blocks = raw.blocks.slice();
  const b = blocks[i];
  if (b.kind === 'text') blocks[i] = { ...b, text: b.text.replace(from, to) };
  return { ...raw, blocks };
}

/** The document with the first table cell on `page` that reads `from` changed to `to`. */
function withCell(raw: RawDocument, page: number, from: string, to: string): RawDocument {
  let done = false;
  const blocks = raw.blocks.map((block) => {
    if (done || block.kind !== 'table' || block.table.page !== page) return block;
    const rows = block.table.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => {
        if (done || cell.text.trim() !== from) return cell;
        done = true;
        return { ...cell, text: to };
      }),
    }));
    return { ...block, table: { ...block.table, rows } };
  });
  if (!done) throw new Error(`no cell ${from} on p. ${page}`);
  return { ...raw, blocks };
}

describe('the national 决算 template (blank)', () => {
  it('reads all nine tables, each classified as its standard table, and finds nothing wrong in a blank form', async () => {
    const r = analyzeDocument(await loadFixture(TEMPLATE));
    expect(r.tables.map((t) => t.title)).toEqual([
      '收入支出决算总表',
      '收入决算表',
      '支出决算表',
      '财政拨款收入支出决算总表',
      '一般公共预算财政拨款支出决算表',
      '一般公共预算财政拨款基本支出决算表',
      '财政拨款“三公”经费支出决算表',
      '政府性基金预算财政拨款收入支出决算表',
      '国有资本经营预算财政拨款收入支出决算表',
    ]);
    expect(errors(r.findings)).toEqual([]);
  });
});

describe('上海市普陀区规划和自然资源局2024年度部门决算.pdf', () => {
  it('checks the identities between its tables, and they hold', async () => {
    const r = analyzeDocument(await loadFixture(GHZY));
    // XF.1 本年收入合计 9746.50 = 收入决算表 9746.50; XF.2 本年支出合计 9759.38 = 支出决算表 9759.38; XF.3/XF.4
    // 财政拨款 9746.50; XF.5 一般公共预算支出 9746.50 = 一般公共预算财政拨款支出决算表 9746.50; XF.6 基本支出 5364.75 =
    // 人员经费 4884.09 + 公用经费 480.66 = 5364.75; XF.7/XF.8 blank on both sides (vacuous).
    expect(r.findings.filter((f) => f.rule === 'cross-final-accounts')).toEqual([]);
    // 收入支出决算总表: its two 总计 and its two 本年合计 (column-total: 4), XF.1 and XF.2 (2), and the three figures the
    // text states of it (p. 11: 收入支出总计 9859.38, 本年收入合计 9746.50, 本年支出合计 9759.38, as the table has them).
    const f1 = r.tallies.find((t) => t.tableId === r.tables[0].id)!;
    expect(f1.checks).toBe(4 + 2 + 3);
    expect(f1.passed).toBe(f1.checks);
  });

  it('a mistyped 一般公共预算财政拨款收入 breaks its 本年收入合计 and its equality with 财政拨款收入支出决算总表', async () => {
    // The first 9746.50 of p. 7: 一、一般公共预算财政拨款收入, made 9764.50.
    const r = analyzeDocument(withCell(await loadFixture(GHZY), 7, '9746.50', '9764.50'));
    const found = errors(r.findings).map((f) => [f.rule, f.stated, f.expected]);
    // 本年收入合计 9746.50 ≠ 9764.50 + 0 …; XF.4 财政拨款总表 一般公共预算财政拨款 9746.50 ≠ 9764.50.
    expect(found).toContainEqual(['column-total', '9746.50', '9764.50']);
    expect(found).toContainEqual(['cross-final-accounts', '9746.50', '9764.50']);
  });

  it('the 决算数 / 预算数 comparison must agree with the figures: 54.53 = 54.53 is 持平, not 小于', async () => {
    const raw = await loadFixture(GHZY);
    expect(analyzeDocument(raw).findings.filter((f) => f.rule === 'prose-budget-vs-outcome')).toEqual([]);
    const r = analyzeDocument(withText(raw, '决算数同预算数持平', '决算数小于预算数'));
    const [f] = r.findings.filter((x) => x.rule === 'prose-budget-vs-outcome');
    expect(f).toMatchObject({ severity: 'error', stated: '决算数小于预算数' });
    expect(f.message).toContain('54.53万元等于预算数 54.53万元');
  });

  it('a table the 目录 lists but the document lacks is a finding, naming the checks it blocks', async () => {
    const raw = await loadFixture(GHZY);
    // Take out 支出决算表 (p. 10–11): its title line and both pieces.
    const title = raw.blocks.findIndex((b) => b.kind === 'text' && b.text.trim() === '支出决算表');
    const blocks = raw.blocks.filter((b, i) => !(i === title || (b.kind === 'table' && (b.table.page === 10 || b.table.page === 11))));
    const r = analyzeDocument({ ...raw, blocks });
    const missing = r.findings.filter((f) => f.rule === 'missing-table');
    expect(missing.map((f) => f.message)).toEqual([
      '表3（支出决算表）缺失（目录列出了此表，正文中没有），无法核对：XF.2 总表本年支出合计 = 支出决算表合计，以及本表自身的核对',
    ]);
  });
});

describe('中共上海市普陀区委社会工作部2024年度部门决算.pdf', () => {
  it('its blank 三公, 政府性基金 and 国有资本经营 tables, which the text says are empty, are no finding', async () => {
    const r = analyzeDocument(await loadFixture(SHGZB));
    expect(r.findings.filter((f) => f.rule === 'empty-table' || f.rule === 'prose-vs-empty-table')).toEqual([]);
  });

  it('a blank table whose figures the text states is an error', async () => {
    const raw = await loadFixture(SHGZB);
    const r = analyzeDocument(
      withText(raw, '本年度没有财政拨款“三公”经费支出，故本表无数据', '本年度“三公”经费财政拨款支出决算为 0.39 万元'),
    );
    const f = r.findings.find((x) => x.rule === 'prose-vs-empty-table');
    expect(f).toMatchObject({ severity: 'error', stated: '0.39万元', tableTitle: '财政拨款“三公”经费支出决算表' });
  });
});
