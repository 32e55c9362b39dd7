/**
 * Builds the 决算 test pages (test/fixtures/pages/final-accounts-*.html) from the real 决算 PDFs, as a CMS would
 * publish a 决算 pasted from Word or WPS: the document's text as paragraphs, each table under its 表N, title and
 * 单位 lines, its header with the PDF's merged cells, long tables cut in two at a page break.
 *
 *   Word ("Save as HTML"): MsoTableGrid, <p class=MsoNormal><span> in every cell, &nbsp; for empty cells, the second
 *   piece without a header;
 *   WPS: plain bordered tables with inline styles, centred <p> in the cells, the header repeated on the next page.
 *
 * The grids are the engine's reading of the PDF, which the truth files confirm cell by cell (test/fixtures/truth):
 * `node --import tsx scripts/final-accounts-pages.ts` rewrites the pages; they are committed, so tests never run it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadPdf } from '../cli/load-pdf.ts';
import { buildModel } from '../lib/engine.ts';
import type { RawDocument, TableGrid } from '../lib/model.ts';

const SOURCES: [string, string][] = [
  ['上海市普陀区规划和自然资源局2024年度部门决算.pdf', 'ghzy'],
  ['中共上海市普陀区委社会工作部2024年度部门决算.pdf', 'shgzb'],
];
const FIXTURES = new URL('../test/fixtures/', import.meta.url);

type Style = 'word' | 'wps';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cellHtml(text: string, style: Style, header: boolean, span: string): string {
  const content = text.trim() === '' ? '&nbsp;' : escape(text.replace(/\s+/g, ' ').trim());
  if (style === 'word')
    return `<td${span} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=${header ? 'center' : 'left'} style='text-align:${header ? 'center' : 'left'}'><span style='font-size:9.0pt;font-family:宋体'>${content}<o:p></o:p></span></p></td>`;
  return `<td${span} style="border:1px solid #000;padding:2px 4px"><p style="margin:0;text-align:${header ? 'center' : 'right'}"><span style="font-family:宋体;font-size:10.5pt">${content}</span></p></td>`;
}

/** Rows [from, to) of the grid as <tr>s, merged cells from the grid's spans (clipped to the rows written). */
function rowsHtml(grid: TableGrid, from: number, to: number, style: Style): string {
  const out: string[] = [];
  for (let r = from; r < to; r++) {
    const cells: string[] = [];
    for (let c = 0; c < grid.width; c++) {
      const cell = grid.rows[r][c];
      if (cell.originRow !== r || cell.originCol !== c) {
        // A span that starts above the rows written here starts again at its first row written.
        if (!(cell.originRow < from && r === from && cell.originCol === c)) continue;
      }
      const span = grid.spans.find((s) => s.row === cell.originRow && s.col === cell.originCol);
      const rows = span ? Math.min(span.row + span.rowSpan, to) - r : 1;
      const cols = span ? span.colSpan : 1;
      const attrs = `${rows > 1 ? ` rowspan=${rows}` : ''}${cols > 1 ? ` colspan=${cols}` : ''}`;
      cells.push(cellHtml(grid.rows[cell.originRow][cell.originCol].text, style, r < grid.headRows, attrs));
    }
    out.push(`<tr>${cells.join('')}</tr>`);
  }
  return out.join('\n');
}

function tableHtml(grid: TableGrid, style: Style): string {
  const open =
    style === 'word'
      ? `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>`
      : '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%">';
  const heading =
    style === 'word'
      ? `<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt;font-family:黑体'>${escape(grid.title ?? '')}</span></b></p>\n<p class=MsoNormal align=right style='text-align:right'><span style='font-family:宋体'>单位：万元</span></p>`
      : `<p style="text-align:center"><strong>${escape(grid.title ?? '')}</strong></p>\n<p style="text-align:right">单位：万元</p>`;
  const number = grid.number ? `<p class=MsoNormal><span style='font-family:宋体'>表${escape(grid.number)}</span></p>\n` : '';
  const body = grid.rows.length - grid.headRows;
  // Long tables are cut where a printed page would end: Word leaves the header on the first page only, WPS repeats it.
  if (body < 16) return `${number}${heading}\n${open}\n${rowsHtml(grid, 0, grid.rows.length, style)}\n</table>`;
  const cut = grid.headRows + Math.floor(body / 2);
  const second = style === 'wps' ? `${rowsHtml(grid, 0, grid.headRows, style)}\n${rowsHtml(grid, cut, grid.rows.length, style)}` : rowsHtml(grid, cut, grid.rows.length, style);
  const pageBreak = style === 'word' ? `<br clear=all style='page-break-before:always'>` : '<div style="page-break-after:always"></div>';
  return `${number}${heading}\n${open}\n${rowsHtml(grid, 0, cut, style)}\n</table>\n${pageBreak}\n${open}\n${second}\n</table>`;
}

function page(raw: RawDocument, style: Style, title: string): string {
  const grids = buildModel(raw).tables.map((t) => t.grid);
  const parts: string[] = [];
  let next = 0;
  const paragraph = (text: string, heading: boolean) =>
    style === 'word'
      ? `<p class=MsoNormal style='text-indent:21.0pt'>${heading ? '<b>' : ''}<span style='font-size:12.0pt;font-family:仿宋_GB2312'>${escape(text)}</span>${heading ? '</b>' : ''}</p>`
      : `<p style="text-indent:2em">${heading ? '<strong>' : ''}${escape(text)}${heading ? '</strong>' : ''}</p>`;
  // The tables in reading order, each where its first piece was; the text lines that were their headings are left out.
  const tableAt = new Map<unknown, TableGrid>();
  for (const g of grids) tableAt.set(g.anchors[0], g);
  const written = new Set<TableGrid>();
  for (const block of raw.blocks) {
    if (block.kind === 'table') {
      const grid = tableAt.get(block.table.anchor);
      if (grid && !written.has(grid)) {
        written.add(grid);
        parts.push(tableHtml(grid, style));
        next++;
      }
      continue;
    }
    const text = block.text.trim();
    if (!text || grids.some((g) => g.title === text) || /^单位[:：]/.test(text)) continue;
    parts.push(paragraph(text, block.heading === true));
  }
  const head =
    style === 'word'
      ? `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n<meta name=ProgId content=Word.Document>\n<meta name=Generator content="Microsoft Word 15">\n<title>${escape(title)}</title>\n</head>\n<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n<div class=WordSection1>`
      : `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta name="generator" content="WPS Office">\n<title>${escape(title)}</title>\n</head>\n<body>\n<div class="TRS_Editor"><div class="WPS_Document">`;
  const foot = style === 'word' ? '</div>\n</body>\n</html>\n' : '</div></div>\n</body>\n</html>\n';
  return `${head}\n${parts.join('\n')}\n${foot}`;
}

for (const [file, name] of SOURCES) {
  const raw = await loadPdf(new Uint8Array(readFileSync(new URL(`final-accounts/${file}`, FIXTURES))), file);
  const title = file.replace(/\.pdf$/, '');
  for (const style of ['word', 'wps'] as const)
    writeFileSync(new URL(`pages/final-accounts-${name}.${style}.html`, FIXTURES), page(raw, style, title));
  console.log(`${file}: final-accounts-${name}.word.html, final-accounts-${name}.wps.html`);
}
