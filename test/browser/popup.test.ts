/**
 * The popup, opened as a page (chrome-extension://ID/popup.html?tab=N) and pointed at a page's tab: it lists what the
 * engine finds in Node for the same HTML, jumps to findings, hides the marks, exports, and says so when a page has no
 * budget table or publishes its budget only as attachments.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureExtensionBuilt,
  type FixtureServer,
  HOST_SELECTOR,
  type LaunchedBrowser,
  launchChromium,
  SAMPLE_PAGE,
  settle,
  startFixtureServer,
  tabIdOf,
  waitForMarks,
} from './harness.ts';
import { compact, expectedCellMarks, nodeVerdict } from './node-report.ts';

let server: FixtureServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  const extension = ensureExtensionBuilt();
  server = await startFixtureServer();
  browser = await launchChromium({ extension });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPopupFor(pageUrl: string): Promise<Page> {
  const tabId = await tabIdOf(browser.worker!, pageUrl);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.pp-status, .pp-cannot');
  return popup;
}

describe('popup on a disclosure page (seed 002)', () => {
  let page: Page;
  let popup: Page;
  const url = () => server.url(SAMPLE_PAGE);
  const verdict = () => nodeVerdict(SAMPLE_PAGE, url());

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(url());
    await waitForMarks(page);
    popup = await openPopupFor(url());
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
      message: f.message,
    }));
    const byId = (a: { id?: string }, b: { id?: string }) => (a.id! < b.id! ? -1 : 1);
    expect([...listed].sort(byId)).toEqual([...expected].sort(byId));
    const titles = await popup.locator('.pp-table[data-table-id^="t"] .pp-table-title').allTextContents();
    expect(titles).toHaveLength(report.tables.length);
    for (const [i, table] of report.tables.entries()) expect(compact(titles[i]!)).toContain(compact(table.title ?? ''));
  });

  it('scrolls the page to a finding and opens its popover when it is clicked', async () => {
    const v = verdict();
    // The last table finding in the page: far below the first screen.
    const [, last] = [...expectedCellMarks(v).entries()].at(-1)!;
    const finding = last.findings[0]!;
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.click(`.pp-finding[data-finding-id="${finding.id}"]`);
    await page.bringToFront();
    await page.waitForSelector(`${HOST_SELECTOR} >> css=.bc-popover`);
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
    const messages = await page.locator(`${HOST_SELECTOR} >> css=.bc-popover .bc-card-message`).allTextContents();
    expect(messages[0]).toBe(finding.message);
  });

  it('hides and shows the marks with its switch', async () => {
    const countMarks = () =>
      page.evaluate((host) => document.querySelector(host)!.shadowRoot!.querySelectorAll('.bc-mark').length, HOST_SELECTOR);
    const before = await countMarks();
    expect(before).toBe(expectedCellMarks(verdict()).size);
    await popup.bringToFront();
    await popup.uncheck('.pp-marks-toggle');
    await page.bringToFront();
    await settle(page);
    expect(await countMarks()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await popup.bringToFront();
    await popup.check('.pp-marks-toggle');
    await page.bringToFront();
    await settle(page);
    expect(await countMarks()).toBe(before);
  });

  it('exports a table as XLSX and CSV', async () => {
    await popup.bringToFront();
    const table = popup.locator('.pp-table[data-table-id="t0"]');
    const [xlsx] = await Promise.all([popup.waitForEvent('download'), table.locator('[data-export="xlsx"]').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/部门收支总体情况表\.xlsx$/);
    const xlsxBytes = readFileSync((await xlsx.path())!);
    expect(xlsxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const [csv] = await Promise.all([popup.waitForEvent('download'), table.locator('[data-export="csv"]').click()]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    // Table 1's grand total, as a plain number (the page prints it as 524.92).
    expect(csvText).toContain('524.92');
  });

  it('exports the evidence pack, its hash made from the page text the engine read', async () => {
    await popup.bringToFront();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-export="evidence-json"]')]);
    expect(download.suggestedFilename()).toBe('克孜勒苏柯尔克孜自治州人民政府外事办公室_2026_核对证据.json');
    const pack = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const { raw, report } = verdict();
    // The same text the extension hashes (entrypoints/engine/page-text.ts), read in Node from the same HTML.
    const text = [raw.title, ...raw.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : b.table.rows.map((r) => r.cells.map((c) => c.text).join('\t'))))].join('\n');
    expect(pack.page.textSha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(pack.page.url).toBe(url());
    expect(JSON.stringify(pack)).toContain(report.findings.find((f) => f.severity === 'error')!.message);
  });

  it('switches language from the settings: popup and page marks follow', async () => {
    await popup.bringToFront();
    // The first finding is seed 002's gross error (599.92 stated for a 524.92 budget): its tag says so, in each language.
    expect(verdict().report.findings[0]).toMatchObject({ severity: 'error', magnitude: 'gross' });
    expect(await popup.locator('.pp-finding .bc-tag').first().textContent()).toBe('错误');
    await popup.locator('.pp-settings summary').click();
    await popup.selectOption('.pp-language', 'en');
    await popup.waitForFunction(() => document.querySelector('.pp-name')?.textContent?.startsWith('Budget Check'));
    const firstMessage = await popup.locator('.pp-finding .bc-card-message').first().textContent();
    expect(firstMessage).toBe(verdict().report.findings[0]!.messageEn);
    expect(await popup.locator('.pp-finding .bc-tag').first().textContent()).toBe('Error');
    await page.bringToFront();
    await page.waitForFunction(
      (host) => document.querySelector(host)?.shadowRoot?.querySelector('.bc-root')?.getAttribute('lang') === 'en',
      HOST_SELECTOR,
    );
    await popup.selectOption('.pp-language', 'auto');
  });
});

describe('popup and page over time', () => {
  it('re-runs on request, and shows fresh findings when the page re-renders its table', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('rewrite.html'));
    await waitForMarks(page);
    const popup = await openPopupFor(server.url('rewrite.html'));
    await popup.waitForSelector('.pp-finding');
    const stated = () => popup.locator('.pp-finding .bc-stated').allTextContents();
    expect(await stated()).toContain('530.00');
    expect(await popup.locator('.pp-status').getAttribute('data-runs')).toBe('1');
    await popup.click('.pp-rerun');
    await popup.waitForSelector('.pp-status[data-runs="2"]');

    await page.evaluate(() => (window as unknown as { rewriteTable(): void }).rewriteTable());
    // The engine re-runs after the page's mutation settles and tells the popup, which asks again.
    await popup.waitForFunction(() =>
      [...document.querySelectorAll('.pp-finding .bc-stated')].some((el) => el.textContent === '310.00'),
    );
    expect(await stated()).not.toContain('530.00');
    await popup.close();
    await page.close();
  });

  it('does not run by itself on a site where the user turned auto-run off', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('sum-error.html'));
    await waitForMarks(page);
    const popup = await openPopupFor(server.url('sum-error.html'));
    await popup.locator('.pp-settings summary').click();
    await popup.uncheck('.pp-autorun');
    await page.reload();
    await page.waitForLoadState('load');
    await page.waitForTimeout(600);
    expect(await page.locator(HOST_SELECTOR).count()).toBe(0);
    await popup.check('.pp-autorun');
    await page.reload();
    await waitForMarks(page);
    await popup.close();
    await page.close();
  });
});

describe('popup on pages without a checkable table', () => {
  it('says the budget is in the attachments and lists them', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('attachments-only.html'));
    const popup = await openPopupFor(server.url('attachments-only.html'));
    const block = popup.locator('.pp-attachments-only');
    await block.waitFor();
    expect(await block.textContent()).toContain('本页预算在附件中');
    const links = await block.locator('a').evaluateAll((as) => as.map((a) => [(a as HTMLAnchorElement).href, a.textContent]));
    expect(links).toEqual([
      [server.url('files/2024-education-budget.pdf'), '示例县教育局2024年部门预算.pdf'],
      [server.url('files/2024-education-budget-tables.xls'), '示例县教育局2024年部门预算公开报表.xls'],
    ]);
    await popup.close();
    await page.close();
  });

  it('says when a page has no budget table', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('no-tables.html'));
    const popup = await openPopupFor(server.url('no-tables.html'));
    await popup.locator('.pp-none').waitFor();
    expect(await popup.locator('.pp-none').textContent()).toBe('本页没有预算表');
    expect(await popup.locator('.pp-finding').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('speaks English in an English browser', async () => {
    const english = await launchChromium({ extension: ensureExtensionBuilt(), lang: 'en-US' });
    try {
      const page = await english.context.newPage();
      await page.goto(server.url('no-tables.html'));
      const tabId = await tabIdOf(english.worker!, server.url('no-tables.html'));
      const popup = await english.context.newPage();
      await popup.goto(`chrome-extension://${english.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('.pp-none').waitFor();
      expect(await popup.locator('.pp-none').textContent()).toBe('This page has no budget table');
    } finally {
      await english.close();
    }
  });
});
