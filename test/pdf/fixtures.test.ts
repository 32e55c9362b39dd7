/**
 * The fixture PDFs (test/fixtures/pdf, printed by Chromium from /work/shared/fixtures by make-fixtures.ts) read back
 * into the tables and text of the HTML pages they were printed from.
 *
 * Tables with borders must come out cell for cell as the HTML table (whitespace aside), once the pieces a page break
 * made are put one after the other (and the header Chromium repeats on a continuation page is dropped). Tables
 * without borders cannot show row spans or columns that are empty in every row; for them the body rows are checked
 * against tables.json, and the counts below were checked by hand against the PDFs.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPdf } from '../../cli/load-pdf.ts';
import type { RawDocument } from '../../lib/model.ts';
import { assemble, findRows, gridDiff, pdfPieces } from './fixture-compare.ts';
import { htmlTableGrids, normalizeCell } from './grids.ts';

const SHARED = new URL('../fixtures/pages/', import.meta.url);
const PDFS = new URL('../fixtures/pdf/', import.meta.url);

const html = (name: string) => readFileSync(new URL(name, SHARED), 'utf8');
const loadFixture = (name: string) => loadPdf(new Uint8Array(readFileSync(new URL(name, PDFS))), name);

interface ExpectedTable {
  index: number;
  no: string | null;
  title: string;
  kind: string;
  meta: string[];
  headRows: number;
  grid: string[][];
  html: Record<string, { table: number; headRows: number; bodyFrom: number; bodyTo: number }[]>;
}
const expectedTables = (seed: string): ExpectedTable[] => JSON.parse(html(`${seed}.tables.json`)).tables;

/** tables.json writes empty cells empty; the platform style shows "-". */
const blankDash = (row: readonly string[]) => row.map((c) => (/^[-－—–]+$/.test(c) ? '' : c));
const normRow = (row: readonly string[]) => blankDash(row.map(normalizeCell));

/** Paragraphs of the page outside tables, long enough to hold a sentence worth checking. */
function htmlParagraphs(page: string): string[] {
  const { document } = parseHTML(page);
  return [...document.querySelectorAll('p')]
    .filter((p) => !p.closest('table'))
    .map((p) => normalizeCell(p.textContent ?? ''))
    .filter((t) => t.length >= 30);
}

function textBlocks(doc: RawDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'text' ? [normalizeCell(b.text)] : []));
}

/** The text blocks right before the table block that starts a given table, nearest last. */
function textBefore(doc: RawDocument, tableBlock: number, count: number): string[] {
  const out: string[] = [];
  for (let i = tableBlock - 1; i >= 0 && out.length < count; i--) {
    const b = doc.blocks[i];
    if (b.kind !== 'text') break;
    out.unshift(normalizeCell(b.text));
  }
  return out;
}

const tableBlockIndexes = (doc: RawDocument) => doc.blocks.flatMap((b, i) => (b.kind === 'table' ? [i] : []));

