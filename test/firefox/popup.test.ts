/**
 * The popup in firefox-esr, opened as a page (moz-extension://<uuid>/popup.html?tab=N: see harness.ts for how) and
 * pointed at a page's tab, as test/browser/popup.test.ts does in Chromium: it lists what the engine finds in Node for
 * the same HTML, jumps to a finding (the page's overlay opens its popover), hides the marks, re-runs, follows the
 * language setting into the page, stops auto-run for a site, and says so when a page has no budget table or publishes
 * its budget only as attachments. The exports are in exports.test.ts.
 *
 * Firefox here speaks English (harness.ts pins intl.locale.requested): the popup's texts are the English ones.
 */
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compact, expectedCellMarks, nodeVerdict } from '../browser/node-report.ts';
import {
  ensureFirefoxExtensionBuilt,
  type FixtureProxy,
  GOV_HOST,
  HOST_SELECTOR,
  type LaunchedFirefox,
  launchFirefox,
  openExtensionPage,
  ROOT,
  settle,
  startFixtureProxy,
  tabIdOf,
  waitForMarks,
} from './harness.ts';

/** A real disclosure in a platform's markup: seed 002, a 部门预算 of 13 tables (the page Chromium's popup test uses). */
const SAMPLE_PAGE = '002_985e1de26a38a1db.platform.html';
const browserFixture = (name: string) => path.join(ROOT, 'test/fixtures/browser', name);
const PAGES: Record<string, string> = {
  [`/${SAMPLE_PAGE}`]: path.join(ROOT, 'test/fixtures/pages', SAMPLE_PAGE),
  '/sum-error.html': browserFixture('sum-error.html'),
  '/no-tables.html': browserFixture('no-tables.html'),
  '/attachments-only.html': browserFixture('attachments-only.html'),
};

let proxy: FixtureProxy;
let firefox: LaunchedFirefox;
/** An extension page kept open to ask tabs.query for tab ids (the Chromium tests ask the service worker). */
let probe: Page;
const consoleProblems: string[] = [];

beforeAll(async () => {
  const extension = ensureFirefoxExtensionBuilt();
  proxy = await startFixtureProxy(PAGES);
  firefox = await launchFirefox({ proxyPort: proxy.port, extension, extensionPages: true });
  probe = await openExtensionPage(firefox, 'pdf-viewer.html');
});

afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
});

