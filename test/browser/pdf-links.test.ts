/**
 * PDF attachments on a disclosure page, in Chromium with the built extension: a 核对 button beside each PDF link (in
 * the overlay, the page untouched) that opens the PDF viewer in a new tab; the popup's list of the page's PDF links;
 * "核对此 PDF" on a tab that shows a PDF; the viewer's exports, checked against the PDF's own table.
 *
 * The server here serves the fixture pages and the PDFs of test/fixtures/pdf as application/pdf (the harness's
 * server sends files as octet-stream, which Chromium would download instead of showing).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPdf } from '../../cli/load-pdf.ts';
import { analyzeDocument } from '../../lib/engine.ts';
import {
  ensureExtensionBuilt,
  FIXTURES,
  GOV_HOST,
  HOST_SELECTOR,
  type LaunchedBrowser,
  launchChromium,
  OTHER_HOST,
  ROOT,
  settle,
  tabIdOf,
} from './harness.ts';
import { expectButtonsAfterLinks, measureButtonPlacements, PLACED_LINK_IDS } from './pdf-link-placement.ts';

const PDFS = path.join(ROOT, 'test/fixtures/pdf');
const WORD_PDF = '002_985e1de26a38a1db.word.pdf';
const QUERY_PDF = '004_fcad36837894980a.platform.borderless.pdf';
const WRAPPED_PDF = '000_d027ff157a76b55d.platform.pdf';

let browser: LaunchedBrowser;
let server: http.Server;
let port = 0;
/** Paths the server was asked for, with the host they were asked on. */
const served: string[] = [];

function send(res: http.ServerResponse, file: string, type: string) {
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
}

