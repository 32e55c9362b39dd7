/**
 * Opening the PDF viewer on a PDF, and the per-site read access it needs. The background opens the tab for the
 * engine's in-page "核对" button (a content script cannot open an extension page in every browser); the popup and
 * the viewer call these directly.
 *
 * Read access: the viewer downloads the PDF itself, which needs a host permission for the PDF's site. *.gov.cn is
 * granted at install; any other site is asked for, one origin at a time, from the manifest's
 * optional_host_permissions — and only in a click handler, because permissions.request needs a user gesture.
 */
import { browser } from 'wxt/browser';
import { originPattern, VIEWER_PATH, viewerPathFor, viewerPathForSeveral } from './pdf-link.ts';

/** Opens the viewer on `pdfUrl` in a new tab, right after `opener` when given. */
export function openPdfViewer(pdfUrl: string, opener?: { id?: number; index?: number }): Promise<void> {
  return openViewerTab(viewerPathFor(pdfUrl), opener);
}

/**
 * Opens the checker's page with nothing in it, for the user to pick a file: a saved page in a file:// tab the
 * extension may not read (components/local-file.ts).
 */
export function openChecker(opener?: { id?: number; index?: number }): Promise<void> {
  return openViewerTab(VIEWER_PATH, opener);
}

/** Opens the viewer on several PDFs (checked together), or to compare with last year (`compare`). */
export function openViewerOn(pdfUrls: readonly string[], compare: boolean, opener?: { id?: number; index?: number }): Promise<void> {
  return openViewerTab(viewerPathForSeveral(pdfUrls, compare), opener);
}

async function openViewerTab(path: string, opener?: { id?: number; index?: number }): Promise<void> {
  // WXT types getURL from its generated .wxt folder, which the project's plain tsconfig does not read.
  const runtime = browser.runtime as unknown as { getURL(path: string): string };
  await browser.tabs.create({
    url: runtime.getURL(path),
    openerTabId: opener?.id,
    index: opener?.index === undefined ? undefined : opener.index + 1,
  });
}

/** May the extension read the PDF's site? (*.gov.cn always; others once the user allowed them.) */
export async function hasReadAccess(pdfUrl: string): Promise<boolean> {
  const pattern = originPattern(pdfUrl);
  if (!pattern) return false;
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/**
 * Asks the user for read access to the PDF's site. Call it synchronously from a click handler (before any await):
 * the browser shows its prompt only during a user gesture. Resolves at once, without a prompt, when the access is
 * held already. Resolves false when the user refuses or the browser will not ask.
 */
export function requestReadAccess(pdfUrl: string): Promise<boolean> {
  const pattern = originPattern(pdfUrl);
  if (!pattern) return Promise.resolve(false);
  try {
    return browser.permissions.request({ origins: [pattern] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
