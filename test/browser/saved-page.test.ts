/**
 * Saved web pages in the checker's page (pdf-viewer.html) in Chromium with the built extension: a page picked or
 * dropped is decoded in its own encoding, shown in a script-less sandboxed iframe, and checked on that iframe's live
 * document; the findings are those the CLI finds in Node for the same file, and the outlines sit on the cells.
 * A hostile saved page runs nothing and makes no request. The popup on a file:// tab offers the checker.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../lib/model.ts';
import { ensureExtensionBuilt, FIXTURES, type LaunchedBrowser, launchChromium, ROOT, settle } from './harness.ts';
import { expectedCellMarks, nodeVerdict, savedPageReport } from './node-report.ts';

const SEED = path.join(ROOT, 'test/fixtures/pages/002_985e1de26a38a1db.word.html');

let browser: LaunchedBrowser;
/** Every request Chromium made, from pages, frames and workers alike. */
const requested: string[] = [];
/** Requests that failed, with Chromium's reason: 'csp' when the page's CSP stopped them before they left. */
const failed = new Map<string, string>();

beforeAll(async () => {
  const extension = ensureExtensionBuilt();
  browser = await launchChromium({ extension });
  browser.context.on('request', (request) => requested.push(request.url()));
  browser.context.on('requestfailed', (request) => failed.set(request.url(), request.failure()?.errorText ?? ''));
});

afterAll(async () => {
  await browser?.close();
});

