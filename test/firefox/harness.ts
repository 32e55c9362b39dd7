/**
 * The Firefox test harness: build the Firefox (MV2) extension into its own folder, serve fixture pages through a local
 * HTTP proxy, and launch Debian's firefox-esr headless through WebDriver BiDi (puppeteer-core) with the extension
 * installed as a temporary add-on.
 *
 * Why these choices (all tried on firefox-esr 153):
 * - The add-on goes in through BiDi `webExtension.install` (puppeteer's Browser.installExtension), which installs it
 *   temporarily, like about:debugging: unsigned add-ons are refused by release and ESR builds otherwise
 *   (xpinstall.signatures.required=false is ignored there, so a profile with an extensions/ folder does not work).
 * - Firefox has no --host-resolver-rules. Every request goes to a proxy on 127.0.0.1 instead (network.proxy.type=1,
 *   http and ssl proxy = the local server, no exceptions): the proxy serves the fixture pages by host and path, so
 *   pages keep real-looking addresses (http://czj.example.gov.cn/…, port 80), and anything else Firefox or the
 *   extension asks for — including HTTPS, which arrives as CONNECT — is refused and written to the request log.
 *   (network.dns.localDomains=czj.example.gov.cn also works for the page itself, but leaves other traffic unseen.)
 * - Firefox's own traffic: the prefs below, plus MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 in its environment. Without that
 *   variable, release builds ignore services.settings.server and poll firefox.settings.services.mozilla.com:443 every
 *   few hundred ms (Remote Settings, services/settings/Utils.sys.mjs: the override is honoured only "when running
 *   tests"); with it, Firefox also refuses any non-local connection outright.
 * - The extension's own pages (popup, checker page) and Firefox's own UI (context menu, permission prompt) need more:
 *   see "The extension's pages and the browser's UI" below. Downloads go to a folder the test names (downloadPrefs).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { ensureBuilt } from '../helpers/build-extension.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Relative to ROOT: wxt.config.ts reads it from BUDGET_CHECK_OUT_DIR. Not the Chrome tests' folder: no race. */
const TEST_OUT_DIR = '.output/firefox-tests';
export const FIREFOX_EXTENSION_DIR = path.join(ROOT, TEST_OUT_DIR, 'firefox-mv2');
export const FIREFOX = '/usr/bin/firefox-esr';
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const ADDON_ID = 'budget-check@example.org';
/** A government host name: the gate's content script runs here. */
export const GOV_HOST = 'czj.example.gov.cn';
/** Outside *.gov.cn: the extension has no permission there, so pages served here show the page as it is. */
export const OTHER_HOST = 'news.example.com';

/** `wxt build -b firefox` into .output/firefox-tests unless the build there is current (test/helpers). */
export function ensureFirefoxExtensionBuilt(): string {
  return ensureBuilt(TEST_OUT_DIR, 'firefox');
}

// ---------------------------------------------------------------------------------------------------------------

export interface ProxiedRequest {
  method: string;
  /** The absolute URL a proxied request names (http://host/path), or host:port for CONNECT. */
  url: string;
  /** Whether the proxy served a fixture for it. */
  served: boolean;
}

/** Firefox asks each host for its favicon; the proxy has none to give. */
const FAVICON = /^http:\/\/[\w.-]+\/favicon\.ico$/;

