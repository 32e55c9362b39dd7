/**
 * Mutation tests on the real Jiangsu disclosures: the tables (and the prose) as read from each PDF, one printed amount
 * changed by at least 0.10, must give an error that points at the changed cell (or quotes the changed sentence);
 * the document as published gives none. Each mutation names the relations that catch it, worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/engine.ts';
import type { Finding, RawDocument, Report } from '../../lib/model.ts';
import { loadJiangsu as load } from './jiangsu-fixtures.ts';

/** A copy of the document in which the `nth` table cell on `page` that reads `from` reads `to`. */
function withCell(doc: RawDocument, page: number, from: string, to: string, nth = 0): RawDocument {
  let seen = 0;
  let done = false;
  const blocks = doc.blocks.map((block) => {
    if (done || block.kind !== 'table' || block.table.page !== page) return block;
    const rows = block.table.rows.map((row) => {
      const cells = row.cells.map((cell) => {
        if (done || cell.text.trim() !== from || seen++ !== nth) return cell;
        done = true;
        return { ...cell, text: to };
      });
      return { ...row, cells };
    });
    return { ...block, table: { ...block.table, rows } };
  });
  if (!done) throw new Error(`no cell ${from} on p. ${page}`);
  return { ...doc, blocks };
}

/** A copy in which the first text block containing `from` has it replaced by `to`; and that block's index. */
function withText(doc: RawDocument, from: string, to: string): { doc: RawDocument; block: number } {
  const block = doc.blocks.findIndex((b) => b.kind === 'text' && b.text.includes(from));
  if (block < 0) throw new Error(`no text ${from}`);
  const blocks = doc.blocks.slice();
  const b = blocks[block];
  if (b.kind === 'text') blocks[block] = { ...b, text: b.text.replace(from, to) };
  return { doc: { ...doc, blocks }, block };
}

const errors = (r: Report): Finding[] => r.findings.filter((f) => f.severity === 'error');

/** The grid cell that reads `text` (the mutated amount, unique in the document). */
function cellReading(r: Report, text: string): { tableId: string; row: number; col: number; title?: string } {
  const found = r.tables.flatMap((t) =>
    t.rows.flatMap((row, i) =>
      row.flatMap((cell, j) => (cell.text === text && cell.originRow === i && cell.originCol === j ? [{ tableId: t.id, row: i, col: j, title: t.title }] : [])),
    ),
  );
  expect(found, `cells reading ${text}`).toHaveLength(1);
  return found[0];
}

interface CellMutation {
  page: number;
  from: string;
  to: string;
  nth?: number;
  /** The table it sits in, and the rules that must flag it (each worked out by hand in `why`). */
  table: string;
  rules: string[];
  why: string;
}

function expectCaught(name: string, m: CellMutation) {
  it(`${m.table} p. ${m.page}: ${m.from} → ${m.to} (${m.why})`, async () => {
    const r = analyzeDocument(withCell(await load(name), m.page, m.from, m.to, m.nth));
    const at = cellReading(r, m.to);
    expect(at.title).toBe(m.table);
    const pointing = errors(r).filter((f) => f.cells.some((c) => c.tableId === at.tableId && c.row === at.row && c.col === at.col));
    expect(pointing.length, JSON.stringify(errors(r).map((f) => f.message))).toBeGreaterThan(0);
    for (const rule of m.rules) expect(pointing.map((f) => f.rule), rule).toContain(rule);
  });
}

/**
 * One amount per table kind the checks reach (and, in 政府采购预算表, one 专项 line and one 采购物品 line: the levels below
 * the 大类 are told apart only by the label column they are written in): 财政拨款收支预算总表's 一般公共预算 (its own 收入合计, and X.5/X.6/X.7
 * against 收支预算总表, 收入预算总表, 一般公共预算支出预算表); 支出预算总表's one row (合计 = Σ, X.11 against 收支预算总表
 * 支出用途); a coded line (its 款 = Σ 项); the 三公 row (小计 = Σ); 政府采购预算表's 大类 line (合计 = Σ 大类).
 */
