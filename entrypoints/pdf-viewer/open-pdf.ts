/**
 * pdf.js in the extension page: the modern build, its worker and the Chinese CMaps shipped inside the extension
 * (an extension page must not load code or data from the network).
 *
 * CMaps: Chinese PDFs often use predefined CMaps (UniGB-UCS2-H, GBK-EUC-H …) and Adobe-GB1-UCS2 to turn glyphs into
 * text; without them pdf.js reads nothing. Only the Chinese ones (GB, CNS, B5, HK, ETen: 570 kB of the 1.7 MB set)
 * are bundled, each as a file of its own that pdf.js asks for by name.
 */
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { explainPdfError, PDF_ERRORS } from '../../lib/pdf/pdf-errors.ts';

GlobalWorkerOptions.workerSrc = workerUrl;

const CMAP_URLS = new Map(
  Object.entries(
    import.meta.glob(
      [
        '../../node_modules/pdfjs-dist/cmaps/*GB*.bcmap',
        '../../node_modules/pdfjs-dist/cmaps/*CNS*.bcmap',
        '../../node_modules/pdfjs-dist/cmaps/*B5*.bcmap',
        '../../node_modules/pdfjs-dist/cmaps/*HK*.bcmap',
        '../../node_modules/pdfjs-dist/cmaps/*ETen*.bcmap',
      ],
      { query: '?url', import: 'default', eager: true },
    ) as Record<string, string>,
  ).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);

/** pdf.js's BinaryDataFactory interface: hands out the bundled CMaps by file name. */
class BundledBinaryData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = kind === 'cMapUrl' ? CMAP_URLS.get(filename) : undefined;
    if (!url) throw new Error(`not bundled: ${kind} ${filename}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  if (bytes.length === 0) throw new Error(PDF_ERRORS.empty);
  const task = getDocument({
    data: bytes,
    cMapUrl: 'bundled/',
    cMapPacked: true,
    useWorkerFetch: false,
    BinaryDataFactory: BundledBinaryData,
    isEvalSupported: false,
    // Nothing but the bytes we were given: no range requests, no scripting.
    disableAutoFetch: true,
    enableXfa: false,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    throw explainPdfError(error);
  }
}