describe('000 platform page printed with borders', () => {
  const SEED = '000_d027ff157a76b55d';
  let doc: RawDocument;
  let htmlGrids: string[][][];
  beforeAll(async () => {
    doc = await loadFixture(`${SEED}.platform.pdf`);
    htmlGrids = htmlTableGrids(html(`${SEED}.platform.html`));
  });

  it('gives every table cell for cell as the HTML table, its pieces on later pages after it', () => {
    const tables = assemble(pdfPieces(doc), htmlGrids);
    expect(tables).toHaveLength(htmlGrids.length);
    tables.forEach((table, i) => {
      expect({ table: i, diff: gridDiff(table.rows, htmlGrids[i]) }).toEqual({ table: i, diff: [] });
    });
    // Tables that run over a page break: 表2 (pp. 2–3) and 表5 (pp. 3–4).
    expect(tables[1].pages).toEqual([2, 3]);
    expect(tables[3].pages).toEqual([3, 4]);
  });

  it('keeps the header Chromium repeats at the top of a continuation page (table detection drops it)', () => {
    const pieces = pdfPieces(doc);
    const continuation = pieces.find((p) => p.page === 3)!;
    expect(continuation.grid.slice(0, 2)).toEqual(htmlGrids[1].slice(0, 2));
    expect(continuation.grid[2][3]).toBe('机关事业单位基本养老保险缴费支出');
  });

  it('项目支出绩效目标表 (pp. 6–7): puts back the column lines and the row that the page break hid and cut', () => {
    const pieces = pdfPieces(doc).filter((p) => p.page === 6 || p.page === 7);
    const table = assemble(pdfPieces(doc), htmlGrids)[8];
    expect(table.pages).toEqual([6, 7]);
    // Page 6 shows only the top four rows, whose merged cells cover two column lines: drawn alone it has 7 columns.
    // Given the lines of p. 7, its cells span them instead, so both pieces have the table's 9 columns.
    expect(table.widths).toEqual([9, 9]);
    // Chromium cut the 项目总体目标 row at the foot of p. 6, with no line along the cut on either page: the half on
    // p. 7 (目标 2 to 目标 4) is joined to the half on p. 6 and is not a row of its own.
    expect(pieces.find((p) => p.page === 6)?.grid.at(-1)?.[1]).toMatch(/^目标1:贯彻执行.*目标4:做好我州边防线及界碑界桩的维护工作。$/);
    expect(pieces.find((p) => p.page === 7)?.grid[0][0]).toBe('一级指标');
  });

  it('gives the body rows of every budget table as tables.json expects them', () => {
    const tables = assemble(pdfPieces(doc), htmlGrids);
    for (const t of expectedTables(SEED).filter((e) => e.kind === 'budget')) {
      const [piece] = t.html.platform;
      const body = tables[piece.table].rows.slice(piece.headRows).map(normRow);
      expect({ table: t.index, body }).toEqual({ table: t.index, body: t.grid.slice(t.headRows).map(normRow) });
    }
  });

  it('puts 表N with the title, 编制单位 and 单位 as text blocks right before each budget table', () => {
    const starts = tableBlockIndexes(doc);
    const pieces = pdfPieces(doc);
    const tables = assemble(pieces, htmlGrids);
    // Index of the first piece of each HTML table among the table blocks.
    let piece = 0;
    const firstPiece = tables.map((t) => {
      const at = piece;
      piece += t.pages.length;
      return at;
    });
    for (const t of expectedTables(SEED).filter((e) => e.kind === 'budget')) {
      const block = starts[firstPiece[t.html.platform[0].table]];
      expect(textBefore(doc, block, 3)).toEqual([normalizeCell(`表${t.no} ${t.title}`), ...t.meta.map(normalizeCell)]);
    }
  });

  it('gives every paragraph of the page as one text block, line breaks and page breaks healed', () => {
    const blocks = new Set(textBlocks(doc));
    const missing = htmlParagraphs(html(`${SEED}.platform.html`)).filter((p) => !blocks.has(p));
    expect(missing).toEqual([]);
  });
});

describe('002 Word page printed with borders', () => {
  const SEED = '002_985e1de26a38a1db';
  let doc: RawDocument;
  let htmlGrids: string[][][];
  beforeAll(async () => {
    doc = await loadFixture(`${SEED}.word.pdf`);
    htmlGrids = htmlTableGrids(html(`${SEED}.word.html`));
  });

  it('gives every table cell for cell as the HTML table', () => {
    const tables = assemble(pdfPieces(doc), htmlGrids);
    expect(tables).toHaveLength(htmlGrids.length);
    tables.forEach((table, i) => {
      expect({ table: i, diff: gridDiff(table.rows, htmlGrids[i]) }).toEqual({ table: i, diff: [] });
    });
  });

  it('部门收入总体情况表 (pp. 5–6): joins the 社会保障和就业支出 row that the page break cut in two', () => {
    const pieces = pdfPieces(doc).filter((p) => p.page === 5 || p.page === 6);
    // "社会保障和就" at the foot of p. 5, "业支出" at the top of p. 6, no line along the cut.
    const foot = pieces.find((p) => p.page === 5 && p.grid.some((r) => r[0] === '208'))!;
    expect(foot.grid.at(-1)?.slice(0, 5)).toEqual(['208', '', '', '社会保障和就业支出', '74.85']);
    expect(pieces.find((p) => p.page === 6)?.grid[0].slice(0, 4)).toEqual(['208', '05', '', '行政事业单位养老支出']);
  });

  it('reads the header text written one character per line in narrow columns as one label', () => {
    const [, header] = assemble(pdfPieces(doc), htmlGrids)[1].rows;
    expect(header[7]).toBe('上级一般公共预算安排的转移支付');
    expect(header[11]).toBe('上级国有资本经营预算安排的转移支付');
  });

  it('gives every paragraph of the page as one text block', () => {
    const blocks = new Set(textBlocks(doc));
    const missing = htmlParagraphs(html(`${SEED}.word.html`)).filter((p) => !blocks.has(p));
    expect(missing).toEqual([]);
  });
});

