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
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
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

export interface FixtureProxy {
  port: number;
  /** Every request that reached the proxy, in order. */
  requests: ProxiedRequest[];
  url(page: string, host?: string): string;
  close(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 that answers for GOV_HOST and OTHER_HOST only, each serving `pages` (URL path → file
 * on disk, e.g. { '/sum-error.html': '…/test/fixtures/browser/sum-error.html' }). Every other request gets 502 and
 * every CONNECT (HTTPS) is refused; all of them are logged.
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
    const file = target && (target.hostname === GOV_HOST || target.hostname === OTHER_HOST) && pages[target.pathname];
    requests.push({ method: req.method ?? '', url: req.url ?? '', served: Boolean(file) && req.method === 'GET' });
    if (!file || req.method !== 'GET') {
      res.writeHead(target ? 404 : 502, { 'content-type': 'text/plain' });
      res.end('not served by the test proxy');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
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

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on id BiDi reports for the installed extension. */
  addonId?: string;
  close(): Promise<void>;
}

/**
 * firefox-esr, headless, in a fresh profile (puppeteer creates a temporary one and deletes it on close), with the
 * extension installed as a temporary add-on when `extension` is given.
 */
export async function launchFirefox(options: { proxyPort: number; extension?: string }): Promise<LaunchedFirefox> {
  const browser = await puppeteer.launch({
    executablePath: FIREFOX,
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    env: { ...process.env, ...FIREFOX_ENV },
    extraPrefsFirefox: firefoxPrefs(options.proxyPort),
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
