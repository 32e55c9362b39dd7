/**
 * The real-browser test harness: build the extension (once per run, reused while no source is newer), serve fixture
 * pages from a local HTTP server, and launch Debian's Chromium with the extension loaded.
 *
 * Government hosts (*.gov.cn) resolve to the local server through --host-resolver-rules; every other name fails to
 * resolve, so a request the extension might make to the outside world cannot leave the machine, and shows up in the
 * request log instead.
 *
 * Headless: Chromium 132+ runs `--headless` as the "new" headless mode, which is the full browser and loads MV3
 * extensions (the old headless shell never could); Playwright's `headless: true` uses it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { ExportFile, PageSummary } from '../../components/protocol.ts';
import { ensureBuilt } from '../helpers/build-extension.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = path.join(ROOT, 'test/fixtures/browser');
/** The seed pages of ../shared/fixtures (test/fixtures/pages), served beside the browser fixtures. */
const PAGES = path.join(ROOT, 'test/fixtures/pages');
/** A real disclosure in a platform's markup: seed 002, a 部门预算 of 13 tables with known findings. */
export const SAMPLE_PAGE = '002_985e1de26a38a1db.platform.html';

/** The file a served path names: test/fixtures/browser first, then the seed pages; nothing above either folder. */
export function fixtureFile(name: string): string | undefined {
  for (const dir of [FIXTURES, PAGES]) {
    const file = path.join(dir, path.normalize(name));
    if (file.startsWith(dir + path.sep) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}
/** Relative to ROOT: wxt.config.ts reads it from BUDGET_CHECK_OUT_DIR. */
const TEST_OUT_DIR = '.output/browser-tests';
export const EXTENSION_DIR = path.join(ROOT, TEST_OUT_DIR, 'chrome-mv3');
export const CHROMIUM = '/usr/bin/chromium';
/** A government host name: the gate's content script runs here. */
export const GOV_HOST = 'czj.example.gov.cn';
/** A host outside *.gov.cn, also served locally: the extension has no permission there until the user asks. */
export const OTHER_HOST = 'news.example.com';

/** Builds the Chrome extension into .output/browser-tests unless the build there is current (test/helpers). */
export function ensureExtensionBuilt(): string {
  return ensureBuilt(TEST_OUT_DIR, 'chrome');
}

// ---------------------------------------------------------------------------------------------------------------

export interface ServedRequest {
  host: string;
  path: string;
  method: string;
}

export interface FixtureServer {
  port: number;
  /** Every request the server received. */
  requests: ServedRequest[];
  url(file: string, host?: string): string;
  close(): Promise<void>;
}

/** Serves test/fixtures/browser and the seed pages (and nothing above them) on 127.0.0.1 at a free port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: ServedRequest[] = [];
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://local').pathname);
    requests.push({ host: req.headers.host ?? '', path: pathname, method: req.method ?? 'GET' });
    const file = fixtureFile(pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    requests,
    url: (file, host = GOV_HOST) => `http://${host}:${port}/${file}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---------------------------------------------------------------------------------------------------------------

export interface LaunchedBrowser {
  context: BrowserContext;
  /** Set when launched with the extension. */
  extensionId?: string;
  worker?: Worker;
  close(): Promise<void>;
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP ${OTHER_HOST} 127.0.0.1, MAP * ~NOTFOUND`,
];

export async function launchChromium(
  options: { extension?: string; lang?: string; headless?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'budget-check-profile-'));
  const args = [...CHROMIUM_FLAGS, `--lang=${options.lang ?? 'zh-CN'}`];
  if (options.extension) {
    args.push(`--disable-extensions-except=${options.extension}`, `--load-extension=${options.extension}`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args,
    locale: options.lang ?? 'zh-CN',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  let worker: Worker | undefined;
  let extensionId: string | undefined;
  if (options.extension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the overlay from a test. The overlay's shadow root is open; Playwright's CSS engine pierces it.

export const HOST_SELECTOR = 'budget-check-overlay';

export interface PlainBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Waits until the engine has drawn (a badge or a mark exists) and returns once layout has settled. */
export async function waitForMarks(page: Page, selector = '.bc-mark, .bc-dot, .bc-badge', timeout = 10_000) {
  await page.waitForSelector(`${HOST_SELECTOR} >> css=${selector}`, { state: 'attached', timeout });
  await settle(page);
}

/** Two animation frames: whatever the overlay scheduled has been drawn. */
export async function settle(page: Page) {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

export async function boxOf(page: Page, selector: string): Promise<PlainBox> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`no box for ${selector}`);
  return box;
}

/** The tab id Chrome gave a page, found through the extension's service worker. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (pageUrl: string) => {
    const tabsApi = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } })
      .chrome.tabs;
    const tabs = await tabsApi.query({});
    return tabs.find((tab) => tab.url === pageUrl)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

// ---------------------------------------------------------------------------------------------------------------
// Asking the engine in a page, as the popup does (through the extension's service worker).

async function sendToEngine<T>(browser: LaunchedBrowser, page: Page, message: object): Promise<T> {
  const tabId = await tabIdOf(browser.worker!, page.url());
  return browser.worker!.evaluate(
    ({ id, m }) =>
      (
        globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object, o: object): Promise<unknown> } } }
      ).chrome.tabs.sendMessage(id, m, { frameId: 0 }),
    { id: tabId, m: message },
  ) as Promise<T>;
}

/** What the engine in the page's top frame says about it (the popup's get-summary). */
export function engineSummary(browser: LaunchedBrowser, page: Page): Promise<PageSummary> {
  return sendToEngine<PageSummary>(browser, page, { type: 'get-summary' });
}

export function engineExport(browser: LaunchedBrowser, page: Page, format: string, tableId?: string): Promise<ExportFile> {
  return sendToEngine<ExportFile>(browser, page, { type: 'export', format, tableId });
}