beforeAll(async () => {
  const extension = ensureExtensionBuilt();
  browser = await launchChromium({ extension });
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    served.push(`${req.headers.host?.split(':')[0]}${url.pathname}${url.search}`);
    if (/^\/[\w-]+\.html$/.test(url.pathname)) send(res, path.join(FIXTURES, url.pathname), 'text/html; charset=utf-8');
    else if (url.pathname.startsWith('/pdf/')) send(res, path.join(PDFS, path.basename(url.pathname)), 'application/pdf');
    else if (url.pathname === '/download.jsp') send(res, path.join(PDFS, path.basename(url.searchParams.get('file') ?? '')), 'application/pdf');
    else {
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

const at = (file: string, host = GOV_HOST) => `http://${host}:${port}/${file}`;
const viewerFor = (pdfUrl: string) => `chrome-extension://${browser.extensionId}/pdf-viewer.html?file=${encodeURIComponent(pdfUrl)}`;

async function nodeFindings(name: string) {
  const raw = await loadPdf(new Uint8Array(readFileSync(path.join(PDFS, name))));
  return analyzeDocument(raw);
}

/** Runs `click` and returns the tab it opened, once that tab has loaded. */
async function tabOpenedBy(click: () => Promise<unknown>): Promise<Page> {
  const [opened] = await Promise.all([browser.context.waitForEvent('page'), click()]);
  await opened.waitForLoadState('domcontentloaded');
  return opened;
}

async function expectViewerFindings(viewer: Page, name: string) {
  await viewer.waitForSelector('.bc-summary', { timeout: 30_000 });
  const report = await nodeFindings(name);
  const ids = await viewer.locator('.bc-finding').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
  expect(ids).toEqual(report.findings.map((f) => f.id));
  expect(ids.length).toBeGreaterThan(0);
}

describe('a disclosure page with PDF attachments', () => {
  let page: Page;
  const pageUrl = () => at('pdf-links.html');

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(pageUrl());
    await page.waitForSelector(`${HOST_SELECTOR} >> css=.bc-link-check`, { state: 'attached', timeout: 15_000 });
    await settle(page);
  });

  it('draws a 核对 button beside each visible PDF link, and none beside other links', async () => {
    const buttons = page.locator(`${HOST_SELECTOR} >> css=.bc-link-check`);
    const hrefs = await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('data-href')));
    // #scrolled-away sits below its scroll box's visible part and #hidden is display:none: no button for them; the
    // .xls link and the ordinary page link get none either.
    expect(hrefs).toEqual([
      at(`pdf/${WORD_PDF}`),
      at(`download.jsp?id=4&file=${QUERY_PDF}`),
      at(`pdf/${WRAPPED_PDF}`),
    ]);
    expect(await buttons.first().textContent()).toBe('核对 / Check');
    // In the overlay's shadow root, not in the page's DOM.
    expect(await page.evaluate(() => document.body.innerHTML.includes('bc-link-check'))).toBe(false);
  });

  it('puts each button just after the end of its link, on the link’s last line', async () => {
    const placed = await page.evaluate(measureButtonPlacements, [HOST_SELECTOR, PLACED_LINK_IDS] as [string, string[]]);
    expectButtonsAfterLinks(placed);
  });

  it('leaves every box of the page where it is without the extension', async () => {
    const boxes = (p: Page) =>
      p.evaluate(() =>
        [...document.body.querySelectorAll('*')].map((el) => {
          const r = el.getBoundingClientRect();
          return `${el.tagName}#${el.id} ${r.x + scrollX},${r.y + scrollY},${r.width},${r.height}`;
        }),
      );
    // The same page outside *.gov.cn: the extension does not run there uninvited.
    const bare = await browser.context.newPage();
    await bare.goto(at('pdf-links.html', OTHER_HOST));
    await bare.waitForLoadState('load');
    expect(await bare.locator(HOST_SELECTOR).count()).toBe(0);
    expect(await boxes(page)).toEqual(await boxes(bare));
    await bare.close();
  });

  it('hides the buttons with the marks (the popup’s switch) and shows them again', async () => {
    const tabId = await tabIdOf(browser.worker!, pageUrl());
    const count = () => page.locator(`${HOST_SELECTOR} >> css=.bc-link-check`).count();
    const setVisible = (visible: boolean) =>
      browser.worker!.evaluate(
        ([id, v]) =>
          (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: object, o: object): Promise<unknown> } } }).chrome.tabs.sendMessage(
            id as number,
            { type: 'set-marks-visible', visible: v },
            { frameId: 0 },
          ),
        [tabId, visible] as const,
      );
    await setVisible(false);
    await expect.poll(count).toBe(0);
    await setVisible(true);
    await expect.poll(count).toBe(3);
  });

  it('opens the viewer on the link’s PDF in a new tab, listing what lib finds in Node for that PDF', async () => {
    const button = page.locator(`${HOST_SELECTOR} >> css=.bc-link-check[data-href="${at(`pdf/${WORD_PDF}`)}"]`);
    const viewer = await tabOpenedBy(() => button.click());
    expect(viewer.url()).toBe(viewerFor(at(`pdf/${WORD_PDF}`)));
    await expectViewerFindings(viewer, WORD_PDF);
    await viewer.close();
  });

  it('the popup lists the PDF links with 核对, and the spreadsheet as not checked yet', async () => {
    const tabId = await tabIdOf(browser.worker!, pageUrl());
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.pp-attachments li');
    const items = await popup.locator('.pp-attachments li').evaluateAll((lis) =>
      lis.map((li) => ({
        type: li.getAttribute('data-type'),
        href: li.querySelector('a')?.href,
        check: li.querySelector('.pp-check-pdf')?.textContent ?? null,
        note: li.querySelector('.pp-not-checked')?.textContent ?? null,
      })),
    );
    expect(items).toEqual([
      { type: 'pdf', href: at(`pdf/${WORD_PDF}`), check: '核对 / Check', note: null },
      { type: 'pdf', href: at(`download.jsp?id=4&file=${QUERY_PDF}`), check: '核对 / Check', note: null },
      { type: 'xls', href: at('files/2026-tables.xls'), check: null, note: '暂不能核对此格式 / not checked yet' },
      { type: 'pdf', href: at(`pdf/${WRAPPED_PDF}`), check: '核对 / Check', note: null },
    ]);
    const viewer = await tabOpenedBy(() => popup.locator('.pp-attachments li').nth(1).locator('.pp-check-pdf').click());
    expect(viewer.url()).toBe(viewerFor(at(`download.jsp?id=4&file=${QUERY_PDF}`)));
    await expectViewerFindings(viewer, QUERY_PDF);
    await viewer.close();
    // 一起核对: the three PDFs in one checker page (a 说明 would be joined to its 表格, years compared). These three
    // are different units' pages, so they stay three documents, each checked, with nothing to compare.
    const together = await tabOpenedBy(() => popup.locator('.pp-check-together').click());
    const files = new URL(together.url()).searchParams.getAll('file');
    expect(files).toEqual([at(`pdf/${WORD_PDF}`), at(`download.jsp?id=4&file=${QUERY_PDF}`), at(`pdf/${WRAPPED_PDF}`)]);
    await together.waitForSelector('.bc-document', { timeout: 60_000 });
    expect(await together.locator('.bc-document').count()).toBe(3);
    expect(await together.locator('.bc-comparison').count()).toBe(0);
    await together.close();
    await popup.close();
  });
});

