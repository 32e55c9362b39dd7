/**
 * The background: injects the engine where it is wanted, keeps the context menu, and shows the error count on the
 * toolbar button. It makes no network request (nor does any other part of the extension): see README.md, Permissions.
 *
 * - gate-passed (content script, *.gov.cn only): inject unless the engine is there or the user turned auto-run off
 *   for the site.
 * - context menu "核对此表 / Check this table": the click grants activeTab on any site; inject, then ask the engine
 *   to open the table right-clicked (Firefox names it) or under the pointer (Chrome).
 * - page-summary-changed (engine): badge text = number of errors on the page.
 * - highlight-sheet (engine): the page has prose to underline; insert the ::highlight() styles.
 * - sha256 (engine): the evidence pack's hash of the page text; the page itself has no crypto.subtle over http.
 * - load-xlsx-writer (engine): a workbook was asked for; put the XLSX writer into the engine's frame.
 * - open-pdf-viewer (engine): the user clicked 核对 beside a PDF link; open the viewer on it in a tab after the page's.
 *   A content script cannot open an extension page itself in every browser (Firefox refuses moz-extension: links
 *   from web content), and it cannot ask for a host permission; the viewer asks, if the PDF's site needs one.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { bilingual } from '../../components/i18n.ts';
import { ensureEngine, injectEngine, injectXlsxWriter, insertHighlightSheet } from '../../components/inject-engine.ts';
import { openPdfViewer } from '../../components/open-viewer.ts';
import { webUrl } from '../../components/pdf-link.ts';
import type { BackgroundMessage, EngineRequest } from '../../components/protocol.ts';
import { autoRunEnabled, hostOf, keptSettings, type Settings } from '../../components/settings.ts';
import { sha256Hex } from '../../lib/export/sha256.ts';

const MENU_CHECK_TABLE = 'budget-check-table';

/** MV3 has `action`, Firefox's MV2 build `browserAction`. */
function toolbarAction() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/**
 * The context-menu API: Chrome's build asks for `contextMenus`, Firefox's for `menus` (wxt.config.ts), the same API
 * under Firefox's name, which also gives content scripts menus.getTargetElement (the right-clicked element).
 */
function contextMenus() {
  return browser.contextMenus ?? (browser as unknown as { menus: typeof browser.contextMenus }).menus;
}

async function onGatePassed(tabId: number, url: string | undefined, engineLoaded: boolean, settingsNow: () => Promise<Settings>) {
  const host = hostOf(url);
  if (!host || engineLoaded) return;
  const settings = await settingsNow();
  if (!autoRunEnabled(settings, host)) return;
  // The gate has just seen that the engine is not in the page: no round trip to ask again (ensureEngine's probe).
  await injectEngine(tabId);
}

function showCount(tabId: number, errors: number, notes: number) {
  const action = toolbarAction();
  const text = errors > 0 ? String(errors) : notes > 0 ? '!' : '';
  void action.setBadgeText({ tabId, text });
  void action.setBadgeBackgroundColor({ tabId, color: errors > 0 ? '#d1242f' : '#bf8700' });
}

export default defineBackground(() => {
  const settingsNow = keptSettings();
  void settingsNow().catch(() => {}); // read while the worker starts, before the gate's message needs them
  browser.runtime.onInstalled.addListener(() => {
    const menus = contextMenus();
    menus.removeAll().then(() => {
      menus.create({
        id: MENU_CHECK_TABLE,
        title: bilingual('checkThisTable'),
        contexts: ['page', 'selection', 'link', 'image'],
      });
    });
  });

  contextMenus().onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_CHECK_TABLE || tab?.id === undefined) return;
    try {
      await ensureEngine(tab.id);
      // Firefox names the element right-clicked (menus.getTargetElement in the page, which needs the `menus`
      // permission); Chrome does not, and the engine falls back to the table the pointer is over.
      const targetElementId = (info as { targetElementId?: number }).targetElementId;
      const request: EngineRequest = { type: 'focus-table', targetElementId };
      await browser.tabs.sendMessage(tab.id, request, { frameId: 0 });
    } catch (error) {
      console.warn('Budget Check: cannot check this page', error);
    }
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const msg = message as BackgroundMessage;
    const tabId = sender.tab?.id;
    if (tabId === undefined || typeof msg?.type !== 'string') return undefined;
    if (msg.type === 'sha256' && typeof msg.text === 'string') return sha256Hex(msg.text);
    if (msg.type === 'load-xlsx-writer') return injectXlsxWriter(tabId, sender.frameId ?? 0).then(() => true);
    if (msg.type === 'gate-passed' && sender.frameId === 0) {
      onGatePassed(tabId, sender.url ?? sender.tab?.url, msg.engineLoaded === true, settingsNow).catch((error) =>
        console.warn('Budget Check: engine not injected', error),
      );
    } else if (msg.type === 'highlight-sheet' && sender.frameId === 0) {
      insertHighlightSheet(tabId).catch((error) => console.warn('Budget Check: underline styles not inserted', error));
    } else if (msg.type === 'page-summary-changed') {
      showCount(tabId, msg.errors, msg.notes);
    } else if (msg.type === 'open-pdf-viewer') {
      // The address comes from page text: only http(s) goes into the viewer's ?file=.
      const pdfUrl = webUrl(msg.url);
      if (pdfUrl) {
        openPdfViewer(pdfUrl, sender.tab).catch((error) => console.warn('Budget Check: viewer not opened', error));
      }
    }
    return undefined;
  });
});
