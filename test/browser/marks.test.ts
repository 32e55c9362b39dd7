/**
 * The marks on real pages, in Chromium with the built extension: outlines on the cells the engine flags (the same
 * cells the engine flags for the same HTML in Node), popovers that explain them, prose underlines through the CSS
 * Custom Highlight API, marks that follow the layout and re-appear when the page re-renders its table, and an
 * overlay that keeps its looks under hostile page CSS.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../export/read-xlsx.ts';
import {
  boxOf,
  ensureExtensionBuilt,
  type FixtureServer,
  HOST_SELECTOR,
  type LaunchedBrowser,
  launchChromium,
  type PlainBox,
  SAMPLE_PAGE,
  settle,
  startFixtureServer,
  tabIdOf,
  waitForMarks,
} from './harness.ts';
import {
  type CellAddress,
  compact,
  expectedCellMarks,
  expectedUnderline,
  isProseFinding,
  nodeVerdict,
} from './node-report.ts';

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

async function openPage(file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(file));
  await waitForMarks(page);
  return page;
}

/** Boxes of the overlay's elements matching `selector`, in page coordinates (like Playwright's boundingBox). */
async function overlayBoxes(page: Page, selector: string): Promise<(PlainBox & { tone: string })[]> {
  return page.evaluate(
    ({ host, selector }) =>
      [...(document.querySelector(host)?.shadowRoot?.querySelectorAll(selector) ?? [])].map((element) => {
        const r = element.getBoundingClientRect();
        const tone = element.className.includes('error') ? 'error' : element.className.includes('note') ? 'note' : '';
        return { x: r.left, y: r.top, width: r.width, height: r.height, tone };
      }),
    { host: HOST_SELECTOR, selector },
  );
}

async function cellBox(page: Page, address: CellAddress): Promise<PlainBox> {
  return page.evaluate((a) => {
    const table = document.querySelectorAll('table')[a.table]!;
    const row = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table)[a.row]!;
    const cell = [...row.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH')[a.cell]!;
    const r = cell.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, address);
}

function sameBox(a: PlainBox, b: PlainBox, tolerance = 1): boolean {
  return (
    Math.abs(a.x - b.x) <= tolerance &&
    Math.abs(a.y - b.y) <= tolerance &&
    Math.abs(a.width - b.width) <= tolerance &&
    Math.abs(a.height - b.height) <= tolerance
  );
}

async function viewportBox(page: Page, selector: string): Promise<PlainBox> {
  return page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, selector);
}