const TABLE_FILES: [string, CellMutation[]][] = [
  [
    '江苏省政协办公厅2019年预算公开表.pdf',
    [
      { page: 4, from: '13,297.11', to: '13,297.21', table: '财政拨款收支预算总表', rules: ['column-total', 'cross-source-lists'], why: '收入合计 13,297.11 ≠ 13,297.21 + 0; ≠ 表1 1.一般公共预算, 表2 小计, 表7 合计 13,297.11' },
      { page: 3, from: '6,522.75', to: '6,522.95', table: '支出预算总表', rules: ['component-columns', 'cross-source-lists'], why: '合计 13,377.11 ≠ 6,522.95 + 4,968.34 + 1,886.02; ≠ 表1 基本支出 6,522.75' },
      { page: 8, from: '415.33', to: '415.53', table: '一般公共预算基本支出预算表（经济科目）', rules: ['hierarchy-sum'], why: '301 4,367.96 ≠ Σ 30101…30199 = 4,368.16; X.17 vs 2080505 415.33 is a warning' },
      { page: 9, from: '397.50', to: '397.70', table: '“三公”经费、会议费、培训费支出预算表', rules: ['component-columns'], why: '小计 660.10 ≠ 106.00 + 156.60 + 397.70' },
      { page: 12, from: '350.00', to: '350.20', table: '2019年政府采购预算表', rules: ['column-total'], why: '合计 1,624.42 ≠ 350.20 + 1,274.42' },
      // The 专项 line 省政协专项会议 under 货物A (the first 50.00 of p. 12), and a 采购物品 line under 服务C's 952.65.
      { page: 12, from: '50.00', to: '50.20', table: '2019年政府采购预算表', rules: ['list-parts'], why: '50.20 ≠ 印刷品 50.00; 货物A 350.00 ≠ 300.00 + 50.20' },
      { page: 12, from: '892.65', to: '892.85', table: '2019年政府采购预算表', rules: ['list-parts'], why: '省政协专项会议 952.65 ≠ 60.00 + 892.85' },
    ],
  ],
  [
    '江苏省委办公厅2019年度部门预算公开表格.pdf',
    [
      { page: 4, from: '27,664.22', to: '27,664.42', table: '财政拨款收支预算总表', rules: ['column-total', 'cross-source-lists'], why: '收入合计 27,664.22 ≠ 27,664.42; ≠ 表1, 表2, 表7 27,664.22' },
      { page: 3, from: '11,700.63', to: '11,700.83', table: '支出预算总表', rules: ['component-columns', 'cross-source-lists'], why: '合计 27,664.22 ≠ 11,700.83 + 13,025.38 + 2,938.21; ≠ 表1 基本支出 11,700.63' },
      { page: 8, from: '785.06', to: '785.26', table: '一般公共预算基本支出预算表（经济科目）', rules: ['hierarchy-sum'], why: '301 8,300.32 ≠ Σ its 款 = 8,300.52' },
      { page: 9, from: '27.00', to: '27.20', table: '“三公”经费、会议费、培训费支出预算表', rules: ['component-columns'], why: '小计 508.20 ≠ 70.00 + 411.20 + 27.20' },
      { page: 12, from: '54.00', to: '54.20', table: '2019年政府采购预算表', rules: ['list-parts'], why: '办公设备购置费 54.20 ≠ Σ its ten lines 54.00; 货物A 84.00 ≠ 30.00 + 54.20' },
      { page: 12, from: '1.06', to: '1.26', table: '2019年政府采购预算表', rules: ['list-parts'], why: '办公设备购置费 54.00 ≠ 12.00 + 6.00 + 2.10 + 1.26 + 6.00 + 1.50 + 0.90 + 4.00 + 0.80 + 19.64' },
    ],
  ],
  [
    '江苏省委办公厅2018年度部门预算公开表.pdf',
    [
      { page: 6, from: '24,458.43', to: '24,458.63', table: '财政拨款收支预算总表', rules: ['column-total', 'cross-source-lists'], why: '收入合计 24,458.43 ≠ 24,458.63; ≠ 表1, 表2, 一般公共预算支出预算表 24,458.43' },
      { page: 5, from: '10,403.11', to: '10,403.31', table: '支出预算总表', rules: ['component-columns', 'cross-source-lists'], why: '合计 24,458.43 ≠ 10,403.31 + 12,081.46 + 1,973.86; ≠ 表1 基本支出 10,403.11' },
      { page: 9, from: '743.39', to: '743.59', table: '一般公共预算支出预算表', rules: ['hierarchy-sum'], why: '20805 1,289.52 ≠ 248.77 + 743.59 + 297.36' },
      // 省委办公厅承办的会议费 sits at the foot of p. 14, its one 会议服务 line at the head of p. 15.
      { page: 14, from: '872.10', to: '872.30', table: '2018年政府采购预算表', rules: ['list-parts'], why: '872.30 ≠ 会议服务 872.10 (p. 15); 服务C 1,359.50 ≠ Σ its eight lines 1,359.70' },
      { page: 14, from: '19.64', to: '19.84', table: '2018年政府采购预算表', rules: ['list-parts'], why: '办公设备购置费 60.00 ≠ Σ its ten lines 60.20' },
    ],
  ],
  [
    '江苏省政协办公厅2017年度部门预算公开表.pdf',
    [
      { page: 4, from: '9,066.79', to: '9,066.99', table: '财政拨款收支预算总表', rules: ['column-total', 'cross-source-lists'], why: '收入合计 9,066.79 ≠ 9,066.99; ≠ 表一, 表二, 表八 9,066.79' },
      // 服务C on p. 12, now one table with p. 13: 合计 1,271.22 ≠ 259.32 + 1,012.10.
      { page: 12, from: '1,011.90', to: '1,012.10', table: '2017年政府采购预算表', rules: ['column-total'], why: '合计 1,271.22 ≠ 货物A 259.32 + 服务C 1,012.10' },
      // Once only an info note (服务C's 专项 lines were read as a list that may be partial) and nothing at all.
      { page: 13, from: '714.80', to: '714.90', table: '2017年政府采购预算表', rules: ['list-parts'], why: '省政协全委会 714.90 ≠ 65.00 + 362.60 + 207.20 + 80.00; 服务C 1,011.90 ≠ 62.20 + 714.90 + 74.40 + 160.50' },
      { page: 13, from: '362.60', to: '362.80', table: '2017年政府采购预算表', rules: ['list-parts'], why: '省政协全委会 714.80 ≠ 65.00 + 362.80 + 207.20 + 80.00' },
    ],
  ],
];

