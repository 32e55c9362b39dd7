/**
 * Benchmark of reading and detection (prints figures, asserts nothing):
 *   node --import tsx test/detect/bench-detect.ts
 *
 * 1. Pages shaped like the seeds (Word markup: <p> in every cell, merged two-row headers, 表N and title paragraphs):
 *    the linkedom parse (timed once: it is not ours, and it slows down more than linearly on big pages), a bare read
 *    (every cell's textContent), readDocument, detectTables, and the cost per cell.
 * 2. detectTables alone on RawDocuments built without a DOM, up to 80,000 rows and 2,000 tables.
 * Linear time shows as a flat µs/cell down each series.
 */
import { parseHTML } from 'linkedom';
import { detectTables } from '../../lib/detect/detect-tables.ts';
import { readDocument } from '../../lib/dom/read-document.ts';
import type { Block, RawDocument, RawRow } from '../../lib/model.ts';

const WIDTH = 15;

function headerRows(): string {
  const top = `<tr><td colspan=3><p>功能分类科目编码</p></td><td rowspan=2><p>功能分类科目名称</p></td><td rowspan=2><p>总 计</p></td><td colspan=${WIDTH - 5}><p>财 政 拨 款</p></td></tr>`;
  const second = ['类', '款', '项', ...Array.from({ length: WIDTH - 5 }, (_, i) => `列${i + 1}`)];
  return top + `<tr>${second.map((t) => `<td><p class=MsoNormal><span>${t}</span></p></td>`).join('')}</tr>`;
}

function bodyRow(i: number): string {
  const cells = [String(201 + (i % 30)), String(i % 99).padStart(2, '0'), '01', `科目${i}`];
  for (let c = 4; c < WIDTH; c++) cells.push(c % 3 === 0 ? '&nbsp;' : ((i * 7 + c) % 100000 / 100).toFixed(2));
  return `<tr>${cells.map((t) => `<td valign=top><p class=MsoNormal align=right><span lang=EN-US>${t}</span></p></td>`).join('')}</tr>`;
}

