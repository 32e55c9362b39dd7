/**
 * Hostile pages in Chromium with the built extension (gov.cn host, auto-run): markup written into cells and prose as
 * text, tables nested 20 deep, tables inside frames, page CSS that resets everything, a page with the gate's words and
 * no table, and a page whose own scripts must keep working. Every test also fails if the extension made a request.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  boxOf,
  HOST_SELECTOR,
  settle,
  tabIdOf,
  waitForMarks,
} from './harness.ts';
import { engineExport, engineSummary, overlayBoxes, sameBox, useHostileSetup, viewportBox } from './hostile-helpers.ts';

const setup = useHostileSetup();

async function openPage(file: string): Promise<Page> {
  const page = await setup.browser.context.newPage();
  await page.goto(setup.server.url(file));
  await waitForMarks(page);
  return page;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** The literal strings the hostile page carries as text. */
const IMG = `<img src=x onerror="window.__pwned='img'">`;
const SCRIPT = `<script>window.__pwned='prose'</script>`;

describe('markup written into cells and prose as text (hostile-scripts.html)', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openPage('hostile-scripts.html');
  });
  afterAll(async () => {
    await page.close();
  });

  it('shows it as text in the popover, and nothing of it runs', async () => {
    await page.hover('#wrong-total');
    const popover = page.locator(`${HOST_SELECTOR} >> css=.bc-popover`);
    await popover.waitFor();
    const messages = await popover.locator('.bc-card-message').allTextContents();
    // The wrong 合计 of 行政运行 (310.00, parts 300.00), named by its row label as the page prints it.
    expect(messages.some((m) => m.includes(`2010301 行政运行${IMG}`) && m.includes('310.00'))).toBe(true);
    const injected = await page.evaluate(
      (host) => document.querySelector(host)!.shadowRoot!.querySelectorAll('img, script, iframe, object, [onerror], [href^="javascript:" i]').length,
      HOST_SELECTOR,
    );
    expect(injected).toBe(0);
    await page.mouse.move(5, 5);
    // The prose finding's popover quotes the sentence with its markup as text.
    await page.locator(`${HOST_SELECTOR} >> css=.bc-dot`).first().click();
    await page.waitForSelector(`${HOST_SELECTOR} >> css=.bc-popover .bc-card-quote`);
    const quotes = await popover.locator('.bc-card-quote').allTextContents();
    expect(quotes.some((q) => q.includes(SCRIPT) && q.includes("javascript:window.__pwned='prose-href'"))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await pwned(page)).toBeUndefined();
  });

  it('shows it as text in the popup, and nothing of it runs there', async () => {
    const tabId = await tabIdOf(setup.browser.worker!, page.url());
    const popup = await setup.browser.context.newPage();
    await popup.goto(`chrome-extension://${setup.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.pp-finding');
    const text = await popup.locator('body').textContent();
    expect(text).toContain(`行政运行${IMG}`);
    const injected = await popup.evaluate(
      () => document.querySelectorAll('img[src="x"], script:not([src]), [onerror], [href^="javascript:" i]').length,
    );
    expect(injected).toBe(0);
    expect(await pwned(popup)).toBeUndefined();
    await popup.close();
    expect(await pwned(page)).toBeUndefined();
  });

  it('exports it as text: CSV keeps the label, the evidence page shows it and runs none of it', async () => {
    const summary = await engineSummary(setup.browser, page);
    expect(summary.tables.map((t) => t.number)).toEqual(['5']);
    const csv = await engineExport(setup.browser, page, 'csv', summary.tables[0]!.id);
    const csvText = Buffer.from(csv.base64 ?? '', 'base64').toString('utf8');
    expect(csvText).toContain(`"行政运行<img src=x onerror=""window.__pwned='img'"">"`); // CSV doubles the quotes
    const evidence = await engineExport(setup.browser, page, 'evidence-html');
    expect(evidence.text).toBeDefined();
    // Open the evidence pack as a browser would open the downloaded file.
    const viewer = await setup.browser.context.newPage();
    await viewer.setContent(evidence.text!);
    const shown = await viewer.locator('body').textContent();
    expect(shown).toContain(`行政运行${IMG}`);
    expect(shown).toContain(SCRIPT);
    expect(await viewer.evaluate(() => document.querySelectorAll('img[src="x"], [onerror]').length)).toBe(0);
    expect(await pwned(viewer)).toBeUndefined();
    await viewer.close();
  });

  it("keeps the page's own scripts working: its handlers fire and it sees no error", async () => {
    type Counts = { clicks: number; cellClicks: number; inputs: number; mutations: number; errors: number; rejections: number };
    const counts = () => page.evaluate(() => ({ ...(window as unknown as { pageCounts: Counts }).pageCounts }));
    const before = await counts();
    await page.click('#page-button');
    await page.click('#page-button');
    await page.fill('#page-input', '');
    await page.type('#page-input', 'abc');
    // A click on the marked cell opens the extension's popover and still reaches the page's own handler.
    await page.click('#wrong-total');
    await page.locator(`${HOST_SELECTOR} >> css=.bc-popover`).waitFor();
    await settle(page);
    const after = await counts();
    expect(after.clicks - before.clicks).toBe(2);
    expect(after.inputs - before.inputs).toBe(3);
    expect(after.cellClicks - before.cellClicks).toBe(1);
    expect(after.mutations - before.mutations).toBe(2);
    expect(after.errors).toBe(0);
    expect(after.rejections).toBe(0);
    expect(await page.locator('#page-log li').allTextContents()).toEqual(['第1次点击', '第2次点击']);
    expect(await pwned(page)).toBeUndefined();
  });
});

describe('tables nested 20 deep (hostile-nested.html)', () => {
  it('checks the innermost budget table and marks its wrong total', async () => {
    const page = await openPage('hostile-nested.html');
    expect(await page.locator('table').count()).toBe(20);
    const summary = await engineSummary(setup.browser, page);
    // The 19 layout tables are not tables of the disclosure.
    expect(summary.tables.map((t) => [t.number, t.title])).toEqual([['5', '一般公共预算支出情况表']]);
    const marks = await overlayBoxes(page, '.bc-mark');
    expect(marks).toHaveLength(1);
    expect(sameBox(marks[0]!, await viewportBox(page, '#wrong-total'))).toBe(true);
    await page.close();
  });
});

describe('tables inside frames (hostile-frames.html)', () => {
  it('checks the top document only: the tables of a same-origin frame and of a srcdoc frame are not read', async () => {
    const page = await openPage('hostile-frames.html');
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames).toHaveLength(2);
    for (const frame of frames) {
      await frame.waitForSelector('#frame-wrong');
      // The frames hold a 表6 whose 合计 999.00 is wrong: nothing of it reaches the engine or its overlay.
      expect(await frame.locator(HOST_SELECTOR).count()).toBe(0);
    }
    const summary = await engineSummary(setup.browser, page);
    expect(summary.tables.map((t) => t.number)).toEqual(['5']);
    expect(summary.findings.some((f) => f.message.includes('999.00'))).toBe(false);
    const marks = await overlayBoxes(page, '.bc-mark');
    expect(marks).toHaveLength(1);
    expect(sameBox(marks[0]!, await viewportBox(page, '#wrong-total'))).toBe(true);
    expect(await page.locator(HOST_SELECTOR).count()).toBe(1);
    await page.close();
  });
});

describe('page CSS * { all: unset } and a 200px root font (hostile-reset-css.html)', () => {
  it('keeps every mark on its cell, and the overlay in px', async () => {
    const page = await openPage('hostile-reset-css.html');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('200px');
    const marks = await overlayBoxes(page, '.bc-mark');
    expect(marks).toHaveLength(1);
    const cell = await viewportBox(page, '#wrong-total');
    expect(cell.width).toBeGreaterThan(20); // the page's own rem sizes gave the cell a real box
    expect(sameBox(marks[0]!, cell)).toBe(true);
    const badge = await boxOf(page, `${HOST_SELECTOR} >> css=.bc-badge`);
    expect(badge.height).toBe(24);
    await page.click('#wrong-total');
    const fontSize = await page
      .locator(`${HOST_SELECTOR} >> css=.bc-popover .bc-card-message`)
      .first()
      .evaluate((el) => getComputedStyle(el).fontSize);
    expect(fontSize).toBe('13px');
    await page.close();
  });
});

describe("a page with the gate's words and no table (hostile-gate-words.html)", () => {
  it('loads no engine, even after the late second look', async () => {
    const page = await setup.browser.context.newPage();
    const cdp: CDPSession = await setup.browser.context.newCDPSession(page);
    const scripts: string[] = [];
    cdp.on('Debugger.scriptParsed', (event) => scripts.push(event.url));
    await cdp.send('Debugger.enable');
    await page.goto(setup.server.url('hostile-gate-words.html'));
    await page.waitForLoadState('load');
    // The title says 预算: the gate looks once more 2 s after load (entrypoints/gate/index.ts LATE_LOOK_MS).
    await page.waitForTimeout(2600);
    const ours = (name: string) => scripts.includes(`chrome-extension://${setup.browser.extensionId}/${name}`);
    expect(ours('gate.js')).toBe(true);
    expect(ours('engine.js')).toBe(false);
    expect(await page.locator(HOST_SELECTOR).count()).toBe(0);
    await page.close();
  });
});
