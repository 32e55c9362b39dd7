/**
 * 与上年对比 in the checker page, in Chromium with the built extension: last year's 表格 and this year's 说明 and 表格,
 * dropped together, are read as two documents (this year's two files joined), checked, and compared; the comparison
 * shows both sides of each finding and exports an evidence pack holding every file's SHA-256. The same files
 * through the CLI's --compare give the same findings. And the 与上年对比 button of a single file waits for the other.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDocuments } from '../../lib/compare/compare.ts';
import { pairDocuments } from '../../lib/compare/pairs.ts';
import { sideOf } from '../../lib/compare/side.ts';
import { documentSets } from '../../lib/documents/sets.ts';
import { loadFixture } from '../corpus/corpus.ts';
import { ensureExtensionBuilt, type LaunchedBrowser, launchChromium, ROOT } from './harness.ts';

const JIANGSU = path.join(ROOT, 'test/fixtures/jiangsu');
const OLD = '江苏省委办公厅2018年度部门预算公开表.pdf';
const NEW_TEXT = '江苏省委办公厅2019年度部门预算公开文件.pdf';
const NEW_TABLES = '江苏省委办公厅2019年度部门预算公开表格.pdf';

let browser: LaunchedBrowser;
const requested: string[] = [];

beforeAll(async () => {
  const extension = ensureExtensionBuilt();
  browser = await launchChromium({ extension });
  browser.context.on('request', (request) => requested.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
});

async function openViewer(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/pdf-viewer.html`);
  await page.waitForSelector('.bc-open');
  return page;
}

/** Drops files onto the viewer as a user would drag them from a folder: one DataTransfer holding them all. */
async function drop(page: Page, names: string[]) {
  const files = names.map((name) => ({ name, bytes: [...readFileSync(path.join(JIANGSU, name))] }));
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'application/pdf' }));
    document.querySelector('.bc-side')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

/** What the CLI's --compare finds for the same files, in Node. */
async function nodeComparison() {
  const side = async (names: string[]) =>
    sideOf(documentSets(await Promise.all(names.map(async (n) => ({ source: n, raw: await loadFixture(`jiangsu/${n}`) }))))[0]);
  const old = await side([OLD]);
  const neu = await side([NEW_TEXT, NEW_TABLES]);
  const [pair] = pairDocuments([old], [neu]);
  return compareDocuments(pair.old, pair.new, pair.relation);
}

const sha256 = (name: string) => createHash('sha256').update(readFileSync(path.join(JIANGSU, name))).digest('hex');

describe('two years dropped into the checker', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openViewer();
    await drop(page, [NEW_TABLES, OLD, NEW_TEXT]);
    await page.waitForSelector('.bc-comparison', { timeout: 60_000 });
  }, 90_000);

  it('reads two documents, this year’s 说明 and 表格 joined into one', async () => {
    const documents = await page.locator('.bc-document').evaluateAll((els) =>
      els.map((el) => ({ name: el.querySelector('.bc-document-name')?.textContent, sources: el.getAttribute('data-sources') })),
    );
    expect(documents).toEqual([
      { name: `${NEW_TEXT} + ${NEW_TABLES}`, sources: '2' },
      { name: OLD, sources: '1' },
    ]);
  });

  it('shows the comparison the CLI finds, both sides of each finding side by side', async () => {
    const expected = await nodeComparison();
    expect(await page.locator('.bc-compared').textContent()).toContain(`${expected.compared} 项对比`);
    const cards = await page.locator('.bc-compare-finding').evaluateAll((els) =>
      els.map((el) => ({
        rule: el.getAttribute('data-rule'),
        severity: el.getAttribute('data-severity'),
        message: el.querySelector('.bc-card-message')?.textContent,
        newValue: el.querySelector('.bc-where-new .bc-where-value')?.textContent,
        oldValue: el.querySelector('.bc-where-old .bc-where-value')?.textContent,
      })),
    );
    expect(cards).toEqual(
      expected.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, newValue: f.new.value, oldValue: f.old.value })),
    );
    // 住房保障（类）: (3,894.09 − 3,015.16) ÷ 3,015.16 = 29.15% → 29%, written 30%; last year's 3015.16 beside it.
    const housing = cards.find((c) => c.newValue === '30%');
    expect(housing).toMatchObject({ rule: 'compare-rate', severity: 'error', oldValue: '3015.16' });
  });

  it('exports the comparison’s evidence pack with both years’ file hashes', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.bc-export-comparison[data-format="json"]').click()]);
    const pack = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(pack.files).toEqual(
      [NEW_TABLES, OLD, NEW_TEXT].map((name) => ({ name, sha256: sha256(name) })),
    );
    expect(pack.comparisons[0].findings.map((f: { stated: string }) => f.stated)).toContain('30%');
  });

  it('made no request beyond the extension', () => {
    expect(requested.filter((url) => !url.startsWith('chrome-extension://') && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
  });
});

describe('与上年对比 from one file', () => {
  it('keeps the file shown and compares it with the one dropped next', async () => {
    const page = await openViewer();
    await drop(page, [OLD]);
    await page.waitForSelector('.bc-compare', { timeout: 60_000 });
    await page.locator('.bc-compare').click();
    await page.waitForSelector('.bc-waiting');
    await drop(page, [NEW_TEXT, NEW_TABLES]);
    await page.waitForSelector('.bc-comparison', { timeout: 60_000 });
    expect(await page.locator('.bc-compare-finding[data-rule="compare-rate"]').count()).toBe(2);
  }, 120_000);
});