export interface FixtureProxy {
  port: number;
  /** Every request that reached the proxy, in order. */
  requests: ProxiedRequest[];
  url(page: string, host?: string): string;
  /** Requests the proxy did not serve, but Firefox's own favicon lookups: what the extension or Firefox asked of the
   * network that no test page explains. */
  unexplained(): ProxiedRequest[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 that answers for GOV_HOST and OTHER_HOST only, each serving `pages` (URL path, or path
 * and query, → file on disk, e.g. { '/sum-error.html': '…/test/fixtures/browser/sum-error.html' }; .pdf files as
 * application/pdf, anything else as HTML). Every other request gets 502 and every CONNECT (HTTPS) is refused; all of
 * them are logged.
 */
export async function startFixtureProxy(pages: Record<string, string>): Promise<FixtureProxy> {
  const requests: ProxiedRequest[] = [];
  const server = http.createServer((req, res) => {
    const target = (() => {
      try {
        return new URL(req.url ?? '');
      } catch {
        return undefined;
      }
    })();
    const known = target && (target.hostname === GOV_HOST || target.hostname === OTHER_HOST);
    const file = known && (pages[target.pathname + target.search] ?? pages[target.pathname]);
    requests.push({ method: req.method ?? '', url: req.url ?? '', served: Boolean(file) && req.method === 'GET' });
    if (!file || req.method !== 'GET') {
      res.writeHead(target ? 404 : 502, { 'content-type': 'text/plain' });
      res.end('not served by the test proxy');
      return;
    }
    const type = file.endsWith('.pdf') ? 'application/pdf' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: req.url ?? '', served: false });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    requests,
    url: (page, host = GOV_HOST) => `http://${host}${page}`,
    unexplained: () => requests.filter((r) => !r.served && !(r.method === 'GET' && FAVICON.test(r.url))),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------------

/** Prefs on top of puppeteer's own test profile (@puppeteer/browsers firefox.js), which already turns off updates,
 * safe browsing, telemetry uploads and the new-tab feeds. */
export function firefoxPrefs(proxyPort: number): Record<string, unknown> {
  return {
    // Everything through the fixture proxy, localhost included.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // Remote Settings (blocklists, CRLite, …): honoured only with MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 (see above).
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.topsites.contile.enabled': false,
    'browser.translations.enable': false,
    'browser.ml.enable': false,
    'dom.push.connection.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'identity.fxaccounts.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': 'data:,',
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    // The overlay speaks the browser's UI language (browser.i18n.getUILanguage()). Debian's firefox-esr is en-US
    // unless firefox-esr-l10n-zh-cn is installed; pinned to en-US so the tests read the same text either way (the
    // Chinese strings are checked in Chromium, launched with --lang=zh-CN). Pages still ask for Chinese.
    'intl.locale.requested': 'en-US',
    'intl.accept_languages': 'zh-CN, zh, en',
  };
}

export const FIREFOX_ENV = { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' };

/**
 * The add-on's internal UUID, i.e. the host of its pages (moz-extension://<uuid>/popup.html). Firefox draws a random
 * one per profile at install unless the pref extensions.webextensions.uuids already maps the add-on id to one.
 */
export const EXTENSION_UUID = '6d3c4f0e-8a52-4b8e-9f1e-2b7c1a5d0e11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Save every download to `dir` without asking (the exports are <a download> clicks on blob: URLs). */
export function downloadPrefs(dir: string): Record<string, unknown> {
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': dir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
  };
}

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on id BiDi reports for the installed extension. */
  addonId?: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  proxyPort: number;
  /** The unpacked extension to install as a temporary add-on. */
  extension?: string;
  /**
   * Let the tests open the extension's own pages and reach the browser's UI (the context menu): the add-on gets
   * EXTENSION_UUID, and the remote agent system access (see openExtensionPage and chromeEvaluate).
   */
  extensionPages?: boolean;
  /** Where downloads go (downloadPrefs). */
  downloadDir?: string;
}

/**
 * firefox-esr, headless, in a fresh profile (puppeteer creates a temporary one and deletes it on close), with the
 * extension installed as a temporary add-on when `extension` is given.
 */
export async function launchFirefox(options: LaunchOptions): Promise<LaunchedFirefox> {
  const browser = await puppeteer.launch({
    executablePath: FIREFOX,
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    env: { ...process.env, ...FIREFOX_ENV, ...(options.extensionPages ? { MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' } : {}) },
    extraPrefsFirefox: {
      ...firefoxPrefs(options.proxyPort),
      ...(options.extensionPages ? { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }) } : {}),
      ...(options.downloadDir ? downloadPrefs(options.downloadDir) : {}),
    },
  });
  let addonId: string | undefined;
  try {
    if (options.extension) addonId = await browser.installExtension(options.extension);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, addonId, close: () => browser.close() };
}

// ---------------------------------------------------------------------------------------------------------------
// The extension's pages and the browser's UI.
//
// Tried on firefox-esr 153 with puppeteer-core 24:
// - page.goto('moz-extension://…/popup.html') is refused by the remote agent ("Navigation to … is not allowed in this
//   context": BiDi navigates only to http(s), file, blob and about:blank) — with or without a known UUID.
// - With MOZ_REMOTE_ALLOW_SYSTEM_ACCESS=1 in Firefox's environment (the env form of --remote-allow-system-access) the
//   navigation is allowed and the page loads, but page.goto never resolves: puppeteer waits for navigation events
//   Firefox does not send for a moz-extension: load, and page.url() stays about:blank. The BiDi command itself,
//   browsingContext.navigate with wait: 'complete', returns once the page has loaded: openExtensionPage sends it.
// - Without system access, a tab the extension opens itself (tabs.create, e.g. the in-page 核对 button) can still be
//   driven (evaluate, click), but nothing else can open the first one.
// - The pref extensions.webextensions.uuids, set before the install, does fix the add-on's UUID: the pages open at
//   moz-extension://EXTENSION_UUID/… (their location says so), and tabs.create from the extension lands there too.
// - System access also lets BiDi evaluate in the browser window (browsingContext.getTree with "moz:scope": "chrome"),
//   where the real context menu opens on a right-click and the add-on permission prompt shows, even headless:
//   chromeEvaluate, openContextMenu, chooseContextMenuItem.
// - The toolbar button's own popup panel was not tried: the popup is opened as a tab with ?tab=N, as the Chromium
//   tests open it, and a hidden tab draws no animation frame in Firefox (bring the page to front before reading it).
// Puppeteer has no public API for raw BiDi commands: the connection and the frame's context id are reached below.

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

function bidi(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection?.send) throw new Error('puppeteer-core no longer exposes its BiDi connection');
  return connection;
}

function contextIdOf(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: string })._id;
  if (typeof id !== 'string') throw new Error("puppeteer-core no longer exposes the frame's BiDi context id");
  return id;
}

