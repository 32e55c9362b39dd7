/**
 * The page's side of messaging: the popup's and the background's requests (EngineRequest) answered from the checker,
 * the toolbar badge told after each check, and exports built from the last check. Nothing here keeps state.
 */
import { browser } from 'wxt/browser';
import { saveExportFile } from '../../components/download.ts';
import { buildExportFile, type ExportInputs } from '../../components/export-file.ts';
import type { BackgroundMessage, EngineRequest, ExportFormat, PageSummary } from '../../components/protocol.ts';
import type { FindingsStore } from './findings-store.ts';
import { pageText } from './page-text.ts';
import { pageXlsxBytes } from './xlsx-loader.ts';

/** What the requests act on (page-checker.ts). */
export interface PageActions {
  summary(): PageSummary;
  rerun(): Promise<void>;
  reveal(findingId: string): boolean;
  setVisible(visible: boolean): void;
  focusTable(targetElementId?: number): boolean;
  exportInputs(): ExportInputs;
}

export async function answerRequest(page: PageActions, request: EngineRequest): Promise<unknown> {
  switch (request.type) {
    case 'get-summary':
      return page.summary();
    case 'rerun':
      await page.rerun();
      return page.summary();
    case 'reveal':
      return page.reveal(request.findingId);
    case 'set-marks-visible':
      page.setVisible(request.visible);
      return page.summary();
    case 'export':
      return buildExportFile(page.exportInputs(), request.format, request.tableId);
    case 'focus-table':
      return page.focusTable(request.targetElementId);
  }
}

/** Tells the background the counts for the toolbar badge. */
export function notifyBackground(store: FindingsStore): void {
  const findings = store.findings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const message: BackgroundMessage = {
    type: 'page-summary-changed',
    errors,
    notes: findings.length - errors,
    status: store.report?.status ?? 'no-tables',
  };
  browser.runtime.sendMessage(message).catch(() => {});
}

/** Asks the background for the ::highlight() styles (a content script cannot insert a user sheet itself). */
export function requestHighlightSheet(): void {
  const message: BackgroundMessage = { type: 'highlight-sheet' };
  browser.runtime.sendMessage(message).catch(() => {});
}

/** The last check as export inputs; the hash is asked of the background (a page is not always a secure context). */
export function exportInputsOf(store: FindingsStore): ExportInputs {
  if (!store.report || !store.raw) throw new Error(store.error ?? '本页尚未核对 / the page has not been checked');
  const raw = store.raw;
  return {
    report: store.report,
    pageText: pageText(raw),
    sha256: async (text) => {
      const message: BackgroundMessage = { type: 'sha256', text };
      const hash = await browser.runtime.sendMessage(message);
      if (typeof hash !== 'string') throw new Error('SHA-256 unavailable');
      return hash;
    },
    xlsxBytes: pageXlsxBytes,
  };
}

/** A table's export from its badge menu: downloaded from the page (the overlay holds the link). */
export async function exportToDownload(inputs: () => ExportInputs, tableId: string, format: ExportFormat, mount: Node & ParentNode, doc: Document) {
  try {
    const file = await buildExportFile(inputs(), format, tableId);
    saveExportFile(file, mount, doc);
  } catch (error) {
    console.warn('Budget Check: export failed', error);
  }
}
