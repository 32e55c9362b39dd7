/**
 * What the extension must not do: load its engine on a page that is not a budget disclosure, run at all on a site it
 * was not invited to, move a single element of the page, or make a network request.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureExtensionBuilt,
  type FixtureServer,
  HOST_SELECTOR,
  type LaunchedBrowser,
  launchChromium,
  OTHER_HOST,
  SAMPLE_PAGE,
  settle,
  startFixtureServer,
  waitForMarks,
} from './harness.ts';

let server: FixtureServer;
let browser: LaunchedBrowser;
/** Every request Chromium made in the extension's browser, from pages, frames and workers alike. */
const requested: string[] = [];

beforeAll(async () => {
  const extension = ensureExtensionBuilt();
  server = await startFixtureServer();
  browser = await launchChromium({ extension });
  browser.context.on('request', (request) => requested.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page with the debugger listening, and returns the URLs of every script parsed in it, isolated worlds too. */
async function openWatchingScripts(url: string): Promise<{ page: Page; scripts: string[] }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const scripts: string[] = [];
  cdp.on('Debugger.scriptParsed', (event) => scripts.push(event.url));
  await cdp.send('Debugger.enable');
  await page.goto(url);
  return { page, scripts };
}

/** Waits past the gate's document_idle run and one engine check. */
async function quietSpell(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(600);
  await settle(page);
}

const extensionScript = (scripts: string[], name: string) =>
  scripts.some((url) => url === `chrome-extension://${browser.extensionId}/${name}`);

describe('where the extension runs', () => {
  it('runs its gate on a government page without a budget table, and loads no engine there', async () => {
    const { page, scripts } = await openWatchingScripts(server.url('no-tables.html'));
    await quietSpell(page);
    expect(extensionScript(scripts, 'gate.js')).toBe(true);
    expect(extensionScript(scripts, 'engine.js')).toBe(false);
    expect(await page.locator(HOST_SELECTOR).count()).toBe(0);
    await page.close();
  });

  it('loads the engine on a government page that is a budget disclosure', async () => {
    const { page, scripts } = await openWatchingScripts(server.url('sum-error.html'));
    await waitForMarks(page);
    expect(extensionScript(scripts, 'gate.js')).toBe(true);
    expect(extensionScript(scripts, 'engine.js')).toBe(true);
    // The XLSX writer comes only with a workbook asked for (entrypoints/engine/xlsx-loader.ts).
    expect(extensionScript(scripts, 'xlsx-writer.js')).toBe(false);
    await page.close();
  });

  it('does nothing uninvited on a site outside *.gov.cn, even a disclosure page', async () => {
    const { page, scripts } = await openWatchingScripts(server.url('sum-error.html', OTHER_HOST));
    await quietSpell(page);
    expect(scripts.filter((url) => url.startsWith('chrome-extension://'))).toEqual([]);
    expect(await page.locator(HOST_SELECTOR).count()).toBe(0);
    await page.close();
  });
});

describe('the page stays as it was', () => {
  /** Every element's box, and the page's own markup. */
  async function snapshot(page: Page) {
    return page.evaluate((host) => {
      const boxes = [...document.body.querySelectorAll('*')].map((el) => {
        const r = el.getBoundingClientRect();
        // Document coordinates: the page with the extension may have been scrolled by a click on a badge.
        return `${el.tagName} ${r.x + scrollX},${r.y + scrollY},${r.width},${r.height}`;
      });
      const children = [...document.documentElement.children].map((el) => el.tagName.toLowerCase());
      return {
        boxes,
        bodyHtml: document.body.innerHTML,
        htmlChildren: children.filter((tag) => tag !== host),
        hosts: children.filter((tag) => tag === host).length,
        scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
      };
    }, HOST_SELECTOR);
  }

  it('has the same element boxes, markup and scroll size with and without the extension', async () => {
    const url = server.url(SAMPLE_PAGE);
    const plain = await launchChromium();
    try {
      const bare = await plain.context.newPage();
      await bare.goto(url);
      await quietSpell(bare);
      const without = await snapshot(bare);

      const page = await browser.context.newPage();
      await page.goto(url);
      await waitForMarks(page);
      // Open a popover and a badge menu too: they float over the page and must not push anything.
      await page.locator(`${HOST_SELECTOR} >> css=.bc-badge`).first().click();
      await settle(page);
      const withExtension = await snapshot(page);

      expect(without.hosts).toBe(0);
      expect(withExtension.hosts).toBe(1);
      expect(withExtension.htmlChildren).toEqual(without.htmlChildren);
      expect(withExtension.bodyHtml).toBe(without.bodyHtml);
      expect(withExtension.scroll).toEqual(without.scroll);
      expect(withExtension.boxes.length).toBe(without.boxes.length);
      expect(withExtension.boxes).toEqual(without.boxes);
      await page.close();
    } finally {
      await plain.close();
    }
  });
});

describe('network', () => {
  it('requests nothing but the pages the test opened (and the browser its favicons)', async () => {
    // The pages opened by the tests above, plus one more visit with the popup open.
    const page = await browser.context.newPage();
    await page.goto(server.url('sum-error.html'));
    await waitForMarks(page);
    await page.close();
    const allowed = (url: string) => {
      const u = new URL(url);
      if (u.protocol === 'chrome-extension:') return u.host === browser.extensionId;
      return (
        (u.hostname === 'czj.example.gov.cn' || u.hostname === OTHER_HOST) &&
        u.port === String(server.port) &&
        /^\/(?:[\w.-]+\.html|favicon\.ico)$/.test(u.pathname)
      );
    };
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !allowed(url))).toEqual([]);
    // And what reached the server: GETs of fixture pages and favicons only.
    expect(server.requests.filter((r) => r.method !== 'GET' || !/^\/(?:[\w.-]+\.html|favicon\.ico)$/.test(r.path))).toEqual([]);
  });
});