describe('a page with a wrong total (sum-error.html)', () => {
  let page: Page;
  const verdict = () => nodeVerdict('sum-error.html', server.url('sum-error.html'));

  beforeAll(async () => {
    page = await openPage('sum-error.html');
  });

  it('outlines exactly the cells the engine flags, each on its cell', async () => {
    const expected = [...expectedCellMarks(verdict()).values()];
    // The fixture's one wrong figure: 合计 530.00 where the parts make 520.00, checked by its column and its row.
    expect(expected).toHaveLength(1);
    const marks = await overlayBoxes(page, '.bc-mark');
    expect(marks).toHaveLength(1);
    const wrong = await viewportBox(page, '#wrong-total');
    expect(sameBox(marks[0]!, wrong)).toBe(true);
    expect(marks[0]!.tone).toBe('error');
    expect(sameBox(await cellBox(page, expected[0]!.address), wrong)).toBe(true);
  });

  it('explains the cell in a popover on hover: each relation, stated against expected', async () => {
    await page.hover('#wrong-total');
    const popover = page.locator(`${HOST_SELECTOR} >> css=.bc-popover`);
    await popover.waitFor();
    const messages = await popover.locator('.bc-card-message').allTextContents();
    const findings = [...expectedCellMarks(verdict()).values()][0]!.findings;
    expect(messages).toEqual(findings.map((f) => f.message));
    expect(await popover.locator('.bc-stated').allTextContents()).toEqual(['530.00', '530.00']);
    expect(await popover.locator('.bc-expected').allTextContents()).toEqual(['520.00', '520.00']);
    // The cells it was checked against are outlined while it is open: the two classes of the column (201, 208) and
    // the 基本支出 and 项目支出 of its row.
    const related = await overlayBoxes(page, '.bc-related');
    const relatedTexts = await page.evaluate(
      (boxes) =>
        boxes.map((b) => {
          const el = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
          return el?.closest('td')?.textContent?.trim();
        }),
      related,
    );
    expect(relatedTexts.sort()).toEqual(['100.00', '120.00', '400.00', '420.00']);
    await page.mouse.move(5, 5);
    await popover.waitFor({ state: 'detached' });
  });

  it('underlines the wrong figures of the text with the CSS Custom Highlight API', async () => {
    const prose = verdict().report.findings.filter(isProseFinding);
    expect(prose.length).toBeGreaterThanOrEqual(2);
    const underlined = await page.evaluate(() => {
      const highlight = CSS.highlights.get('budget-check-error');
      return highlight ? [...highlight].map((range) => range.toString()) : [];
    });
    expect(new Set(underlined.map(compact))).toEqual(new Set(prose.map(expectedUnderline)));
    // 25.08% is the share the text states for 社会保障和就业支出 (120.00 of 520.00 is 23.08%).
    expect(underlined.map(compact)).toContain('25.08%');
  });

  it('shows a badge on the table with its counts', async () => {
    const tally = verdict().report.tallies[0]!;
    const badge = page.locator(`${HOST_SELECTOR} >> css=.bc-badge`);
    expect(await badge.count()).toBe(1);
    const errors = verdict().report.findings.filter((f) => f.tableId === 't0' && f.severity === 'error').length;
    expect(await badge.locator('.bc-count-errors').textContent()).toBe(String(errors));
    expect(await badge.locator('.bc-count-passed').textContent()).toBe(String(tally.passed));
    // Beside the table's top-right corner.
    const table = await viewportBox(page, '#t5');
    const badgeBox = await boxOf(page, `${HOST_SELECTOR} >> css=.bc-badge`);
    expect(Math.abs(badgeBox.x - (table.x + table.width + 6))).toBeLessThanOrEqual(1);
    expect(Math.abs(badgeBox.y - table.y)).toBeLessThanOrEqual(1);
  });

  it('follows the layout when the window is resized and when the page scrolls', async () => {
    await page.setViewportSize({ width: 960, height: 640 });
    await page.locator('#wrong-total').scrollIntoViewIfNeeded();
    await settle(page);
    const [mark] = await overlayBoxes(page, '.bc-mark');
    expect(sameBox(mark!, await viewportBox(page, '#wrong-total'))).toBe(true);
    await page.mouse.wheel(0, 200);
    await settle(page);
    const [after] = await overlayBoxes(page, '.bc-mark');
    expect(sameBox(after!, await viewportBox(page, '#wrong-total'))).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('follows the page when it zooms its own content (CSS zoom on <body>)', async () => {
    await page.evaluate(() => {
      document.body.style.zoom = '1.5';
    });
    await page.locator('#wrong-total').scrollIntoViewIfNeeded();
    await settle(page);
    const [mark] = await overlayBoxes(page, '.bc-mark');
    const cell = await viewportBox(page, '#wrong-total');
    expect(cell.width).toBeGreaterThan(140); // the cell did grow: the test is not vacuous
    expect(sameBox(mark!, cell)).toBe(true);
    await page.evaluate(() => {
      document.body.style.zoom = '';
    });
    await settle(page);
  });

  it('opens the table menu from the badge and exports the table from it', async () => {
    await page.locator(`${HOST_SELECTOR} >> css=.bc-badge`).click();
    const menu = page.locator(`${HOST_SELECTOR} >> css=.bc-menu`);
    await menu.waitFor();
    const listed = await menu.locator('.bc-menu-item').evaluateAll((items) =>
      items.map((item) => (item as HTMLElement).dataset.findingId),
    );
    expect(listed).toEqual(verdict().report.findings.filter((f) => f.tableId === 't0').map((f) => f.id));
    const [download] = await Promise.all([page.waitForEvent('download'), menu.locator('[data-export="csv"]').click()]);
    // Department and year from the page title, then 表N and the table's title (lib/export/file-name.ts).
    expect(download.suggestedFilename()).toBe('示例县财政局_2024_表5_一般公共预算支出情况表.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    // One header row, then the 合计 row: its empty code cell as an empty field, text quoted, amounts plain.
    expect(csv.split('\r\n')[1]).toBe(',"合计",530.00,420.00,100.00');
    // XLSX: the writer is not in the engine; the first workbook asked for loads it into the page (xlsx-loader.ts).
    const [workbook] = await Promise.all([page.waitForEvent('download'), menu.locator('[data-export="xlsx"]').click()]);
    expect(workbook.suggestedFilename()).toBe('示例县财政局_2024_表5_一般公共预算支出情况表.xlsx');
    const [sheet, ...others] = readXlsx(readFileSync((await workbook.path())!));
    expect(others).toEqual([]);
    expect(sheet!.name).toBe('表5 一般公共预算支出情况表');
    // The stated 合计 530.00, a number with the table's two decimals, not text.
    const total = [...sheet!.cells.values()].find((cell) => cell.value === '530');
    expect(total).toMatchObject({ type: 'n', format: '#,##0.00' });
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
  });

});

describe('badges on a page whose tables fill the width (sample disclosure, seed 002)', () => {
  it('hangs each badge under its table, clear of the unit line above it', async () => {
    const page = await openPage(SAMPLE_PAGE);
    const table = await viewportBox(page, 'table'); // the first: 表1
    const badge = await boxOf(page, `${HOST_SELECTOR} >> css=.bc-badge[data-table-id="t0"]`);
    expect(Math.abs(badge.x + badge.width - (table.x + table.width))).toBeLessThanOrEqual(1);
    expect(Math.abs(badge.y - (table.y + table.height + 3))).toBeLessThanOrEqual(1);
    await page.close();
  });
});

describe('the edge bar (sample disclosure, seed 002)', () => {
  it('counts the findings below the screen and jumps to the next one', async () => {
    const page = await openPage(SAMPLE_PAGE);
    const below = await page.locator(`${HOST_SELECTOR} >> css=.bc-jump-down`).textContent();
    const count = await page.evaluate((host) => {
      const root = document.querySelector(host)!.shadowRoot!;
      return [...root.querySelectorAll('.bc-mark, .bc-dot')].filter((m) => m.getBoundingClientRect().top > innerHeight).length;
    }, HOST_SELECTOR);
    // Marks shared by several findings count once per finding in the bar.
    expect(Number(below!.replace(/\D/g, ''))).toBeGreaterThanOrEqual(count);
    expect(count).toBeGreaterThan(5);
    await page.locator(`${HOST_SELECTOR} >> css=.bc-jump-down`).click();
    await page.locator(`${HOST_SELECTOR} >> css=.bc-popover`).waitFor();
    await settle(page);
    const shown = await page.evaluate((host) => {
      const root = document.querySelector(host)!.shadowRoot!;
      const open = root.querySelector('.bc-mark-open, .bc-dot')!.getBoundingClientRect();
      return { top: open.top, bottom: open.bottom, height: innerHeight, scrolled: scrollY };
    }, HOST_SELECTOR);
    expect(shown.scrolled).toBeGreaterThan(0);
    expect(shown.top).toBeGreaterThanOrEqual(0);
    expect(shown.bottom).toBeLessThanOrEqual(shown.height);
    await page.close();
  });

  it('opens the menu of the table under the pointer for the context menu ("check this table")', async () => {
    const page = await openPage(SAMPLE_PAGE);
    const verdict = nodeVerdict(SAMPLE_PAGE, server.url(SAMPLE_PAGE));
    // The fifth <table> of the page: 表5 一般公共预算支出情况表.
    const tableId = verdict.tableIdOfElement(4);
    expect(tableId).toBe('t4');
    await page.locator('table').nth(4).locator('td').nth(12).hover();
    const tabId = await tabIdOf(browser.worker!, page.url());
    // What the background sends after the context-menu click (the click itself is browser UI a test cannot reach).
    await browser.worker!.evaluate(
      (id) =>
        (
          globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }
        ).chrome.tabs.sendMessage(id, { type: 'focus-table' }),
      tabId,
    );
    const menu = page.locator(`${HOST_SELECTOR} >> css=.bc-menu`);
    await menu.waitFor();
    expect(await menu.getAttribute('data-menu-for')).toBe(tableId);
    await page.close();
  });
});

describe('a real disclosure page (seed 002, platform markup)', () => {
  it('outlines every cell finding of the engine, in its severity, on its cell', async () => {
    const page = await openPage(SAMPLE_PAGE);
    const verdict = nodeVerdict(SAMPLE_PAGE, server.url(SAMPLE_PAGE));
    const expected = [...expectedCellMarks(verdict).values()];
    expect(expected.length).toBeGreaterThan(10);
    const marks = await overlayBoxes(page, '.bc-mark');
    expect(marks).toHaveLength(expected.length);
    for (const { address, findings } of expected) {
      const box = await cellBox(page, address);
      const mark = marks.find((m) => sameBox(m, box));
      expect(mark, `mark on table ${address.table} row ${address.row} cell ${address.cell}`).toBeDefined();
      expect(mark!.tone).toBe(findings.some((f) => f.severity === 'error') ? 'error' : 'note');
    }
    await page.close();
  });
});

describe('a page that re-renders its table (rewrite.html)', () => {
  it('moves the marks to the new table', async () => {
    const page = await openPage('rewrite.html');
    const before = await overlayBoxes(page, '.bc-mark');
    expect(before.some((m) => m.tone === 'error')).toBe(true);
    const firstWrong = await viewportBox(page, '#first-wrong');
    expect(before.some((m) => sameBox(m, firstWrong))).toBe(true);

    await page.evaluate(() => (window as unknown as { rewriteTable(): void }).rewriteTable());
    await page.waitForFunction(
      (host) => {
        const target = document.querySelector('#second-wrong')?.getBoundingClientRect();
        const marks = document.querySelector(host)?.shadowRoot?.querySelectorAll('.bc-mark') ?? [];
        return (
          target &&
          [...marks].some((m) => {
            const r = m.getBoundingClientRect();
            return Math.abs(r.left - target.left) < 1 && Math.abs(r.top - target.top) < 1;
          })
        );
      },
      HOST_SELECTOR,
      { timeout: 5000 },
    );
    await settle(page);
    const after = await overlayBoxes(page, '.bc-mark');
    // The corrected 合计 (same place as the old wrong one) is no longer marked.
    const totalNow = await cellBox(page, { table: 0, row: 1, cell: 2 });
    expect(after.some((m) => sameBox(m, totalNow))).toBe(false);
    await page.close();
  });
});

describe('a page with hostile CSS and hostile text (hostile.html)', () => {
  it('keeps the overlay in px and in place, and shows page text as text', async () => {
    const page = await openPage('hostile.html');
    const [mark] = await overlayBoxes(page, '.bc-mark');
    expect(sameBox(mark!, await viewportBox(page, '#wrong-total'))).toBe(true);
    const badge = await boxOf(page, `${HOST_SELECTOR} >> css=.bc-badge`);
    expect(badge.height).toBe(24);

    await page.locator('#wrong-total').click();
    const popover = page.locator(`${HOST_SELECTOR} >> css=.bc-popover`);
    await popover.waitFor();
    const style = await popover.evaluate((el) => {
      const message = el.querySelector('.bc-card-message')!;
      const s = getComputedStyle(message);
      return { fontSize: s.fontSize, width: el.getBoundingClientRect().width, opacity: getComputedStyle(el).opacity };
    });
    expect(style).toEqual({ fontSize: '13px', width: 340, opacity: '1' });
    // The sentence of the prose-vs-table finding carries "<img src=x onerror=alert(1)>" as text: its popover quotes it.
    await page.locator(`${HOST_SELECTOR} >> css=.bc-dot`).first().click();
    await page.waitForSelector(`${HOST_SELECTOR} >> css=.bc-popover .bc-card-quote`);
    const quotes = await popover.locator('.bc-card-quote').allTextContents();
    expect(quotes.some((q) => q.includes('<img src=x onerror=alert(1)>'))).toBe(true);
    expect(await page.evaluate((host) => document.querySelector(host)!.shadowRoot!.querySelectorAll('img').length, HOST_SELECTOR)).toBe(0);
    await page.close();
  });
});