function page(tables: number, rowsPerTable: number, piecesPerTable = 1): string {
  const parts = ['<html><head><meta charset=utf-8><title>合成页面</title></head><body><div class=WordSection1>'];
  for (let t = 0; t < tables; t++) {
    parts.push(`<p>表${t + 1}</p><p>单位收入总体情况表</p><p>编制单位：某局</p><p>单位：万元</p>`);
    const perPiece = Math.ceil(rowsPerTable / piecesPerTable);
    for (let p = 0; p < piecesPerTable; p++) {
      parts.push('<table class=MsoTableGrid border=1>');
      if (p === 0) parts.push(headerRows());
      for (let r = p * perPiece; r < Math.min(rowsPerTable, (p + 1) * perPiece); r++) parts.push(bodyRow(r));
      parts.push('</table><p>&nbsp;</p>');
    }
  }
  parts.push('</div></body></html>');
  return parts.join('\n');
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function time(fn: () => void, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const cases: [string, string][] = [
  ['10 tables × 20 rows', page(10, 20)],
  ['100 tables × 20 rows', page(100, 20)],
  ['1,000 tables × 20 rows', page(1000, 20)],
  ['1 table × 5,000 rows', page(1, 5_000)],
  ['1 table × 10,000 rows', page(1, 10_000)],
  ['1 table × 20,000 rows', page(1, 20_000)],
  ['1 table × 20,000 rows in 200 pieces', page(1, 20_000, 200)],
];

console.log('== Pages through linkedom: readDocument + detectTables');
console.log(['page', 'cells', 'parse ms', 'bare read ms', 'readDocument ms', 'detect ms', 'read+detect µs/cell', 'tables'].join('\t'));
for (const [name, html] of cases) {
  const parseStart = performance.now();
  const doc = parseHTML(html).document as unknown as Document;
  const parseMs = performance.now() - parseStart;
  const cells = doc.querySelectorAll('td').length;
  const runs = cells > 100_000 ? 3 : 5;
  const bareMs = time(() => {
    let n = 0;
    for (const td of doc.querySelectorAll('td')) n += (td.textContent ?? '').length;
    if (n < 0) throw new Error('unreachable');
  }, runs);
  const raw = readDocument(doc);
  const readMs = time(() => readDocument(doc), runs);
  const detectMs = time(() => detectTables(raw), runs);
  const found = detectTables(raw);
  console.log(
    [
      name,
      cells,
      parseMs.toFixed(0),
      bareMs.toFixed(1),
      readMs.toFixed(1),
      detectMs.toFixed(1),
      (((readMs + detectMs) * 1000) / cells).toFixed(2),
      `${found.length} (rows ${found.reduce((sum, t) => sum + t.rows.length, 0)})`,
    ].join('\t'),
  );
}

/** The RawDocument readDocument would make of page(tables, rowsPerTable, pieces), built directly. */
function rawDocument(tables: number, rowsPerTable: number, piecesPerTable = 1): RawDocument {
  const cell = (text: string, colSpan = 1, rowSpan = 1) => ({ text, colSpan, rowSpan, header: false });
  const header: RawRow[] = [
    { cells: [cell('功能分类科目编码', 3), cell('功能分类科目名称', 1, 2), cell('总 计', 1, 2), cell('财 政 拨 款', WIDTH - 5)] },
    { cells: ['类', '款', '项', ...Array.from({ length: WIDTH - 5 }, (_, i) => `列${i + 1}`)].map((t) => cell(t)) },
  ];
  const body = (i: number): RawRow => {
    const texts = [String(201 + (i % 30)), String(i % 99).padStart(2, '0'), '01', `科目${i}`];
    for (let c = 4; c < WIDTH; c++) texts.push(c % 3 === 0 ? '' : (((i * 7 + c) % 100000) / 100).toFixed(2));
    return { cells: texts.map((t) => cell(t)) };
  };
  const blocks: Block[] = [];
  for (let t = 0; t < tables; t++) {
    for (const text of [`表${t + 1}`, '单位收入总体情况表', '编制单位：某局', '单位：万元']) blocks.push({ kind: 'text', text });
    const perPiece = Math.ceil(rowsPerTable / piecesPerTable);
    for (let p = 0; p < piecesPerTable; p++) {
      const rows: RawRow[] = p === 0 ? [...header] : [];
      for (let r = p * perPiece; r < Math.min(rowsPerTable, (p + 1) * perPiece); r++) rows.push(body(r));
      blocks.push({ kind: 'table', table: { rows, depth: 0 } });
    }
  }
  return { title: '合成', blocks, attachments: [] };
}

const rawCases: [string, RawDocument][] = [
  ['1 table × 10,000 rows', rawDocument(1, 10_000)],
  ['1 table × 20,000 rows', rawDocument(1, 20_000)],
  ['1 table × 40,000 rows', rawDocument(1, 40_000)],
  ['1 table × 80,000 rows', rawDocument(1, 80_000)],
  ['1 table × 20,000 rows in 1,000 pieces', rawDocument(1, 20_000, 1000)],
  ['500 tables × 20 rows', rawDocument(500, 20)],
  ['1,000 tables × 20 rows', rawDocument(1000, 20)],
  ['2,000 tables × 20 rows', rawDocument(2000, 20)],
];

console.log('\n== detectTables alone, on RawDocuments built without a DOM');
console.log(['document', 'cells', 'detect ms', 'µs/cell'].join('\t'));
for (const [name, raw] of rawCases) {
  let cells = 0;
  for (const block of raw.blocks) if (block.kind === 'table') for (const row of block.table.rows) cells += row.cells.length;
  const ms = time(() => detectTables(raw), 3);
  console.log([name, cells, ms.toFixed(1), ((ms * 1000) / cells).toFixed(2)].join('\t'));
}
