/**
 * PDF bytes → RawDocument, in Node, with pdfjs-dist's legacy build (the modern build needs browser globals that
 * Node 20 lacks). The work is done by lib/pdf; this file only opens the document and turns pdf.js's failures into
 * messages a reader can act on.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPdfDocument } from '../lib/pdf/pdf-document.ts';
import { damagedPagesMessage, explainPdfError, PDF_ERRORS } from '../lib/pdf/pdf-errors.ts';
import { type ReadDocument, readPdfJsDocument } from '../lib/pdf/pdfjs-reader.ts';
import type { RawDocument } from '../lib/model.ts';

const require = createRequire(import.meta.url);
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;

function pdfjs(): Promise<PdfJs> {
  if (!pdfjsPromise) {
    // The built CLI is a script compiled from V8's code cache, whose own import() fails: it imports through the hook
    // its loader sets (cli/load-built.mjs), by file URL. From the sources, import() itself.
    const url = pathToFileURL(path.join(PDFJS_DIR, 'legacy/build/pdf.mjs')).href;
    const hook = (globalThis as Record<symbol, ((specifier: string) => Promise<unknown>) | undefined>)[Symbol.for('budget-check.import')];
    pdfjsPromise = ((hook ? hook(url) : import(url)) as Promise<PdfJs>).then((lib) => {
      // No worker thread in Node: pdf.js runs its worker code in-process ("fake worker") from this file.
      lib.GlobalWorkerOptions.workerSrc = pathToFileURL(path.join(PDFJS_DIR, 'legacy/build/pdf.worker.mjs')).href;
      return lib;
    });
  }
  return pdfjsPromise;
}

type PdfDocumentProxy = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** Opens a PDF with pdf.js, options set for reading text in Node. The caller destroys the document. */
export async function openPdfDocument(bytes: Uint8Array): Promise<PdfDocumentProxy> {
  if (bytes.length === 0) throw new Error(PDF_ERRORS.empty);
  const lib = await pdfjs();
  const task = lib.getDocument({
    // A copy as a plain Uint8Array: pdf.js refuses Node's Buffer (a Uint8Array subclass, what readFile gives), and
    // may transfer (detach) the buffer it is given, which the caller keeps.
    data: new Uint8Array(bytes),
    cMapUrl: `${path.join(PDFJS_DIR, 'cmaps')}${path.sep}`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(PDFJS_DIR, 'standard_fonts')}${path.sep}`,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    throw explainPdfError(error);
  }
}

/** Opens a PDF with pdf.js and reads every page (text items, operator lists) and its metadata title. */
async function readPdfPages(bytes: Uint8Array): Promise<ReadDocument> {
  const doc = await openPdfDocument(bytes);
  try {
    return await readPdfJsDocument(doc);
  } catch (error) {
    throw explainPdfError(error);
  } finally {
    await doc.destroy().catch(() => {});
  }
}

/** PDF bytes → the document's text blocks and tables. Throws an Error with a bilingual message for a PDF it cannot read. */
export async function loadPdf(bytes: Uint8Array, source?: string): Promise<RawDocument> {
  const { pages, failedPages, title } = await readPdfPages(bytes);
  const doc = buildPdfDocument(pages, { title, url: source });
  // Say which pages are missing rather than check a document with holes in silence.
  if (failedPages.length) doc.blocks.push({ kind: 'text', text: damagedPagesMessage(failedPages) });
  return doc;
}
