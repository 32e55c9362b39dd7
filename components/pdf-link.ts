/**
 * Addresses around "check this PDF": which links and tabs are PDFs the viewer can open, the viewer's own address for
 * one, and the host-permission pattern the viewer needs to download it. Pure functions: the engine (in a page), the
 * background, the popup and the viewer all use them.
 */
import type { AttachmentType } from '../lib/model.ts';

/** The extension page that checks a PDF (entrypoints/pdf-viewer). */
export const VIEWER_PATH = '/pdf-viewer.html';

/** Attachment types the extension can check today. XLS/DOCX/OFD … are listed, and said to be not checked yet. */
export function isCheckableAttachment(type: AttachmentType): boolean {
  return type === 'pdf';
}

/** The address as an absolute http(s) URL, or undefined: an href is page text, and page text is hostile. */
export function webUrl(href: string | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The viewer's address (path only, for runtime.getURL) for one PDF. */
export function viewerPathFor(pdfUrl: string): string {
  return `${VIEWER_PATH}?file=${encodeURIComponent(pdfUrl)}`;
}

/**
 * The viewer on several PDFs at once (a 说明 and its 表格, two years: checked together and compared), or in
 * 与上年对比 mode (`compare`), waiting for the other year's document beside the ones given.
 */
export function viewerPathForSeveral(pdfUrls: readonly string[], compare: boolean): string {
  const query = [...pdfUrls.map((u) => `file=${encodeURIComponent(u)}`), ...(compare ? ['compare=1'] : [])];
  return query.length ? `${VIEWER_PATH}?${query.join('&')}` : VIEWER_PATH;
}

/**
 * Does a tab's address show a PDF? Its path ends in .pdf (any case, percent-encoded or not). A PDF served from
 * download.jsp?id=3 is not recognised here: the popup then learns it from the failed injection (Chrome's PDF viewer
 * cannot be scripted) or from document.contentType.
 */
export function isPdfAddress(url: string | undefined): boolean {
  const web = webUrl(url);
  if (!web) return false;
  const path = new URL(web).pathname;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A stray % in the path: test the raw path.
  }
  return /\.pdf$/i.test(decoded);
}

/**
 * The match pattern that grants the viewer read access to one site: scheme and host, any path, any port (a match
 * pattern has no port; it matches all of them). This is what the popup and the viewer request, one origin at a time,
 * from the manifest's optional_host_permissions.
 */
export function originPattern(url: string): string | undefined {
  const web = webUrl(url);
  if (!web) return undefined;
  const { protocol, hostname } = new URL(web);
  return `${protocol}//${hostname}/*`;
}
