/**
 * One PDF page → its blocks in reading order: tables drawn with lines, tables without lines, and paragraphs.
 */
import type { RawTable } from '../model.ts';
import { findLatticeTables, latticeToRawTable } from './lattice.ts';
import { buildParagraphs, type Paragraph } from './paragraphs.ts';
import type { Box, PdfPageContent } from './pdf-types.ts';
import { pageRulings } from './rulings.ts';
import { findStreamTables } from './stream.ts';
import { groupLines, joinRuns, type TextLine } from './text-lines.ts';
import { pageRuns } from './text-runs.ts';
import { minOf } from '../extent.ts';

export type PageBlock =
  /**
   * Tables drawn with lines also have: columns, the x of every column line; openTop / openBottom, no line drawn along
   * that edge (a row cut by the page break).
   */
  | { kind: 'table'; table: RawTable; box: Box; columns?: number[]; openTop?: boolean; openBottom?: boolean }
  | { kind: 'text'; paragraph: Paragraph; box: Box };

/** "- 3 -", "3", "第 3 页", "第3页 共12页": page numbers in the top or bottom margin. */
const PAGE_NUMBER = /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

function isPageNumber(line: TextLine, pageHeight: number): boolean {
  const inMargin = line.bottom < 0.08 * pageHeight || line.top > 0.9 * pageHeight;
  return inMargin && PAGE_NUMBER.test(joinRuns(line.runs).trim());
}

export interface PageLayout {
  blocks: PageBlock[];
  /** Columns of a borderless table that ends the page, for its continuation on the next page. */
  openColumns?: [number, number][];
}

/** `carried`: columns of a borderless table that ended the page before (PageLayout.openColumns). */
export function layoutPage(page: PdfPageContent, carried?: [number, number][]): PageLayout {
  const runs = pageRuns(page.items, page.viewportTransform);
  const rulings = pageRulings(page.operators, page.viewportTransform);
  const lattice = findLatticeTables(rulings, runs);
  const blocks: PageBlock[] = lattice.tables
    // A ruled grid with no text in it is a drawing (a form left blank, a decoration), not a table to read.
    .filter((t) => t.cells.some((c) => c.runs.length > 0))
    .map((t) => ({
      kind: 'table',
      table: latticeToRawTable(t, page.pageNumber),
      box: t.box,
      columns: t.xs,
      openTop: t.openTop,
      openBottom: t.openBottom,
    }));

  const lines = groupLines(lattice.rest).filter((l) => !isPageNumber(l, page.height));
  // A borderless table can only go on at the top of this page if nothing drawn with lines comes first.
  const firstLattice = minOf(blocks.map((b) => b.box.top));
  const carry = carried && !(lines.length && firstLattice < lines[0].top) ? carried : undefined;
  const stream = findStreamTables(lines, page.pageNumber, carry);
  const taken = new Set<TextLine>(stream.flatMap((t) => t.lines));
  for (const t of stream) blocks.push({ kind: 'table', table: t.table, box: t.box });

  for (const paragraph of buildParagraphs(lines.filter((l) => !taken.has(l)))) {
    blocks.push({ kind: 'text', paragraph, box: paragraph.box });
  }
  blocks.sort((a, b) => a.box.top - b.box.top || a.box.x0 - b.box.x0);
  const last = blocks[blocks.length - 1];
  const lastStream = stream.find((t) => last?.kind === 'table' && t.table === last.table);
  return { blocks, openColumns: lastStream?.columns };
}