function watchConsole(page: Page, name: string) {
  page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'error') consoleProblems.push(`${name}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleProblems.push(`${name}: ${String(error)}`));
}

async function openPage(file: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  watchConsole(page, file);
  await page.goto(proxy.url(`/${file}`), { waitUntil: 'load' });
  return page;
}

async function openPopupFor(file: string): Promise<Page> {
  const tabId = await tabIdOf(probe, proxy.url(`/${file}`));
  const popup = await openExtensionPage(firefox, `popup.html?tab=${tabId}`);
  watchConsole(popup, `popup for ${file}`);
  await popup.waitForSelector('.pp-status, .pp-cannot');
  return popup;
}

const countMarks = (page: Page) =>
  page.evaluate((host) => document.querySelector(host)?.shadowRoot?.querySelectorAll('.bc-mark').length ?? 0, HOST_SELECTOR);

describe('popup on a disclosure page (seed 002)', () => {
  let page: Page;
  let popup: Page;
  const verdict = () => nodeVerdict(SAMPLE_PAGE, proxy.url(`/${SAMPLE_PAGE}`));

  beforeAll(async () => {
    page = await openPage(SAMPLE_PAGE);
    await waitForMarks(page);
    popup = await openPopupFor(SAMPLE_PAGE);
    await popup.waitForSelector('.pp-finding');
  });

  it('lists the same findings as the engine, each under its table', async () => {
    const { report } = verdict();
    const listed = await popup.$$eval('.pp-finding', (buttons) =>
      buttons.map((b) => ({
        id: (b as HTMLElement).dataset.findingId,
        table: b.closest<HTMLElement>('.pp-table')?.dataset.tableId,
        message: b.querySelector('.bc-card-message')?.textContent,
      })),
    );
    const expected = report.findings.map((f) => ({
      id: f.id,
      table: report.tables.some((t) => t.id === (f.tableId ?? f.cells[0]?.tableId)) ? (f.tableId ?? f.cells[0]?.tableId) : '',
      message: f.messageEn,
    }));
    const byId = (a: { id?: string }, b: { id?: string }) => (a.id! < b.id! ? -1 : 1);
    expect([...listed].sort(byId)).toEqual([...expected].sort(byId));
    const titles = await popup.$$eval('.pp-table[data-table-id^="t"] .pp-table-title', (els) => els.map((el) => el.textContent ?? ''));
    // The page's 13 <table>s are 13 tables (表1 … 表13 of the disclosure).
    expect(titles).toHaveLength(13);
    for (const [i, table] of report.tables.entries()) expect(compact(titles[i]!)).toContain(compact(table.title ?? ''));
    expect(await popup.$eval('.pp-status', (el) => el.textContent)).toMatch(/^13 budget tables/);
    // By hand from the page: the text's 绩效目标 says 涉及预算金额599.92万元, where 表1's 收入总计 is 524.92.
    const first = await popup.$eval('.pp-finding', (b) => ({
      tag: b.querySelector('.bc-tag')?.textContent,
      stated: b.querySelector('.bc-stated')?.textContent,
      table: b.closest<HTMLElement>('.pp-table')?.dataset.tableId,
    }));
    expect(first).toEqual({ tag: 'Error', stated: '599.92万元', table: 't0' });
  });

  it('scrolls the page to a finding and opens its popover when it is clicked', async () => {
    // The last table finding in the page: far below the first screen.
    const [, last] = [...expectedCellMarks(verdict()).entries()].at(-1)!;
    const finding = last.findings[0]!;
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.click(`.pp-finding[data-finding-id="${finding.id}"]`);
    await page.bringToFront();
    await page.waitForFunction((host) => document.querySelector(host)?.shadowRoot?.querySelector('.bc-popover'), {}, HOST_SELECTOR);
    await settle(page);
    const cell = await page.evaluate((a) => {
      const table = document.querySelectorAll('table')[a.table]!;
      const row = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table)[a.row]!;
      const r = row.children[a.cell]!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight, scrollY };
    }, last.address);
    expect(cell.scrollY).toBeGreaterThan(1000);
    expect(cell.top).toBeGreaterThanOrEqual(0);
    expect(cell.bottom).toBeLessThanOrEqual(cell.height);
    const messages = await page.evaluate(
      (host) => [...document.querySelector(host)!.shadowRoot!.querySelectorAll('.bc-popover .bc-card-message')].map((el) => el.textContent),
      HOST_SELECTOR,
    );
    expect(messages[0]).toBe(finding.messageEn);
  });

  it('hides and shows the marks with its switch', async () => {
    const before = await countMarks(page);
    expect(before).toBe(expectedCellMarks(verdict()).size);
    /** The switch's message reaches the page after the click returns: wait for the marks to follow. */
    const marksBecome = (count: number) =>
      page.waitForFunction(
        (host, n) => (document.querySelector(host)?.shadowRoot?.querySelectorAll('.bc-mark').length ?? 0) === n,
        { timeout: 5000 },
        HOST_SELECTOR,
        count,
      );
    await popup.bringToFront();
    await popup.click('.pp-marks-toggle');
    await page.bringToFront();
    await marksBecome(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await popup.bringToFront();
    await popup.click('.pp-marks-toggle');
    await page.bringToFront();
    await marksBecome(before);
    await settle(page);
    expect(await countMarks(page)).toBe(before);
  });

  it('re-runs the checks on request', async () => {
    await popup.bringToFront();
    expect(await popup.$eval('.pp-status', (el) => el.getAttribute('data-runs'))).toBe('1');
    await popup.click('.pp-rerun');
    await popup.waitForSelector('.pp-status[data-runs="2"]');
    expect(await popup.$$eval('.pp-finding', (els) => els.length)).toBe(verdict().report.findings.length);
  });

  it('switches language from the settings: popup and page marks follow', async () => {
    await popup.bringToFront();
    await popup.click('.pp-settings summary');
    await popup.select('.pp-language', 'zh');
    await popup.waitForFunction(() => document.querySelector('.pp-name')?.textContent?.startsWith('预算核对'));
    expect(await popup.$eval('.pp-finding .bc-card-message', (el) => el.textContent)).toBe(verdict().report.findings[0]!.message);
    expect(await popup.$eval('.pp-finding .bc-tag', (el) => el.textContent)).toBe('错误');
    await page.bringToFront();
    await page.waitForFunction(
      (host) => document.querySelector(host)?.shadowRoot?.querySelector('.bc-root')?.getAttribute('lang') === 'zh-CN',
      {},
      HOST_SELECTOR,
    );
    await popup.select('.pp-language', 'auto');
    await page.waitForFunction(
      (host) => document.querySelector(host)?.shadowRoot?.querySelector('.bc-root')?.getAttribute('lang') === 'en',
      {},
      HOST_SELECTOR,
    );
  });
});

/** Waits until the popup has stored the site's auto-run setting (the click returns before storage.local.set does). */
async function autoRunSaved(popup: Page, on: boolean) {
  await popup.waitForFunction(
    async (host, wanted) => {
      const api = (globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).browser;
      const { settings } = (await api.storage.local.get('settings')) as { settings?: { autoRun?: Record<string, boolean> } };
      return settings?.autoRun?.[host] === wanted;
    },
    { timeout: 5000 },
    GOV_HOST,
    on,
  );
}

describe('popup and auto-run', () => {
  it('does not run by itself on a site where the user turned auto-run off', async () => {
    const page = await openPage('sum-error.html');
    await waitForMarks(page);
    const popup = await openPopupFor('sum-error.html');
    await popup.click('.pp-settings summary');
    expect(await popup.$eval('.pp-settings', (el) => el.textContent)).toContain('czj.example.gov.cn');
    await popup.click('.pp-autorun');
    await autoRunSaved(popup, false);
    // In front: Firefox runs no animation frame in a hidden tab, and the overlay draws in one.
    await page.bringToFront();
    await page.reload({ waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await page.$$eval(HOST_SELECTOR, (hosts) => hosts.length)).toBe(0);
    await popup.click('.pp-autorun');
    await autoRunSaved(popup, true);
    await page.reload({ waitUntil: 'load' });
    await waitForMarks(page);
    await popup.close();
    await page.close();
  });
});

describe('popup on pages without a checkable table', () => {
  it('says the budget is in the attachments and lists them', async () => {
    const page = await openPage('attachments-only.html');
    const popup = await openPopupFor('attachments-only.html');
    await popup.waitForSelector('.pp-attachments-only');
    expect(await popup.$eval('.pp-attachments-only', (el) => el.textContent)).toContain("This page's budget is in an attachment");
    const links = await popup.$$eval('.pp-attachments-only a', (as) => as.map((a) => [(a as HTMLAnchorElement).href, a.textContent]));
    expect(links).toEqual([
      [proxy.url('/files/2024-education-budget.pdf'), '示例县教育局2024年部门预算.pdf'],
      [proxy.url('/files/2024-education-budget-tables.xls'), '示例县教育局2024年部门预算公开报表.xls'],
    ]);
    await popup.close();
    await page.close();
  });

  it('says when a page has no budget table', async () => {
    const page = await openPage('no-tables.html');
    const popup = await openPopupFor('no-tables.html');
    await popup.waitForSelector('.pp-none');
    expect(await popup.$eval('.pp-none', (el) => el.textContent)).toBe('This page has no budget table');
    expect(await popup.$$eval('.pp-finding', (els) => els.length)).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('console and network', () => {
  it('shows no warning or error in the pages or the popups', () => {
    expect(consoleProblems).toEqual([]);
  });

  it('reaches only the fixture pages the tests opened (and the favicons Firefox asks for)', () => {
    const unexpected = proxy.unexplained();
    expect(unexpected).toEqual([]);
    // Each page once, sum-error.html three times (opened, then reloaded twice): nothing the tests did not open.
    expect(proxy.requests.filter((r) => r.served).map((r) => r.url).sort()).toEqual(
      [SAMPLE_PAGE, 'attachments-only.html', 'no-tables.html', 'sum-error.html', 'sum-error.html', 'sum-error.html']
        .map((file) => proxy.url(`/${file}`))
        .sort(),
    );
  });
});