describe('a tab that shows a PDF', () => {
  it('the popup offers 核对此 PDF, which opens the viewer on the tab’s address', async () => {
    const pdfUrl = at(`pdf/${WORD_PDF}`);
    const tab = await browser.context.newPage();
    await tab.goto(pdfUrl).catch(() => {}); // Chromium's PDF viewer may end the navigation its own way
    const tabId = await tabIdOf(browser.worker!, pdfUrl);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const offer = popup.locator('.pp-check-this-pdf');
    await offer.waitFor();
    expect(await offer.textContent()).toBe('核对此 PDF / Check this PDF');
    const viewer = await tabOpenedBy(() => offer.click());
    expect(viewer.url()).toBe(viewerFor(pdfUrl));
    await expectViewerFindings(viewer, WORD_PDF);
    await viewer.close();
    await popup.close();
    await tab.close();
  });

  it('knows a PDF served from an address without .pdf by its document’s type', async () => {
    const pdfUrl = at(`download.jsp?id=4&file=${QUERY_PDF}`);
    const tab = await browser.context.newPage();
    await tab.goto(pdfUrl).catch(() => {});
    const tabId = await tabIdOf(browser.worker!, pdfUrl);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const offer = popup.locator('.pp-check-this-pdf');
    await offer.waitFor();
    expect(await popup.locator('.pp-none').count()).toBe(0);
    const viewer = await tabOpenedBy(() => offer.click());
    expect(viewer.url()).toBe(viewerFor(pdfUrl));
    await viewer.close();
    await popup.close();
    await tab.close();
  });
});

