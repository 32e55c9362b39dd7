/**
 * The PDF viewer page in Chromium with the built extension: it reads a PDF the user picks (or one at an http(s)
 * address on a site the extension may read), renders its pages with a text layer, and marks on them what the engine
 * finds in Node for the same file.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPdf } from '../../cli/load-pdf.ts';
import { analyzeDocument } from '../../lib/engine.ts';
import { normalizePdfString } from '../../lib/pdf/normalize-text.ts';
import { PDF_ERRORS } from '../../lib/pdf/pdf-errors.ts';
import { pdfMarks } from '../../lib/pdf/pdf-marks.ts';
import { ensureExtensionBuilt, GOV_HOST, type LaunchedBrowser, launchChromium, OTHER_HOST } from '../browser/harness.ts';

const PDFS = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));
const FIXTURE = '002_985e1de26a38a1db.word.pdf';

let browser: LaunchedBrowser;
let server: http.Server;
let port = 0;

beforeAll(async () => {
  const extension = ensureExtensionBuilt();
  browser = await launchChromium({ extension });
  // Serves the fixture PDFs; *.gov.cn and news.example.com resolve here (harness CHROMIUM_FLAGS).
  server = http.createServer((req, res) => {
    const name = path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://local').pathname));
    try {
      const body = readFileSync(path.join(PDFS, name));
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

async function openViewer(query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/pdf-viewer.html${query}`);
  return page;
}

async function nodeVerdict(name: string) {
  const raw = await loadPdf(new Uint8Array(readFileSync(path.join(PDFS, name))));
  const report = analyzeDocument(raw);
  return { report, marks: pdfMarks(report, raw) };
}

describe('PDF viewer, a file the user picks', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openViewer();
    await page.setInputFiles('input[type=file]', path.join(PDFS, FIXTURE));
    await page.waitForSelector('.bc-summary', { timeout: 30_000 });
  });

  it('lists what the engine finds in Node for the same file', async () => {
    const { report } = await nodeVerdict(FIXTURE);
    expect(await page.locator('.bc-finding').count()).toBe(report.findings.length);
    const ids = await page.locator('.bc-finding').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    expect(ids).toEqual(report.findings.map((f) => f.id));
  });

  it('renders every page with a text layer that holds the page’s words', async () => {
    await page.waitForFunction(() => document.querySelectorAll('.bc-page').length === 23);
    await page.locator('.bc-page[data-page="5"]').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('.bc-page[data-page="5"] .textLayer')?.textContent ?? '').length > 0);
    const text = (await page.locator('.bc-page[data-page="5"] .textLayer').textContent()) ?? '';
    // pdf.js's text layer keeps the radicals Chromium wrote (部⻔收⼊): what lib/pdf repairs for the checks.
    expect(normalizePdfString(text).replace(/\s+/g, '')).toContain('部门收入总体情况表');
  });

  it('marks each finding’s cells where lib/pdf read them', async () => {
    const { marks } = await nodeVerdict(FIXTURE);
    await page.waitForSelector('.bc-pdf-mark');
    expect(await page.locator('.bc-pdf-mark').count()).toBe(marks.length);
    const first = marks.find((m) => m.role === 'stated')!;
    const mark = page.locator(`.bc-page[data-page="${first.page}"] .bc-pdf-mark[data-finding-id="${first.findingId}"]`).first();
    const scale = await page.locator(`.bc-page[data-page="${first.page}"]`).evaluate((el) => Number(getComputedStyle(el).getPropertyValue('--total-scale-factor')));
    expect(await mark.evaluate((el) => parseFloat((el as HTMLElement).style.left))).toBeCloseTo(first.box.x0 * scale, 1);
  });

  it('shows a finding on its page when it is picked in the list', async () => {
    const finding = page.locator('.bc-finding').first();
    const id = await finding.getAttribute('data-id');
    await finding.click();
    await expect.poll(() => page.locator(`.bc-pdf-mark.bc-flash[data-finding-id="${id}"]`).count()).toBeGreaterThan(0);
  });
});

describe('PDF viewer, ?file= addresses', () => {
  it('fetches a PDF on a government site (the extension may read *.gov.cn), and nothing else off the extension', async () => {
    const file = `http://${GOV_HOST}:${port}/${FIXTURE}`;
    const requested: string[] = [];
    const log = (request: { url(): string }) => requested.push(request.url());
    browser.context.on('request', log);
    const page = await openViewer(`?file=${encodeURIComponent(file)}`);
    await page.waitForSelector('.bc-summary', { timeout: 30_000 });
    browser.context.off('request', log);
    const outside = requested.filter((url) => !url.startsWith(`chrome-extension://${browser.extensionId}/`));
    expect(outside).toEqual([file]);
    expect(await page.locator('.bc-doc-name').textContent()).toBe(FIXTURE);
    expect(await page.locator('.bc-finding').count()).toBeGreaterThan(0);
  });

  it('says so, in Chinese and English, when a site it may read does not give the PDF', async () => {
    const page = await openViewer(`?file=${encodeURIComponent(`http://${GOV_HOST}:${port}/missing.pdf`)}`);
    await page.waitForSelector('.bc-message-error', { timeout: 30_000 });
    expect(await page.locator('.bc-message-error').textContent()).toMatch(/无法下载此 PDF.*Could not download this PDF/);
  });

  it('downloads nothing from a site outside *.gov.cn until the user allows it, and says why', async () => {
    const file = `http://${OTHER_HOST}:${port}/${FIXTURE}`;
    const requested: string[] = [];
    const log = (request: { url(): string }) => requested.push(request.url());
    browser.context.on('request', log);
    const page = await openViewer(`?file=${encodeURIComponent(file)}`);
    await page.waitForSelector('.bc-access');
    await page.waitForTimeout(300);
    browser.context.off('request', log);
    expect(requested.filter((url) => !url.startsWith(`chrome-extension://${browser.extensionId}/`))).toEqual([]);
    expect(await page.locator('.bc-access p').textContent()).toMatch(
      /需要你允许扩展读取 news\.example\.com.*allow the extension to read news\.example\.com/,
    );
    // The request for access goes with a click on this button (permissions.request needs the user's gesture); a
    // downloaded copy can be opened instead.
    expect(await page.locator('.bc-allow').textContent()).toBe('允许读取 news.example.com 并核对');
    expect(await page.locator('input[type=file]').count()).toBe(1);
  });

  it('ignores an address that is not http(s)', async () => {
    const page = await openViewer(`?file=${encodeURIComponent('file:///etc/passwd')}`);
    await page.waitForSelector('.bc-open');
    expect(await page.locator('.bc-message').count()).toBe(0);
  });
});

describe('PDF viewer, PDFs it cannot check', () => {
  it('says a scan has no text to read', async () => {
    const page = await openViewer();
    await page.setInputFiles('input[type=file]', path.join(PDFS, 'scanned.pdf'));
    await page.waitForSelector('.bc-summary', { timeout: 30_000 });
    expect(await page.locator('.bc-summary').textContent()).toContain('这是扫描件');
  });

  it('says an encrypted PDF cannot be read', async () => {
    const page = await openViewer();
    await page.setInputFiles('input[type=file]', path.join(PDFS, 'encrypted.pdf'));
    await page.waitForSelector('.bc-message-error', { timeout: 30_000 });
    expect(await page.locator('.bc-message-error').textContent()).toBe(PDF_ERRORS.encrypted);
  });
});

/** The extension page's chrome.storage.local (the test's tsconfig has no chrome types). */
type ExtensionGlobal = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };

describe('PDF viewer, language', () => {
  it('speaks the language chosen in the settings, not only the browser’s', async () => {
    // The browser is Chinese (harness: --lang=zh-CN); the user picked English in the popup's settings.
    const page = await openViewer();
    expect(await page.locator('.bc-open').textContent()).toContain('打开 PDF 或已保存的网页');
    await page.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ settings: { language: 'en', autoRun: {} } }));
    await page.reload();
    await page.waitForSelector('.bc-open');
    expect(await page.locator('.bc-open').textContent()).toContain('Open a PDF or a saved web page');
    await page.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ settings: { language: 'auto', autoRun: {} } }));
  });
});
