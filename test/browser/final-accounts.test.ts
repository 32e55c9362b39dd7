/**
 * A 决算 pasted into a CMS page, as Word and as WPS export it (test/fixtures/pages/final-accounts-*.html, made from the
 * real 上海市普陀区 决算 PDFs by scripts/final-accounts-pages.ts), served as a *.gov.cn page in Chromium with the
 * built extension: marked like a 预算 page — the cells and the figures of the text the engine flags for the same HTML
 * in Node — and the popup lists the findings and exports the tables.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureExtensionBuilt,
  type FixtureServer,
  HOST_SELECTOR,
  type LaunchedBrowser,
  launchChromium,
  startFixtureServer,
  tabIdOf,
  waitForMarks,
} from './harness.ts';
import { compact, expectedCellMarks, expectedUnderline, isProseFinding, nodeVerdict } from './node-report.ts';

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

describe.each(['final-accounts-ghzy.word.html', 'final-accounts-shgzb.wps.html'])('决算 page %s', (file) => {
  let page: Page;
  const verdict = () => nodeVerdict(file, server.url(file));

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(server.url(file));
    await waitForMarks(page);
  });

  it('finds the nine tables of the 决算 set and the document’s errors, as the engine does in Node', () => {
    const { report } = verdict();
    expect(report.tables.map((t) => t.title)).toEqual([
      '收入支出决算总表',
      '收入决算表',
      '支出决算表',
      '财政拨款收入支出决算总表',
      '一般公共预算财政拨款支出决算表',
      '一般公共预算财政拨款基本支出决算表',
      '财政拨款“三公”经费支出决算表',
      '政府性基金预算财政拨款收入支出决算表',
      '国有资本经营预算财政拨款收入支出决算表',
    ]);
    // test/fixtures/truth: GH24-01…04 (规划和自然资源局), SG24-01/02 (社会工作部).
    expect(report.findings.filter((f) => f.severity === 'error')).toHaveLength(file.includes('ghzy') ? 4 : 2);
  });

  it('outlines the flagged cells and underlines the wrong figures of the text', async () => {
    const marks = await page.evaluate((host) => document.querySelector(host)!.shadowRoot!.querySelectorAll('.bc-mark').length, HOST_SELECTOR);
    expect(marks).toBe(expectedCellMarks(verdict()).size);
    const underlined = (
      await page.evaluate(() => {
        const highlight = CSS.highlights.get('budget-check-error');
        return highlight ? [...highlight].map((range) => range.toString()) : [];
      })
    ).map(compact);
    const prose = verdict().report.findings.filter((f) => isProseFinding(f) && f.severity === 'error');
    expect(prose.length).toBeGreaterThan(0);
    for (const f of prose) expect(underlined).toContain(expectedUnderline(f));
  });

  it('the popup lists the findings and exports a table: numbers as numbers', async () => {
    const tabId = await tabIdOf(browser.worker!, server.url(file));
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.pp-finding');
    const listed = await popup.locator('.pp-finding .bc-card-message').allTextContents();
    expect(new Set(listed)).toEqual(new Set(verdict().report.findings.map((f) => f.message)));
    const table = popup.locator('.pp-table[data-table-id="t0"]');
    const [csv] = await Promise.all([popup.waitForEvent('download'), table.locator('[data-export="csv"]').click()]);
    expect(csv.suggestedFilename()).toMatch(/收入支出决算总表\.csv$/);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    // 总计 of 收入支出决算总表 on both sides, as numbers (unquoted), the labels as text.
    const total = verdict().report.tables[0].rows.find((r) => compact(r[0]?.text ?? '') === '总计')?.[1]?.text;
    expect(total).toBeDefined();
    expect(text).toContain(`"总计",${compact(total!)},"总计",${compact(total!)}`);
    await popup.close();
  });
});
