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
}

export async function checkPdf(bytes: Uint8Array, url?: string): Promise<CheckedPdf> {
  const pdf = await openPdf(bytes);
  const { pages, failedPages, title } = await readPdfJsDocument(pdf);
  const raw = buildPdfDocument(pages, { title, url });
  const report = analyzeDocument(raw);
  return { pdf, raw, report, marks: pdfMarks(report, raw), failedPages };
}
