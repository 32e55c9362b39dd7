/**
 * Test helpers that line up the tables read from a fixture PDF with the tables of the HTML page it was printed from.
 */
import type { RawDocument } from '../../lib/model.ts';
import { rawTableGrid } from './grids.ts';

export interface PdfPiece {
  grid: string[][];
  page: number;
}

export function pdfPieces(doc: RawDocument): PdfPiece[] {
  return doc.blocks.flatMap((b) => (b.kind === 'table' ? [{ grid: rawTableGrid(b.table), page: b.table.page ?? 0 }] : []));
}

const same = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);

export interface AssembledTable {
  rows: string[][];
  pages: number[];
  widths: number[];
}

/**
 * Takes PDF pieces in order for each HTML table: the first piece, then following pieces while rows are missing.
 * A continuation piece that starts with the table's header rows again (Chromium repeats <thead> on every page) has
 * them dropped, as table detection will.
 */
export function assemble(pieces: readonly PdfPiece[], htmlGrids: readonly string[][][]): AssembledTable[] {
  const out: AssembledTable[] = [];
  let p = 0;
  for (const html of htmlGrids) {
    const first = pieces[p++];
    if (!first) break;
    const table: AssembledTable = { rows: [...first.grid], pages: [first.page], widths: [first.grid[0]?.length ?? 0] };
    while (table.rows.length < html.length && p < pieces.length) {
      const next = pieces[p];
      // A piece that starts like a new table is not a continuation.
      if (htmlGrids.some((h) => h !== html && same(next.grid[0], h[0]) && !same(next.grid[0], html[0]))) break;
      p++;
      let k = 0;
      while (k < next.grid.length && same(next.grid[k], html[k]) && !same(next.grid[k], html[table.rows.length])) k++;
      table.rows.push(...next.grid.slice(k));
      table.pages.push(next.page);
      table.widths.push(next.grid[0]?.length ?? 0);
    }
    out.push(table);
  }
  return out;
}

/** Cell-by-cell differences, as "r3c1: pdf「…」 html「…」". */
export function gridDiff(pdf: readonly string[][], html: readonly string[][]): string[] {
  const diffs: string[] = [];
  const rows = Math.max(pdf.length, html.length);
  const cols = Math.max(pdf[0]?.length ?? 0, html[0]?.length ?? 0);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const a = pdf[r]?.[c] ?? '∅';
      const b = html[r]?.[c] ?? '∅';
      if (a !== b) diffs.push(`r${r}c${c}: pdf「${a}」 html「${b}」`);
    }
  }
  return diffs;
}

/**
 * For borderless tables: which expected body rows appear, in order, among the rows of the PDF's tables. A row
 * matches when its cells are equal (spaces ignored); `loose` compares only the non-empty cells in order, for tables
 * whose empty columns cannot be seen without borders.
 */
export function findRows(
  pieces: readonly PdfPiece[],
  expected: readonly string[][],
  options: { loose?: boolean; from?: number } = {},
): { matched: number; missing: string[][]; next: number } {
  const all = pieces.flatMap((piece) => piece.grid);
  // The platform style writes "-" in empty cells; tables.json writes them empty.
  const cell = (c: string) => (/^[-－—–]+$/.test(c) ? '' : c);
  const key = (row: readonly string[]) => {
    const cells = row.map(cell);
    return (options.loose ? cells.filter((c) => c !== '') : cells).join('|');
  };
  let p = options.from ?? 0;
  let matched = 0;
  const missing: string[][] = [];
  for (const row of expected) {
    const want = key(row);
    let found = -1;
    for (let i = p; i < Math.min(all.length, p + 60); i++) {
      if (key(all[i]) === want) {
        found = i;
        break;
      }
    }
    if (found >= 0) {
      matched++;
      p = found + 1;
    } else missing.push([...row]);
  }
  return { matched, missing, next: p };
}
