/**
 * The viewer's pipeline: PDF bytes → pdf.js document → RawDocument (lib/pdf) → Report (lib/engine) → marks.
 * The same lib code as the CLI (cli/load-pdf.ts), with pdf.js's browser build.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { analyzeDocument } from '../../lib/engine.ts';
import type { RawDocument, Report } from '../../lib/model.ts';
import { buildPdfDocument } from '../../lib/pdf/pdf-document.ts';
import { type PdfMark, pdfMarks } from '../../lib/pdf/pdf-marks.ts';
import { readPdfJsDocument } from '../../lib/pdf/pdfjs-reader.ts';
import { openPdf } from './open-pdf.ts';

export interface CheckedPdf {
  pdf: PDFDocumentProxy;
  raw: RawDocument;
  report: Report;
  marks: PdfMark[];
  failedPages: number[];
  /** Every page's size in points (scale 1), as read; a damaged page takes the size of the page before it. */
  pageSizes: { width: number; height: number }[];
}

export async function checkPdf(bytes: Uint8Array, url?: string): Promise<CheckedPdf> {
  const pdf = await openPdf(bytes);
  const { pages, failedPages, title } = await readPdfJsDocument(pdf);
  const raw = buildPdfDocument(pages, { title, url });
  const report = analyzeDocument(raw);
  return { pdf, raw, report, marks: pdfMarks(report, raw), failedPages, pageSizes: pageSizes(pdf.numPages, pages) };
}

/**
 * The size of every page, from the sizes readPdfJsDocument read, so the viewer need not ask pdf.js for every page again
 * (nor fail on a damaged one): a page pdf.js could not read takes the size of the one before it.
 */
export function pageSizes(count: number, pages: readonly { pageNumber: number; width: number; height: number }[]) {
  const read = new Map(pages.map((page) => [page.pageNumber, { width: page.width, height: page.height }]));
  let last: { width: number; height: number } = pages[0] ?? { width: 595, height: 842 }; // A4 in points, for a document with no page read at all
  return Array.from({ length: count }, (_, i) => {
    last = read.get(i + 1) ?? last;
    return { width: last.width, height: last.height };
  });
}