describe('pages printed without borders', () => {
  it('004 platform: every body row of every budget table, empty columns aside', async () => {
    const SEED = '004_fcad36837894980a';
    const pieces = pdfPieces(await loadFixture(`${SEED}.platform.borderless.pdf`));
    const counts = (loose: boolean) => {
      let from = 0;
      return expectedTables(SEED)
        .filter((t) => t.kind === 'budget')
        .map((t) => {
          const body = t.grid.slice(t.headRows).map(normRow);
          const found = findRows(pieces, body, { loose, from });
          from = found.next;
          return `表${t.no} ${found.matched}/${body.length}`;
        });
    };
    // Comparing only the filled cells: all of them.
    expect(counts(true)).toEqual(['表1 31/31', '表2 10/10', '表4 31/31', '表5 10/10', '表6 22/22', '表7 6/6', '表9 1/1', '表10 6/6', '表11 1/1']);
    // Cell for cell, the misses are tables whose piece has a column with nothing in it: 表2's two body rows on p. 2
    // have no 项 code, 表5's first row (alone at the foot of p. 3) neither; 表9 and 表11 are one 合计 row with
    // blank amounts, so their amount columns cannot be seen at all.
    expect(counts(false)).toEqual(['表1 31/31', '表2 8/10', '表4 31/31', '表5 9/10', '表6 22/22', '表7 6/6', '表9 0/1', '表10 6/6', '表11 0/1']);
  });

  it('000 Word: the tables whose columns are wide enough for their labels', async () => {
    const SEED = '000_d027ff157a76b55d';
    const doc = await loadFixture(`${SEED}.word.borderless.pdf`);
    const pieces = pdfPieces(doc);
    let from = 0;
    const counts = expectedTables(SEED)
      .filter((t) => t.kind === 'budget')
      .map((t) => {
        const body = t.grid.slice(t.headRows).map(normRow);
        const found = findRows(pieces, body, { loose: true, from });
        if (found.matched) from = found.next;
        return `表${t.no} ${found.matched}/${body.length}`;
      });
    // 表2's name column is two characters wide: its labels wrap on every line among codes set closer than a column
    // gap, and the rows cannot be told apart without lines. 表8 is one 合计 row with nothing else. 表4 goes on at
    // the top of p. 8 with rows that fill one cell each; they are read with the columns of p. 7. Checked by hand on
    // the rendered pages.
    expect(counts).toEqual(['表1 31/31', '表2 0/9', '表4 31/31', '表5 9/9', '表6 27/27', '表7 1/1', '表8 0/1', '表10 6/6']);
  });

  it('loses the colSpan of a group label that stands over one column only (收入 over 项目 | 预算数)', async () => {
    const pieces = pdfPieces(await loadFixture('004_fcad36837894980a.platform.borderless.pdf'));
    const first = pieces.find((p) => p.grid.some((r) => r[0] === '一、本年收入'))!;
    // With borders this row reads 收入{2} 支出{2}; without, the labels sit over the first column of each pair.
    expect(first.grid[0]).toEqual(['收入', '', '支出', '']);
    expect(first.grid[1]).toEqual(['项目', '预算数', '功能分类', '预算数']);
  });
});

describe('text of every fixture PDF', () => {
  it('has no CJK radicals or compatibility forms left where ordinary characters were printed', async () => {
    for (const name of [
      '000_d027ff157a76b55d.platform.pdf',
      '002_985e1de26a38a1db.word.pdf',
      '004_fcad36837894980a.platform.borderless.pdf',
      '000_d027ff157a76b55d.word.borderless.pdf',
    ]) {
      const doc = await loadFixture(name);
      const all = doc.blocks
        .map((b) => (b.kind === 'text' ? b.text : b.table.rows.map((r) => r.cells.map((c) => c.text).join('|')).join('\n')))
        .join('\n');
      const radicals = Array.from(all).filter((ch) => /[\u2e80-\u2fdf\uf900-\ufaff\u6236]/u.test(ch));
      expect({ name, radicals }).toEqual({ name, radicals: [] });
    }
  });
});
