/**
 * Puts the engine bundle (entrypoints/engine → /engine.js) into a tab's top frame, once. Called by the background
 * when the gate passes or the context menu is used, and by the popup (the toolbar click grants activeTab). The
 * engine runs in the extension's isolated world; a second injection finds the first one's instance and re-uses it.
 */
import { browser } from 'wxt/browser';
import { PAGE_HIGHLIGHT_CSS } from './page-highlight.ts';
import { ENGINE_GLOBAL } from './protocol.ts';

export async function engineIsLoaded(tabId: number): Promise<boolean> {
  const [probe] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: (name: string) => Boolean((globalThis as Record<string, unknown>)[name]),
    args: [ENGINE_GLOBAL],
  });
  return probe?.result === true;
}

/** Resolves once the engine has read the page and can answer messages; rejects when the page may not be read. */
export async function ensureEngine(tabId: number): Promise<'already-loaded' | 'injected'> {
  if (await engineIsLoaded(tabId)) return 'already-loaded';
  await injectEngine(tabId);
  return 'injected';
}

/**
 * Injects the engine without asking the page first: for the gate, which has just seen that the engine is not there.
 * Should another injection (the popup's) come in between, the second script finds the first one's instance and only
 * costs its own evaluation.
 */
export async function injectEngine(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/engine.js'] });
}

/**
 * The MIME type of the tab's document, or undefined where the extension may not script it. Chromium's PDF viewer
 * answers 'application/pdf' (its top frame can be scripted, but holds no text to read: the popup offers the PDF
 * viewer instead of injecting the engine), and so does a PDF served from an address without .pdf (download.jsp?id=3).
 */
export async function documentContentType(tabId: number): Promise<string | undefined> {
  try {
    const [probe] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: () => document.contentType,
    });
    return typeof probe?.result === 'string' ? probe.result : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The ::highlight() sheet, into the tab's top frame, when the engine has prose to underline. Not with the engine:
 * adding any sheet to a page makes the browser restyle every element (446 ms on a 50,000-cell page), which only a
 * page with underlines should pay, and only a page small enough to pay it quickly (marks-layer.ts decides).
 */
export async function insertHighlightSheet(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId, frameIds: [0] }, css: PAGE_HIGHLIGHT_CSS, origin: 'USER' });
}

/** The XLSX writer (entrypoints/xlsx-writer → /xlsx-writer.js) into the engine's frame: asked for by the engine. */
export async function injectXlsxWriter(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/xlsx-writer.js'] });
}
