/**
 * Several files opened at once in the checker: read each, join each 说明 with its 表格 (lib/documents/sets.ts),
 * check every document, and compare the documents of one unit across years, or a 预算 with its 决算
 * (lib/compare). The same lib code as `budget-check a.pdf b.pdf` and `budget-check --compare OLD NEW`.
 *
 * The PDFs are shown one after the other, so their pages are numbered on from one file to the next: the second
 * file's page 1 is page n + 1 of the view. The page numbers in the documents' anchors are shifted the same way, so
 * that a joined document's marks land on the right file's page.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { type Comparison, compareDocuments } from '../../lib/compare/compare.ts';
import { pairDocuments } from '../../lib/compare/pairs.ts';
import { sideOf } from '../../lib/compare/side.ts';
import { readDocument } from '../../lib/dom/read-document.ts';
import { type DocumentSet, documentSets, type LoadedFile } from '../../lib/documents/sets.ts';
import { analyzeDocument } from '../../lib/engine.ts';
import { sha256Hex } from '../../lib/export/sha256.ts';
import { decodeHtmlBytes } from '../../lib/html-bytes.ts';
import type { Report } from '../../lib/model.ts';
import { buildPdfDocument } from '../../lib/pdf/pdf-document.ts';
import { type PdfMark, pdfMarks } from '../../lib/pdf/pdf-marks.ts';
import { readPdfJsDocument } from '../../lib/pdf/pdfjs-reader.ts';
import { pageSizes } from './check-pdf.ts';
import { fileKind } from './file-kind.ts';
import { openPdf } from './open-pdf.ts';
import { prepareSavedPage } from './saved-page.ts';

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
  type?: string;
}

/** A file as read: its hash, and for a PDF the document to draw and where its pages start in the view. */
export interface ReadFile {
  name: string;
  sha256: string;
  kind: 'pdf' | 'page';
  pdf?: PDFDocumentProxy;
  /** Pages before this file's in the view. */
  pageOffset: number;
  pageSizes: { width: number; height: number }[];
}

export interface CheckedDocument {
  set: DocumentSet;
  report: Report;
  marks: PdfMark[];
}

export interface CheckedSeveral {
  files: ReadFile[];
  documents: CheckedDocument[];
  comparisons: Comparison[];
}

export async function checkSeveral(opened: readonly OpenedFile[]): Promise<CheckedSeveral> {
  const files: ReadFile[] = [];
  const loaded: LoadedFile[] = [];
  let pageOffset = 0;
  for (const file of opened) {
    // Hashed first: pdf.js may detach the buffer it is given.
    const sha256 = await sha256Hex(file.bytes);
    const kind = fileKind(file.name, file.type ?? '', file.bytes.subarray(0, 16));
    if (kind === 'pdf') {
      const pdf = await openPdf(new Uint8Array(file.bytes));
      const read = await readPdfJsDocument(pdf);
      const pages = read.pages.map((page) => ({ ...page, pageNumber: page.pageNumber + pageOffset }));
      loaded.push({ source: file.name, raw: buildPdfDocument(pages, { title: read.title, url: file.name }) });
      files.push({ name: file.name, sha256, kind, pdf, pageOffset, pageSizes: pageSizes(pdf.numPages, read.pages) });
      pageOffset += pdf.numPages;
    } else if (kind === 'page') {
      // Parsed, not shown: DOMParser runs no script and loads nothing, and the DOM adapter needs no layout.
      // Read as the one-file view reads it (check-saved-page.ts): links resolved against the site it was saved from.
      const { html, savedFrom } = prepareSavedPage(decodeHtmlBytes(file.bytes).text);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      loaded.push({ source: file.name, raw: readDocument(doc, { url: savedFrom ?? file.name, base: savedFrom }) });
      files.push({ name: file.name, sha256, kind, pageOffset, pageSizes: [] });
    } else {
      throw new Error(`${file.name}: 无法读取此文件：请选择 PDF 文件或已保存的网页 / this file cannot be read: choose a PDF or a saved web page`);
    }
  }
  const sets = documentSets(loaded);
  const documents = sets.map((set) => {
    const report = analyzeDocument(set.raw);
    return { set, report, marks: pdfMarks(report, set.raw) };
  });
  const sides = sets.map(sideOf);
  const comparisons = pairDocuments(sides, sides).map((p) => compareDocuments(p.old, p.new, p.relation));
  return { files, documents, comparisons };
}