async function openViewer(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/pdf-viewer.html`);
  return page;
}

async function pickFile(file: string): Promise<Page> {
  const page = await openViewer();
  await page.setInputFiles('input[type=file]', file);
  await page.waitForSelector('.bc-summary', { timeout: 30_000 });
  return page;
}

async function listedFindings(page: Page) {
  return page.locator('.bc-finding').evaluateAll((buttons) =>
    buttons.map((b) => ({ id: b.getAttribute('data-id'), message: b.querySelector('.bc-card-message')?.textContent })),
  );
}

const expectedFindings = (report: Report) => report.findings.map((f) => ({ id: f.id, message: f.message }));

/** The viewer's iframe document, from the viewer page (the iframe itself runs no script). */
function frameDocument(): Document {
  return (document.querySelector('iframe.bc-saved-page') as HTMLIFrameElement).contentDocument!;
}

describe('a saved page picked in the checker (sum-error.html)', () => {
  let page: Page;
  const file = path.join(FIXTURES, 'sum-error.html');
  beforeAll(async () => {
    page = await pickFile(file);
  });

  it('lists exactly what the CLI finds in Node for the same file', async () => {
    const report = savedPageReport(file);
    expect(report.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(await listedFindings(page)).toEqual(expectedFindings(report));
    expect(await page.locator('.bc-table').count()).toBe(report.tables.length);
    expect(await page.locator('.bc-doc-name').getAttribute('data-encoding')).toBe('utf-8');
  });

  it('shows the page itself, and outlines the flagged cell on its box inside the iframe', async () => {
    const verdict = nodeVerdict('sum-error.html', 'sum-error.html');
    const [[, wrong]] = [...expectedCellMarks(verdict).entries()];
    const finding = wrong!.findings[0]!;
    await page.locator(`.bc-finding[data-id="${finding.id}"]`).click();
    const mark = page.locator(`.bc-page-mark-cell[data-finding-ids~="${finding.id}"]`);
    await mark.waitFor();
    await settle(page);
    const frame = (await page.locator('iframe.bc-saved-page').boundingBox())!;
    const cell = await page.evaluate(
      ({ a, getDoc }) => {
        const doc = (new Function(`return (${getDoc})()`) as () => Document)();
        const table = doc.querySelectorAll('table')[a.table]!;
        const row = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table)[a.row]!;
        const r = row.children[a.cell]!.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height, text: row.children[a.cell]!.textContent };
      },
      { a: wrong!.address, getDoc: frameDocument.toString() },
    );
    expect(cell.text).toBe('530.00');
    const box = (await mark.boundingBox())!;
    // Scrolled to: the cell is inside the iframe's viewport, and the outline lies exactly on it.
    expect(cell.y).toBeGreaterThan(0);
    expect(cell.y + cell.height).toBeLessThan(frame.height);
    expect(box.x).toBeCloseTo(frame.x + cell.x, 0);
    expect(box.y).toBeCloseTo(frame.y + cell.y, 0);
    expect(box.width).toBeCloseTo(cell.width, 0);
    expect(box.height).toBeCloseTo(cell.height, 0);
    expect(await mark.getAttribute('class')).toContain('bc-flash');
    // One outline per flagged cell, as on the live page.
    expect(await page.locator('.bc-page-mark-cell').count()).toBe(expectedCellMarks(verdict).size);
  });

  it('keeps the outline on the cell when the page inside the iframe scrolls', async () => {
    const mark = page.locator('.bc-page-mark-cell').first();
    const before = (await mark.boundingBox())!;
    await page.evaluate((getDoc) => {
      const doc = (new Function(`return (${getDoc})()`) as () => Document)();
      doc.defaultView!.scrollBy(0, 60);
    }, frameDocument.toString());
    await settle(page);
    const after = (await mark.boundingBox())!;
    expect(after.y).toBeCloseTo(before.y - 60, 0);
    expect(after.x).toBeCloseTo(before.x, 0);
  });

  it('opens the same file dropped onto the viewer', async () => {
    const dropped = await openViewer();
    // Drawn (main.tsx renders once the settings are read): the viewer listens for drops from then on.
    await dropped.waitForSelector('.bc-open');
    const bytes = [...readFileSync(file)];
    await dropped.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(content)], 'dropped.html', { type: 'text/html' }));
      document.querySelector('.bc-side')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await dropped.waitForSelector('.bc-summary', { timeout: 30_000 });
    expect(await dropped.locator('.bc-doc-name').textContent()).toBe('dropped.html');
    expect(await listedFindings(dropped)).toEqual(expectedFindings(savedPageReport(file)));
  });
});

describe('other saved pages', () => {
  it('a Word "Save as HTML" seed page gives the CLI’s findings', async () => {
    const report = savedPageReport(SEED);
    expect(report.findings.length).toBeGreaterThan(0);
    const page = await pickFile(SEED);
    expect(await listedFindings(page)).toEqual(expectedFindings(report));
    expect(await page.locator('.bc-table').count()).toBe(report.tables.length);
  });

  it('a GBK page (saved-gbk.html: sum-error.html in GBK, meta charset=gb2312) decodes and gives the same findings', async () => {
    const page = await pickFile(path.join(FIXTURES, 'saved-gbk.html'));
    expect(await page.locator('.bc-doc-name').getAttribute('data-encoding')).toBe('gb18030');
    expect(await listedFindings(page)).toEqual(expectedFindings(savedPageReport(path.join(FIXTURES, 'sum-error.html'))));
    const title = await page.evaluate((getDoc) => (new Function(`return (${getDoc})()`) as () => Document)().title, frameDocument.toString());
    expect(title).toBe('示例县财政局2024年部门预算公开（测试页：合计有误）');
  });

  it('a file that is neither a PDF nor a page is refused with a message in both languages', async () => {
    const page = await openViewer();
    await page.setInputFiles('input[type=file]', { name: 'budget.xlsx', mimeType: '', buffer: Buffer.from('PK\u0003\u0004') });
    await page.waitForSelector('.bc-message-error');
    expect(await page.locator('.bc-message-error').textContent()).toMatch(/无法读取此文件.*This file cannot be read/);
  });
});

describe('a hostile saved page (saved-hostile.html)', () => {
  let page: Page;
  const file = path.join(FIXTURES, 'saved-hostile.html');
  let before = 0;
  beforeAll(async () => {
    before = requested.length;
    page = await pickFile(file);
    await page.waitForSelector('.bc-page-mark');
    await page.waitForTimeout(500);
  });

  it('runs none of its scripts, handlers or javascript: links, in the viewer or in the iframe', async () => {
    // The viewer's own clicks on the page's links and its table: handled by the viewer, run nothing of the page.
    await page.evaluate((getDoc) => {
      const doc = (new Function(`return (${getDoc})()`) as () => Document)();
      (doc.getElementById('js-link') as HTMLElement).click();
      (doc.getElementById('js-link-spaced') as HTMLElement).click();
      (doc.getElementById('submit') as HTMLElement).click();
      doc.getElementById('t5')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    }, frameDocument.toString());
    await page.waitForTimeout(300);
    const pwned = await page.evaluate((getDoc) => {
      const doc = (new Function(`return (${getDoc})()`) as () => Document)();
      return {
        viewer: (window as unknown as { __pwned?: string }).__pwned,
        frame: (doc.defaultView as unknown as { __pwned?: string }).__pwned,
        scripts: doc.querySelectorAll('script').length,
        // The page's last script would have rewritten the first cell.
        firstCell: doc.querySelector('td')?.textContent,
        frameUrl: doc.URL,
      };
    }, frameDocument.toString());
    expect(pwned).toEqual({ viewer: undefined, frame: undefined, scripts: 0, firstCell: '', frameUrl: 'about:srcdoc' });
  });

  it('makes no request: not for its images, stylesheets, fonts, frames, refresh, prefetch or scripts', async () => {
    const made = requested.slice(before).filter((url) => !url.startsWith(`chrome-extension://${browser.extensionId}/`));
    // Chromium reports a load the CSP refused as a request that failed with 'csp': stopped before it left the
    // browser. Anything else (a failed DNS lookup: every other host is unresolvable here) would have gone out.
    expect(made.map((url) => [url, failed.get(url)])).toEqual(made.map((url) => [url, 'csp']));
    // What was refused: the resources in the page's CSS. The <script src>, <link>s, <noscript>, the refresh and
    // every address an element would load (<img src/srcset>, <svg><image>, <iframe>, <object>, <video>) were removed
    // before the page was shown, so they were not even tried (Firefox let some images past the CSP: saved-page.ts).
    expect(new Set(made)).toEqual(
      new Set(['http://example.com/imported.css', 'http://example.com/font.woff2', 'http://example.com/bg.png']),
    );
    const images = await page.evaluate((getDoc) => {
      const doc = (new Function(`return (${getDoc})()`) as () => Document)();
      return [...doc.images].map((img) => img.naturalWidth);
    }, frameDocument.toString());
    expect(images).toEqual([0, 0]);
  });

  it('is still checked like the same page without the hostile parts', async () => {
    const report = savedPageReport(file);
    expect(report.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
    expect(await listedFindings(page)).toEqual(expectedFindings(report));
  });
});

