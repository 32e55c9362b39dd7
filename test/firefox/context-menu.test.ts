/**
 * The context menu's "核对此表 / Check this table" in firefox-esr, through Firefox's real context menu: a right-click
 * on a table cell opens #contentAreaContextMenu in the browser window (reached over BiDi with system access, see
 * harness.ts), the test chooses the extension's item there, and the background's contextMenus.onClicked injects the
 * engine and asks it (focus-table, with Firefox's targetElementId) to open the menu of the table that was
 * right-clicked. On a *.gov.cn page the engine is there already; elsewhere the click's activeTab lets it in.
 *
 * The Chromium tests cannot click browser UI: test/browser/marks.test.ts sends the background's focus-table message
 * itself, with the pointer resting on the table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedCellMarks, nodeVerdict } from '../browser/node-report.ts';
import {
  chooseContextMenuItem,
  contextMenuLabels,
  ensureFirefoxExtensionBuilt,
  type FixtureProxy,
  HOST_SELECTOR,
  type LaunchedFirefox,
  launchFirefox,
  OTHER_HOST,
  openContextMenu,
  ROOT,
  settle,
  startFixtureProxy,
  waitForMarks,
} from './harness.ts';

const SAMPLE_PAGE = '002_985e1de26a38a1db.platform.html';
const PAGES: Record<string, string> = { [`/${SAMPLE_PAGE}`]: path.join(ROOT, 'test/fixtures/pages', SAMPLE_PAGE) };
/** bilingual('checkThisTable'): the item's title is the same in every browser language. */
const CHECK_THIS_TABLE = '核对此表 / Check this table';

let proxy: FixtureProxy;
let firefox: LaunchedFirefox;
let extensionDir: string;
const consoleProblems: string[] = [];

beforeAll(async () => {
  extensionDir = ensureFirefoxExtensionBuilt();
  proxy = await startFixtureProxy(PAGES);
  firefox = await launchFirefox({ proxyPort: proxy.port, extension: extensionDir, extensionPages: true });
});

afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
});

async function open(host?: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'error') consoleProblems.push(message.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(String(error)));
  await page.goto(proxy.url(`/${SAMPLE_PAGE}`, host), { waitUntil: 'load' });
  return page;
}

/** The cell of the page's n-th <table> whose text is `text` (read off the fixture by hand). */
async function cellOf(page: Page, table: number, text: string): Promise<ElementHandle<Element>> {
  const cell = await page.evaluateHandle(
    (n, t) => [...document.querySelectorAll('table')[n]!.querySelectorAll('td')].find((td) => td.textContent?.trim() === t),
    table,
    text,
  );
  const element = cell.asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`no cell ${text} in table ${table}`);
  return element;
}

/** The table whose menu the overlay shows, once it shows one, with the menu's title. */
async function openMenu(page: Page): Promise<{ tableId: string | null; title: string | null }> {
  await page.waitForFunction((host) => document.querySelector(host)?.shadowRoot?.querySelector('.bc-menu'), {}, HOST_SELECTOR);
  return page.evaluate((host) => {
    const menu = document.querySelector(host)!.shadowRoot!.querySelector('.bc-menu')!;
    return { tableId: menu.getAttribute('data-menu-for'), title: menu.querySelector('.bc-menu-title')?.textContent ?? null };
  }, HOST_SELECTOR);
}

describe('the Firefox build', () => {
  it('asks for `menus`, Firefox’s name for contextMenus, which lets the page’s engine find the right-clicked element', () => {
    const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
    expect([...manifest.permissions].sort()).toEqual(['*://*.gov.cn/*', 'activeTab', 'menus', 'scripting', 'storage']);
  });
});

describe('on a disclosure page the gate let the engine into (seed 002 on *.gov.cn)', () => {
  it('opens the menu of the table right-clicked, wherever the pointer went after the right-click', async () => {
    const page = await open();
    await waitForMarks(page);
    // 表5 一般公共预算支出情况表 is the page's fifth <table>; 324.81 is its 一般公共服务支出 合计 (first of two).
    expect(nodeVerdict(SAMPLE_PAGE, proxy.url(`/${SAMPLE_PAGE}`)).tableIdOfElement(4)).toBe('t4');
    await openContextMenu(firefox, await cellOf(page, 4, '324.81'));
    expect(await contextMenuLabels(firefox)).toContain(CHECK_THIS_TABLE);
    // The pointer leaves every table before the item is chosen (the menu lies over the page; a keyboard user's
    // pointer may be anywhere): the table must be the one right-clicked, not the one under the pointer.
    const away = await page.evaluate(() => {
      for (let y = 5; y < innerHeight; y += 10) {
        for (let x = 5; x < innerWidth; x += 20) {
          if (!document.elementFromPoint(x, y)?.closest('table')) return { x, y };
        }
      }
      return null;
    });
    expect(away).not.toBeNull();
    await page.mouse.move(away!.x, away!.y);
    await page.waitForFunction(() => document.querySelectorAll('table:hover').length === 0, { timeout: 5000 });
    await chooseContextMenuItem(firefox, CHECK_THIS_TABLE);
    const menu = await openMenu(page);
    expect(menu.tableId).toBe('t4');
    expect(menu.title).toContain('一般公共预算支出情况表');
    await page.close();
  });
});

describe('on a page outside *.gov.cn (the same page on news.example.com)', () => {
  it('runs nothing until the item is chosen; then checks the page and opens the table’s menu', async () => {
    const page = await open(OTHER_HOST);
    await settle(page);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.$$eval(HOST_SELECTOR, (hosts) => hosts.length)).toBe(0);
    // The third <table> is 表3 部门支出总体情况表; 399.92 is its 基本支出 总计.
    await openContextMenu(firefox, await cellOf(page, 2, '399.92'));
    await chooseContextMenuItem(firefox, CHECK_THIS_TABLE);
    const menu = await openMenu(page);
    expect(menu.tableId).toBe('t2');
    expect(menu.title).toContain('部门支出总体情况表');
    // The whole page was checked, as on a government site: every cell the engine flags in Node is outlined.
    await waitForMarks(page);
    const verdict = nodeVerdict(SAMPLE_PAGE, proxy.url(`/${SAMPLE_PAGE}`, OTHER_HOST));
    const marks = await page.evaluate((host) => document.querySelector(host)!.shadowRoot!.querySelectorAll('.bc-mark').length, HOST_SELECTOR);
    expect(marks).toBe(expectedCellMarks(verdict).size);
    await page.close();
  });
});

describe('console and network', () => {
  it('shows no warning or error on the pages', () => {
    expect(consoleProblems).toEqual([]);
  });

  it('reaches only the two pages the tests opened (and the favicons Firefox asks for)', () => {
    expect(proxy.unexplained()).toEqual([]);
    expect(proxy.requests.filter((r) => r.served).map((r) => r.url)).toEqual([
      proxy.url(`/${SAMPLE_PAGE}`),
      proxy.url(`/${SAMPLE_PAGE}`, OTHER_HOST),
    ]);
  });
});