describe('exports in the viewer', () => {
  let viewer: Page;
  const pdfUrl = () => at(`pdf/${WORD_PDF}`);

  beforeAll(async () => {
    viewer = await browser.context.newPage();
    await viewer.goto(viewerFor(pdfUrl()));
    await viewer.waitForSelector('.bc-tables summary', { timeout: 30_000 });
    // The per-table list starts closed (the findings come first).
    expect(await viewer.locator('.bc-table').first().isVisible()).toBe(false);
    await viewer.click('.bc-tables summary');
    await viewer.waitForSelector('.bc-table');
  });

  it('lists every table the engine found, with its exports', async () => {
    const report = await nodeFindings(WORD_PDF);
    const ids = await viewer.locator('.bc-table').evaluateAll((els) => els.map((el) => el.getAttribute('data-table-id')));
    expect(ids).toEqual(report.tables.map((t) => t.id));
    expect(await viewer.locator('.bc-table[data-table-id="t9"] .bc-table-title').textContent()).toContain('表10 财政拨款“三公”经费支出情况表');
  });

  it('exports 表10 as a CSV whose rows are the PDF’s table', async () => {
    const table = viewer.locator('.bc-table[data-table-id="t9"]');
    const [download] = await Promise.all([viewer.waitForEvent('download'), table.locator('[data-export="csv"]').click()]);
    expect(download.suggestedFilename()).toMatch(/财政拨款“三公”经费支出情况表\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel on Chinese Windows
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    // Read off page 10 of the PDF by hand: the body of 表10 (万元), 政府性基金 and 国有资本经营预算 blank throughout.
    expect(lines.slice(-7)).toEqual([
      '"合计",21.40,21.40,,',
      '"因公出国（境）费",4.90,4.90,,',
      '"公务接待费",9.50,9.50,,',
      '"公务用车购置及运行费（小计）",7.00,7.00,,',
      '"其中：公务用车购置费",,,,',
      '"公务用车运行费",7.00,7.00,,',
      '',
    ]);
    expect(lines[0]).toBe('"“三公”经费支出内容","合计","资金来源","资金来源","资金来源"');
  });

  it('exports XLSX, JSON and Markdown of a table, and the workbook of every table', async () => {
    const table = viewer.locator('.bc-table[data-table-id="t9"]');
    const save = async (click: () => Promise<void>) => {
      const [download] = await Promise.all([viewer.waitForEvent('download'), click()]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    };
    const xlsx = await save(() => table.locator('[data-export="xlsx"]').click());
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const json = JSON.parse((await save(() => table.locator('[data-export="json"]').click())).bytes.toString('utf8'));
    expect(JSON.stringify(json)).toContain('公务接待费');
    expect(JSON.stringify(json)).toContain(pdfUrl());
    const markdown = (await save(() => table.locator('[data-export="markdown"]').click())).bytes.toString('utf8');
    expect(markdown).toMatch(/\| 公务接待费 \| 9\.50 \| 9\.50 \|/);
    const workbook = await save(() => viewer.locator('.bc-doc-exports [data-export="xlsx"]').click());
    expect(workbook.name).toBe('克孜勒苏柯尔克孜自治州人民政府外事办公室_2026_全部表格.xlsx');
    expect(workbook.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('exports the evidence pack, hashed from the PDF file itself', async () => {
    const [download] = await Promise.all([
      viewer.waitForEvent('download'),
      viewer.locator('.bc-doc-exports [data-export="evidence-json"]').click(),
    ]);
    const pack = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(pack.page.hashed).toBe('source-file');
    expect(pack.page.textSha256).toBe(createHash('sha256').update(readFileSync(path.join(PDFS, WORD_PDF))).digest('hex'));
    expect(pack.page.url).toBe(pdfUrl());
    const report = await nodeFindings(WORD_PDF);
    expect(JSON.stringify(pack)).toContain(report.findings.find((f) => f.severity === 'error')!.message);
  });

  it('copies a table to the clipboard as TSV', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await viewer.bringToFront();
    await viewer.locator('.bc-table[data-table-id="t9"] [data-export="copy"]').click();
    await expect.poll(() => viewer.evaluate(() => navigator.clipboard.readText())).toContain('公务接待费\t9.50\t9.50\t\t');
  });
});

describe('no request the user did not ask for', () => {
  it('the page’s server saw the pages and the PDFs opened above, nothing else', () => {
    const allowed = new Set([
      `${GOV_HOST}/pdf-links.html`,
      `${OTHER_HOST}/pdf-links.html`,
      `${GOV_HOST}/pdf/${WORD_PDF}`,
      `${GOV_HOST}/download.jsp?id=4&file=${QUERY_PDF}`,
      // Opened by 一起核对 with the two above.
      `${GOV_HOST}/pdf/${WRAPPED_PDF}`,
      `${GOV_HOST}/favicon.ico`,
      `${OTHER_HOST}/favicon.ico`,
    ]);
    expect(served.filter((s) => !allowed.has(s))).toEqual([]);
  });
});

describe('a page whose budget is only in attachments (attachments-only.html)', () => {
  it('gets its 核对 button by itself on a government site, and no table marks', async () => {
    const page = await browser.context.newPage();
    await page.goto(at('attachments-only.html'));
    // The gate passes on the budget word and the links to budget files (entrypoints/gate/gate.ts): no click needed.
    await page.waitForSelector(`${HOST_SELECTOR} >> css=.bc-link-check`, { state: 'attached', timeout: 15_000 });
    await settle(page);
    const buttons = page.locator(`${HOST_SELECTOR} >> css=.bc-link-check`);
    // The PDF gets a button; the .xls beside it does not (not checked yet: the popup says so).
    expect(await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('data-href')))).toEqual([
      at('files/2024-education-budget.pdf'),
    ]);
    expect(await page.locator(`${HOST_SELECTOR} >> css=.bc-mark, .bc-badge`).count()).toBe(0);
    await page.close();
  });
});