/** The popup's view of a file:// tab. Chromium gives the tab's address to no extension without file access. */
describe('popup on a saved page opened from disk (file://)', () => {
  let fileTab: Page;
  let tabId = 0;
  beforeAll(async () => {
    // The extension is not told a file tab's address (the harness's tabIdOf cannot find it by URL): it is the tab
    // that appeared with the file page.
    const tabIds = () =>
      browser.worker!.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
        return (await api.tabs.query({})).map((tab) => ({ id: tab.id!, url: tab.url }));
      });
    const before = new Set((await tabIds()).map((tab) => tab.id));
    fileTab = await browser.context.newPage();
    await fileTab.goto(`file://${path.join(FIXTURES, 'sum-error.html')}`);
    const added = (await tabIds()).filter((tab) => !before.has(tab.id));
    expect(added).toEqual([{ id: added[0]?.id, url: undefined }]);
    tabId = added[0]!.id;
  });

  it('offers the checker, in Chinese with English beside it, and opens it', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.pp-local-file');
    expect(await popup.locator('.pp-local-file p').first().textContent()).toMatch(/浏览器不允许扩展读取本机文件.*does not let extensions read local files/);
    expect(await popup.locator('.pp-open-checker').textContent()).toBe('在核对页打开已保存的网页 / Open the saved page in the checker');
    // Chromium started with --load-extension gives the extension file access already: nothing to switch on.
    expect(await popup.locator('.pp-extension-settings').count()).toBe(0);
    const opened = browser.context.waitForEvent('page');
    await popup.click('.pp-open-checker');
    const checker = await opened;
    await checker.waitForSelector('input[type=file]', { state: 'attached' });
    expect(checker.url()).toBe(`chrome-extension://${browser.extensionId}/pdf-viewer.html`);
    await checker.close();
  });

  it('says how to turn on “Allow access to file URLs” while it is off, and opens the extension’s settings', async () => {
    const popup = await browser.context.newPage();
    // Chromium cannot turn the switch off for an extension loaded from the command line (it would reload and
    // disable it): the popup is told the switch is off, as extension.isAllowedFileSchemeAccess() reports it then.
    await popup.addInitScript(() => {
      const api = (globalThis as unknown as { chrome: { extension: { isAllowedFileSchemeAccess: () => Promise<boolean> } } }).chrome;
      api.extension.isAllowedFileSchemeAccess = () => Promise.resolve(false);
    });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.pp-extension-settings');
    expect(await popup.locator('.pp-file-access p').textContent()).toMatch(/允许访问文件网址.*Allow access to file URLs/);
    const opened = browser.context.waitForEvent('page');
    await popup.click('.pp-extension-settings');
    const settings = await opened;
    await settings.waitForLoadState();
    expect(settings.url()).toBe(`chrome://extensions/?id=${browser.extensionId}`);
    await settings.close();
  });
});