describe.each(TABLE_FILES)('%s', (name, mutations) => {
  it('as published: no error', async () => {
    expect(errors(analyzeDocument(await load(name)))).toEqual([]);
  });
  for (const m of mutations) expectCaught(name, m);
});

interface TextMutation {
  from: string;
  to: string;
  rules: string[];
  why: string;
}

const PROSE_FILES: [string, TextMutation[]][] = [
  [
    '江苏省政协办公厅2019年度部门预算.pdf',
    [
      { from: '一般公共预算收入 13,297.11 万元', to: '一般公共预算收入 13,297.31 万元', rules: ['prose-contradiction'], why: 'p. 9 says 一般公共预算收入预算 13,297.11' },
      { from: '基本支出 6,522.75 万元，占', to: '基本支出 6,522.95 万元，占', rules: ['prose-contradiction'], why: 'p. 10 says 基本支出预算数为 6,522.75' },
    ],
  ],
  [
    '江苏省委办公厅2019年度部门预算公开文件.pdf',
    [
      { from: '一般公共预算收入27664.22万元', to: '一般公共预算收入27664.42万元', rules: ['prose-parts', 'prose-contradiction'], why: '本年收入预算合计 27664.22 has this one part' },
      { from: '基本支出11700.63万元，占', to: '基本支出11700.83万元，占', rules: ['prose-parts', 'prose-contradiction'], why: '27664.22 ≠ 11700.83 + 13025.38 + 2938.21; p. 6 says 11700.63' },
      // No 三公 total in the text: the three shares (13.77 + 80.92 + 5.31 = 100.00%) make the parts the whole, so
      // 27.2 / (70 + 411.20 + 27.2) is 5.34–5.36% (70 and 27 stand for ±0.5), not 5.31%. The later "3．公务接待费预算
      // 支出27万元" cannot catch it: 27 ± 0.5 covers 27.2.
      { from: '公务接待费支出27万元', to: '公务接待费支出27.2万元', rules: ['prose-share'], why: '5.31% of 70 + 411.20 + 27.2 is 5.34–5.36%' },
    ],
  ],
];

/** The errors each file has as published (test/fixtures/truth): 委办 2019's two wrong growth rates. */
const PUBLISHED_ERRORS: Record<string, string[]> = {
  '江苏省委办公厅2019年度部门预算公开文件.pdf': ['30%', '16.07%'],
};

describe.each(PROSE_FILES)('%s (prose)', (name, mutations) => {
  it('as published: only the recorded errors', async () => {
    expect(errors(analyzeDocument(await load(name))).map((f) => f.stated)).toEqual(PUBLISHED_ERRORS[name] ?? []);
  });
  for (const m of mutations)
    it(`${m.from} → ${m.to} (${m.why})`, async () => {
      const { doc, block } = withText(await load(name), m.from, m.to);
      const r = analyzeDocument(doc);
      const published = new Set(PUBLISHED_ERRORS[name] ?? []);
      const pointing = errors(r).filter((f) => !published.has(f.stated ?? '') && f.textRefs?.some((t) => t.block === block));
      expect(pointing.length, JSON.stringify(errors(r).map((f) => f.message))).toBeGreaterThan(0);
      for (const rule of m.rules) expect(pointing.map((f) => f.rule), rule).toContain(rule);
      expect(pointing.some((f) => f.quote?.includes(m.to.replace(/，占$/, '')) || f.message.includes(m.to.match(/[\d,.]+/)?.[0] ?? '∅'))).toBe(true);
    });
});
