/**
 * Pages → RawDocument: every page's blocks in order, paragraphs that run over a page break joined, and a scanned
 * document (pages that are images with no text layer) flagged for the engine to say so instead of "no tables".
 */
import type { Block, RawDocument } from '../model.ts';
import { joinWrappedLines } from './normalize-text.ts';
import { joinCutRow, respanColumns, sharedColumns } from './page-break.ts';
import { layoutPage, type PageBlock } from './page-layout.ts';
import { bodyFontSize, isHeading } from './paragraphs.ts';
import { cleanPdfTitle } from './pdf-title.ts';
import type { PdfAnchor, PdfPageContent } from './pdf-types.ts';

export interface PdfDocumentOptions {
  /** The PDF's Title from its metadata, if any. */
  title?: string;
  url?: string;
}

export interface PageStats {
  imageCount?: number;
  charCount?: number;
}


function anchorOf(page: number, block: PageBlock): PdfAnchor {
  return { kind: 'pdf', page, box: block.box };
}

/**
 * A page with images and (almost) no text: a scan. A few characters may come from a page number or a stamp added
 * after scanning.
 */
function scannedPage(page: PdfPageContent & PageStats): boolean {
  return (page.imageCount ?? 0) > 0 && (page.charCount ?? 0) < 20;
}

export function buildPdfDocument(pages: readonly (PdfPageContent & PageStats)[], options: PdfDocumentOptions = {}): RawDocument {
  const blocks: Block[] = [];
  /** The last block added was a paragraph that ran to the right margin at the foot of a page. */
  let openParagraph: { index: number } | null = null;
  let firstHeading: string | undefined;

  let carried: [number, number][] | undefined;
  const laidOut = pages.map((page) => {
    const layout = layoutPage(page, carried);
    carried = layout.openColumns;
    return { page, blocks: layout.blocks };
  });
  // A table drawn with lines that goes on over a page break: give both pieces the column lines of both pages.
  for (let k = 0; k + 1 < laidOut.length; k++) {
    const before = laidOut[k].blocks.at(-1);
    const after = laidOut[k + 1].blocks[0];
    if (before?.kind !== 'table' || after?.kind !== 'table' || !before.columns || !after.columns) continue;
    const columns = sharedColumns(before.columns, after.columns);
    if (!columns) continue;
    before.table = respanColumns(before.table, columns) ?? before.table;
    after.table = respanColumns(after.table, columns) ?? after.table;
    // No line along the cut on either page: one row printed in two halves.
    if (before.openBottom && after.openTop && joinCutRow(before.table, after.table) && after.table.rows.length === 0) {
      laidOut[k + 1].blocks.shift();
    }
  }

  const bodySize = bodyFontSize(laidOut.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'text' ? [b.paragraph] : []))));

  for (const { page, blocks: pageBlocks } of laidOut) {
    pageBlocks.forEach((block, k) => {
      if (block.kind === 'table') {
        blocks.push({ kind: 'table', table: block.table });
        openParagraph = null;
        return;
      }
      const p = block.paragraph;
      const heading = isHeading(p, bodySize);
      if (!firstHeading && heading && p.text.length >= 4) firstHeading = p.text;
      const prev = openParagraph ? blocks[openParagraph.index] : undefined;
      // A page that ends with a full stop is taken to end the paragraph: joining two sentences gains nothing, and
      // a short page's right margin is too uncertain to say its last line was full ("注：……安排。" / "表八").
      const ended = prev?.kind === 'text' && /[。！？；!?;]$/.test(prev.text);
      if (k === 0 && prev && prev.kind === 'text' && !ended && p.continues && !heading) {
        // The paragraph went on over the page break: one block, so a sentence split by the break stays one claim.
        prev.text = joinWrappedLines(prev.text, p.text);
        const anchor = prev.anchor as PdfAnchor & { more?: PdfAnchor[] };
        anchor.more = [...(anchor.more ?? []), anchorOf(page.pageNumber, block)];
      } else {
        blocks.push({ kind: 'text', text: p.text, heading: heading || undefined, anchor: anchorOf(page.pageNumber, block), page: page.pageNumber });
      }
      openParagraph = k === pageBlocks.length - 1 && p.open && !heading ? { index: blocks.length - 1 } : null;
    });
  }

  const title = cleanPdfTitle(options.title) ?? firstHeading ?? '';
  const doc: RawDocument = { title, url: options.url, blocks, attachments: [] };
  if (pages.length > 0 && pages.every(scannedPage)) doc.scanned = true;
  return doc;
}
