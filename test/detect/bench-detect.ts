/**
 * Benchmark of reading and detection (prints figures, asserts nothing):
 *   node --import tsx test/detect/bench-detect.ts
 *
 * For synthetic pages shaped like the seeds (Word markup: <p> in every cell, merged two-row headers, 表N and title
 * paragraphs) it prints the linkedom parse, a bare read (every cell's textContent), readDocument, detectTables, and
 * the cost per cell. Linear time shows as a flat µs/cell from 10 to 1,000 tables and from 10,000 to 40,000 rows.
 */
import { parseHTML } from 'linkedom';
import { detectTables } from '../../lib/detect/detect-tables.ts';
import { readDocument } from '../../lib/dom/read-document.ts';

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
  ['1 table × 10,000 rows', page(1, 10_000)],
  ['1 table × 20,000 rows', page(1, 20_000)],
  ['1 table × 40,000 rows', page(1, 40_000)],
  ['1 table × 20,000 rows in 200 pieces', page(1, 20_000, 200)],
];

console.log(['page', 'cells', 'parse ms', 'bare read ms', 'readDocument ms', 'detect ms', 'read+detect µs/cell', 'tables'].join('\t'));
for (const [name, html] of cases) {
  const doc = parseHTML(html).document as unknown as Document;
  const cells = doc.querySelectorAll('td').length;
  const runs = cells > 100_000 ? 3 : 5;
  // linkedom's parse is not ours and slow on big pages: timed once.
  const parseStart = performance.now();
  parseHTML(html);
  const parseMs = performance.now() - parseStart;
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
      parseMs.toFixed(1),
      bareMs.toFixed(1),
      readMs.toFixed(1),
      detectMs.toFixed(1),
      (((readMs + detectMs) * 1000) / cells).toFixed(2),
      `${found.length} (rows ${found.reduce((s, t) => s + t.rows.length, 0)})`,
    ].join('\t'),
  );
}
