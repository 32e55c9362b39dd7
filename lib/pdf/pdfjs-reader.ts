/**
 * Reads the pages of a pdf.js document into PdfPageContent. Works on the pdf.js API objects only (no DOM, no Node),
 * so the CLI (cli/load-pdf.ts) and the extension's PDF viewer share it. The pdf.js types are described structurally
 * here, so lib/pdf does not import pdf.js.
 */
import { IMAGE_OPS } from './pdf-ops.ts';
import type { Matrix, PdfPageContent, PdfTextItem } from './pdf-types.ts';

export interface PdfJsPageLike {
  getViewport(params: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(params?: { includeMarkedContent?: boolean; disableNormalization?: boolean }): Promise<{
    items: readonly unknown[];
  }>;
  getOperatorList(): Promise<{ fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> }>;
  cleanup?(): unknown;
}

export interface PdfJsDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfJsPageLike>;
  /** The document information dictionary (/Info: Title, Author …). */
  getMetadata?(): Promise<{ info: unknown }>;
}

/** A page as read, with what tells a scanned page from a text page. */
export interface ReadPage extends PdfPageContent {
  /** Images painted on the page. */
  imageCount: number;
  /** Non-space characters in the text layer. */
  charCount: number;
}

function isTextItem(item: unknown): item is PdfTextItem {
  if (typeof item !== 'object' || item === null) return false;
  const i = item as Record<string, unknown>;
  return typeof i.str === 'string' && Array.isArray(i.transform) && typeof i.width === 'number';
}

export async function readPdfJsPage(page: PdfJsPageLike, pageNumber: number): Promise<ReadPage> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ includeMarkedContent: false });
  const items: PdfTextItem[] = [];
  let charCount = 0;
  for (const item of content.items) {
    if (!isTextItem(item)) continue;
    items.push({
      str: item.str,
      transform: item.transform,
      width: item.width,
      height: item.height,
      fontName: item.fontName,
      hasEOL: item.hasEOL,
    });
    charCount += item.str.replace(/\s+/g, '').length;
  }
  const operators = await page.getOperatorList();
  let imageCount = 0;
  for (let i = 0; i < operators.fnArray.length; i++) if (IMAGE_OPS.has(operators.fnArray[i])) imageCount++;
  const t = viewport.transform;
  const viewportTransform: Matrix = [t[0], t[1], t[2], t[3], t[4], t[5]];
  return {
    pageNumber,
    width: viewport.width,
    height: viewport.height,
    viewportTransform,
    items,
    operators,
    imageCount,
    charCount,
  };
}

export interface ReadDocument {
  pages: ReadPage[];
  /** Pages pdf.js could not read (1-based); the others are kept. */
  failedPages: number[];
  /** The title in the document's metadata, when it has one (buildPdfDocument judges whether it is a real title). */
  title?: string;
}

/**
 * Every page in order. A page pdf.js cannot read is skipped and listed, so one damaged page does not lose the rest;
 * if no page can be read, the first error is thrown. `maxPages` bounds the work on a hostile file.
 */
export async function readPdfJsDocument(doc: PdfJsDocumentLike, maxPages = 2000): Promise<ReadDocument> {
  const pages: ReadPage[] = [];
  const failedPages: number[] = [];
  let firstError: unknown;
  const count = Math.min(doc.numPages, maxPages);
  for (let n = 1; n <= count; n++) {
    try {
      const page = await doc.getPage(n);
      pages.push(await readPdfJsPage(page, n));
      page.cleanup?.();
    } catch (error) {
      firstError ??= error;
      failedPages.push(n);
    }
  }
  if (count > 0 && pages.length === 0) throw firstError;
  return { pages, failedPages, title: await metadataTitle(doc) };
}

/** A missing or unreadable /Info dictionary is no reason to lose the pages: no title then. */
async function metadataTitle(doc: PdfJsDocumentLike): Promise<string | undefined> {
  const meta = await doc.getMetadata?.().catch(() => null);
  const title = (meta?.info as { Title?: unknown } | undefined)?.Title;
  return typeof title === 'string' ? title : undefined;
}