/** Opens one of the extension's pages (e.g. 'popup.html?tab=3') in a new tab; needs launchFirefox's extensionPages. */
export async function openExtensionPage(firefox: LaunchedFirefox, pathAndQuery: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${pathAndQuery}`;
  await bidi(firefox.browser).send('browsingContext.navigate', { context: contextIdOf(page), url, wait: 'complete' });
  await page.waitForFunction((expected) => location.href === expected, {}, url);
  return page;
}

/**
 * Runs `action` (a click) and returns the tab it opened, once that tab has left about:blank. The extension opens its
 * pages with tabs.create; puppeteer reports such a tab, but not its address (locationOf reads it).
 */
export async function pageOpenedBy(firefox: LaunchedFirefox, action: () => Promise<unknown>, timeout = 10_000): Promise<Page> {
  const known = new Set(await firefox.browser.pages());
  await action();
  const deadline = Date.now() + timeout;
  for (;;) {
    const page = (await firefox.browser.pages()).find((p) => !known.has(p));
    if (page) {
      await page.waitForFunction(() => location.href !== 'about:blank', { timeout });
      return page;
    }
    if (Date.now() > deadline) throw new Error('no tab opened');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The address of a page as its document knows it (puppeteer's page.url() is about:blank for extension pages). */
export function locationOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href);
}

/**
 * Evaluates `expression` in the browser window (chrome privileges: gBrowser, Services, the context menu) and returns
 * its value, which must survive JSON. Needs launchFirefox's extensionPages.
 */
export async function chromeEvaluate<T>(firefox: LaunchedFirefox, expression: string): Promise<T> {
  const connection = bidi(firefox.browser);
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string; url: string }[];
  };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window');
  const evaluated = (
    await connection.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: window.context },
      awaitPromise: true,
      resultOwnership: 'none',
    })
  ).result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
  if (evaluated.type !== 'success') throw new Error(`chrome evaluation failed: ${evaluated.exceptionDetails?.text}`);
  const text = evaluated.result?.value;
  return (text === undefined ? undefined : JSON.parse(text)) as T;
}

/** Right-clicks `element` as a user would, and waits for Firefox's own context menu (#contentAreaContextMenu). */
export async function openContextMenu(firefox: LaunchedFirefox, element: ElementHandle<Element>): Promise<void> {
  await element.click({ button: 'right' });
  const open = await chromeEvaluate<boolean>(
    firefox,
    `new Promise((resolve) => {
      const menu = document.getElementById('contentAreaContextMenu');
      const deadline = Date.now() + 5000;
      const look = () => (menu.state === 'open' ? resolve(true) : Date.now() > deadline ? resolve(false) : setTimeout(look, 50));
      look();
    })`,
  );
  if (!open) throw new Error('the context menu did not open');
}

/** The labels of the open context menu's visible items. */
export function contextMenuLabels(firefox: LaunchedFirefox): Promise<string[]> {
  return chromeEvaluate<string[]>(
    firefox,
    `[...document.getElementById('contentAreaContextMenu').querySelectorAll('menuitem')].filter((i) => !i.hidden).map((i) => i.label)`,
  );
}

/** Chooses the item labelled `label` in the open context menu, as a click on it does (the menu closes). */
export async function chooseContextMenuItem(firefox: LaunchedFirefox, label: string): Promise<void> {
  const chosen = await chromeEvaluate<boolean>(
    firefox,
    `(() => {
      const menu = document.getElementById('contentAreaContextMenu');
      const item = [...menu.querySelectorAll('menuitem')].find((i) => !i.hidden && i.label === ${JSON.stringify(label)});
      if (menu.state !== 'open' || !item) return false;
      menu.activateItem(item);
      return true;
    })()`,
  );
  if (!chosen) throw new Error(`no context-menu item "${label}"`);
}

/** The text on the system clipboard (Firefox headless keeps its own). */
export function clipboardText(firefox: LaunchedFirefox): Promise<string> {
  return chromeEvaluate<string>(firefox, 'navigator.clipboard.readText()');
}

/** The id the extension knows a tab by, asked from one of its pages (tabs.query: the tab's URL needs host access). */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } })
      .browser;
    return (await api.tabs.query({})).find((tab) => tab.url === wanted)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

// ---------------------------------------------------------------------------------------------------------------
// Downloads.

export interface DownloadedFile {
  name: string;
  bytes: Buffer;
}

/**
 * Runs `action` (a click on an export button) and returns the one file that appears in `dir` because of it, once
 * Firefox has finished writing it; the file is then removed. Firefox writes a temporary file (<name>.part, or a
 * random name with the same extension) and renames it: a file is taken once the only new one has kept its name and
 * size over two looks, and one renamed away between a look and its read is looked for again.
 */
export async function downloadOf(dir: string, action: () => Promise<unknown>, timeout = 10_000): Promise<DownloadedFile> {
  const before = new Set(readdirSync(dir));
  await action();
  const deadline = Date.now() + timeout;
  let seen: { name: string; size: number } | undefined;
  for (;;) {
    const names = readdirSync(dir);
    const added = names.filter((name) => !before.has(name) && !name.endsWith('.part'));
    if (added.length === 1 && !names.some((name) => name.endsWith('.part'))) {
      const name = added[0]!;
      const file = path.join(dir, name);
      let bytes: Buffer | undefined;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      if (bytes && bytes.length > 0) {
        if (seen?.name === name && seen.size === bytes.length) {
          // Gone again: a later download of the same name keeps its name (Firefox would save "name(1).csv").
          rmSync(file);
          return { name, bytes };
        }
        seen = { name, size: bytes.length };
      }
    }
    if (Date.now() > deadline) {
      const what = added.length > 1 ? `several downloads at once: ${added.join(', ')}` : `no download within ${timeout} ms`;
      throw new Error(`${what} (files: ${names.join(', ')})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the page from a test.

export const HOST_SELECTOR = 'budget-check-overlay';

export interface PlainBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Two animation frames: whatever the overlay scheduled has been drawn. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Waits until the overlay has drawn a mark, a dot or a badge in its shadow root, then for layout to settle. */
export async function waitForMarks(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (host) => document.querySelector(host)?.shadowRoot?.querySelector('.bc-mark, .bc-dot, .bc-badge'),
    { timeout },
    HOST_SELECTOR,
  );
  await settle(page);
}
