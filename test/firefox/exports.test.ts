/**
 * Every export in firefox-esr, saved through Firefox's own downloads (an <a download> click on a blob: URL; the
 * profile saves into a temporary folder without asking) or, for TSV, put on the clipboard — from the three places
 * that offer them: the popup (a web page's tables, built by the engine in the page), the table's menu in the page
 * itself (saved by the content script from the overlay's shadow root), and the checker page (a PDF).
 *
 * The expected contents are read off the fixtures by hand: sum-error.html's one table (表5, 合计 530.00 where its
 * rows make 520.00) and 表10 on page 11 of the seed-002 PDF (“三公”经费: 21.40 = 4.90 + 9.50 + 7.00).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeVerdict } from '../browser/node-report.ts';
import { readXlsx, type XlsxReadSheet } from '../export/read-xlsx.ts';
import {
  clipboardText,
  type DownloadedFile,
  downloadOf,
  ensureFirefoxExtensionBuilt,
  type FixtureProxy,
  HOST_SELECTOR,
  type LaunchedFirefox,
  launchFirefox,
  openExtensionPage,
  ROOT,
  startFixtureProxy,
  tabIdOf,
  waitForMarks,
} from './harness.ts';

const WORD_PDF = '002_985e1de26a38a1db.word.pdf';
const PAGES: Record<string, string> = {
  '/sum-error.html': path.join(ROOT, 'test/fixtures/browser/sum-error.html'),
  [`/pdf/${WORD_PDF}`]: path.join(ROOT, 'test/fixtures/pdf', WORD_PDF),
};
/** exportFileName: department and year from the page title, then 表N and the table's title. */
const PAGE_NAME = '示例县财政局_2024';
const TABLE_NAME = `${PAGE_NAME}_表5_一般公共预算支出情况表`;
const PDF_NAME = '克孜勒苏柯尔克孜自治州人民政府外事办公室_2026';

/** sum-error.html's table as CSV, by hand: header, then every row; 科目编码 quoted as text, blanks empty, CRLF. */
const SUM_ERROR_CSV = [
  '"科目编码","科目名称","合计","基本支出","项目支出"',
  ',"合计",530.00,420.00,100.00',
  '"201","一般公共服务支出",400.00,300.00,100.00',
  '"20103","政府办公厅（室）及相关机构事务",400.00,300.00,100.00',
  '"2010301","行政运行",300.00,300.00,',
  '"2010350","事业运行",100.00,,100.00',
  '"208","社会保障和就业支出",120.00,120.00,',
  '"20805","行政事业单位养老支出",120.00,120.00,',
  '"2080505","机关事业单位基本养老保险缴费支出",80.00,80.00,',
  '"2080506","机关事业单位职业年金缴费支出",40.00,40.00,',
  '',
].join('\r\n');

let proxy: FixtureProxy;
let firefox: LaunchedFirefox;
let downloads: string;

beforeAll(async () => {
  const extension = ensureFirefoxExtensionBuilt();
  downloads = mkdtempSync(path.join(os.tmpdir(), 'budget-check-downloads-'));
  proxy = await startFixtureProxy(PAGES);
  firefox = await launchFirefox({ proxyPort: proxy.port, extension, extensionPages: true, downloadDir: downloads });
});

afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

const save = (click: () => Promise<unknown>): Promise<DownloadedFile> => downloadOf(downloads, click);
const text = (file: DownloadedFile) => file.bytes.toString('utf8');

/** A sheet's rows as arrays of cell values (numbers as the XML writes them: 530.00 is "530"). */
function sheetRows(sheet: XlsxReadSheet): string[][] {
  const rows: string[][] = [];
  for (const [address, cell] of sheet.cells) {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = [...letters!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const index = Number(digits) - 1;
    rows[index] = rows[index] ?? [];
    rows[index][col] = cell.value ?? '';
  }
  return [...rows].map((row) => Array.from(row ?? [], (value) => value ?? ''));
}

describe('a web page’s exports, from the popup (sum-error.html)', () => {
  let page: Page;
  let popup: Page;
  const table = '.pp-table[data-table-id="t0"]';

  beforeAll(async () => {
    page = await firefox.browser.newPage();
    await page.goto(proxy.url('/sum-error.html'), { waitUntil: 'load' });
    await waitForMarks(page);
    const probe = await openExtensionPage(firefox, 'pdf-viewer.html');
    popup = await openExtensionPage(firefox, `popup.html?tab=${await tabIdOf(probe, proxy.url('/sum-error.html'))}`);
    await probe.close();
    await popup.waitForSelector('.pp-finding');
  });

  it('CSV: UTF-8 with a byte-order mark, every row of the table', async () => {
    const csv = await save(() => popup.click(`${table} [data-export="csv"]`));
    expect(csv.name).toBe(`${TABLE_NAME}.csv`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(csv).slice(1)).toBe(SUM_ERROR_CSV);
  });

  it('TSV: the table on the clipboard, tab-separated, without a byte-order mark', async () => {
    await popup.click(`${table} [data-export="copy"]`);
    // The CSV's fields, unquoted, tab-separated; CRLF between rows, none after the last (lib/export/tsv.ts).
    const tsv = SUM_ERROR_CSV.replaceAll(',', '\t').replaceAll('"', '').replace(/\r\n$/, '');
    await expect.poll(() => clipboardText(firefox), { timeout: 5000 }).toBe(tsv);
  });

  it('XLSX: a workbook of one sheet, the table’s amounts as numbers', async () => {
    const xlsx = await save(() => popup.click(`${table} [data-export="xlsx"]`));
    expect(xlsx.name).toBe(`${TABLE_NAME}.xlsx`);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const [sheet, ...others] = readXlsx(xlsx.bytes);
    expect(others).toEqual([]);
    expect(sheet!.name).toBe('表5 一般公共预算支出情况表');
    const rows = sheetRows(sheet!);
    const total = rows.find((row) => row[1] === '合计')!;
    expect(total).toEqual(['', '合计', '530', '420', '100']);
    const totalCell = [...sheet!.cells.values()].find((cell) => cell.value === '530')!;
    expect(totalCell).toMatchObject({ type: 'n', format: '#,##0.00' });
    // A blank amount is an empty (styled) cell.
    expect(rows.find((row) => row[0] === '2080506')).toEqual(['2080506', '机关事业单位职业年金缴费支出', '40', '40', '']);
  });

  it('JSON: the grid with each cell’s kind and exact value, and where it came from', async () => {
    const file = await save(() => popup.click(`${table} [data-export="json"]`));
    expect(file.name).toBe(`${TABLE_NAME}.json`);
    const json = JSON.parse(text(file));
    expect(json).toMatchObject({ format: 'budget-check/table', version: 1, number: '5', title: '一般公共预算支出情况表' });
    expect(json.source.url).toBe(proxy.url('/sum-error.html'));
    expect(json.rows).toHaveLength(10);
    expect(json.rows[1].map((cell: { text: string }) => cell.text)).toEqual(['', '合计', '530.00', '420.00', '100.00']);
    expect(json.rows[1][2]).toMatchObject({ kind: 'number', value: '530.00', number: 530, decimals: 2 });
    expect(json.rows[2][0]).toMatchObject({ text: '201', kind: 'code' });
  });

  it('Markdown: a pipe table under its title, the source below', async () => {
    const file = await save(() => popup.click(`${table} [data-export="markdown"]`));
    expect(file.name).toBe(`${TABLE_NAME}.md`);
    const markdown = text(file);
    expect(markdown).toContain('表5 一般公共预算支出情况表');
    expect(markdown).toMatch(/\|\s*\| 合计 \| 530\.00 \| 420\.00 \| 100\.00 \|/);
    expect(markdown).toContain('| 2080506 | 机关事业单位职业年金缴费支出 | 40.00 | 40.00 |  |');
    expect(markdown).toContain(`<${proxy.url('/sum-error.html')}>`);
  });

  it('the page’s workbook: the table’s sheet, then the findings', async () => {
    const file = await save(() => popup.click('.pp-page-exports [data-export="xlsx"]'));
    expect(file.name).toBe(`${PAGE_NAME}_全部表格.xlsx`);
    const sheets = readXlsx(file.bytes);
    expect(sheets.map((s) => s.name)).toEqual(['表5 一般公共预算支出情况表', '核对结果 Findings']);
    const findingRows = sheetRows(sheets[1]!).filter((row) => row.length > 0);
    // A header row, then one row per finding: the engine's 10 for this page.
    expect(findingRows).toHaveLength(1 + nodeVerdict('sum-error.html', proxy.url('/sum-error.html')).report.findings.length);
    expect(findingRows.flat().join('\n')).toContain('25.08%');
  });

  it('the evidence pack, as JSON, Markdown and HTML: findings, counts, and the hash of the page text', async () => {
    const { raw, report } = nodeVerdict('sum-error.html', proxy.url('/sum-error.html'));
    // The text the extension hashes (entrypoints/engine/page-text.ts), read in Node from the same HTML.
    const pageText = [raw.title, ...raw.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : b.table.rows.map((r) => r.cells.map((c) => c.text).join('\t'))))].join('\n');
    const sha = createHash('sha256').update(pageText).digest('hex');

    const json = await save(() => popup.click('[data-export="evidence-json"]'));
    expect(json.name).toBe(`${PAGE_NAME}_核对证据.json`);
    const pack = JSON.parse(text(json));
    expect(pack.page).toMatchObject({ url: proxy.url('/sum-error.html'), textSha256: sha, hashed: 'page-text' });
    // By hand: the total's two sums, the text's 520.00 against it, 25.08% for 23.08%, and shares adding to 102%.
    expect(pack.counts).toMatchObject({ findings: report.findings.length, error: 5, tables: 1 });
    expect(pack.findings.map((f: { stated?: string }) => f.stated)).toEqual(expect.arrayContaining(['530.00', '25.08%']));

    const markdown = await save(() => popup.click('[data-export="evidence-markdown"]'));
    expect(markdown.name).toBe(`${PAGE_NAME}_核对证据.md`);
    expect(text(markdown)).toContain(sha);
    expect(text(markdown)).toContain('23.08%');

    const html = await save(() => popup.click('[data-export="evidence-html"]'));
    expect(html.name).toBe(`${PAGE_NAME}_核对证据.html`);
    expect(text(html)).toMatch(/^<!DOCTYPE html>/i);
    expect(text(html)).toContain(sha);
    expect(text(html)).toContain('530.00');
    expect(text(html)).not.toMatch(/<script/i);
  });

  it('the table’s menu in the page saves the same files, from the page itself', async () => {
    await page.bringToFront();
    const badge = await page.evaluateHandle(
      (host) => document.querySelector(host)!.shadowRoot!.querySelector('.bc-badge[data-table-id="t0"]'),
      HOST_SELECTOR,
    );
    await (badge.asElement() as ElementHandle<Element>).click();
    const formats = await page.waitForFunction(
      (host) => {
        const buttons = document.querySelector(host)?.shadowRoot?.querySelectorAll('.bc-menu [data-export]');
        return buttons?.length ? [...buttons].map((b) => b.getAttribute('data-export')) : null;
      },
      {},
      HOST_SELECTOR,
    );
    expect(await formats.jsonValue()).toEqual(['xlsx', 'csv', 'markdown', 'json']);
    const click = (format: string) => () =>
      page.evaluate(
        (host, f) => (document.querySelector(host)!.shadowRoot!.querySelector(`.bc-menu [data-export="${f}"]`) as HTMLElement).click(),
        HOST_SELECTOR,
        format,
      );
    const csv = await save(click('csv'));
    expect(csv.name).toBe(`${TABLE_NAME}.csv`);
    expect(text(csv)).toBe(`\ufeff${SUM_ERROR_CSV}`);
    const xlsx = await save(click('xlsx'));
    expect(xlsx.name).toBe(`${TABLE_NAME}.xlsx`);
    expect(readXlsx(xlsx.bytes).map((s) => s.name)).toEqual(['表5 一般公共预算支出情况表']);
    expect(JSON.parse(text(await save(click('json')))).rows[1][2].value).toBe('530.00');
    expect(text(await save(click('markdown')))).toContain('| 合计 | 530.00 | 420.00 | 100.00 |');
    // Saved from the overlay's shadow root: nothing was left in the page's own DOM.
    expect(await page.evaluate(() => document.querySelectorAll('a[download]').length)).toBe(0);
  });
});

describe('a PDF’s exports, from the checker page (seed 002, 表10)', () => {
  let viewer: Page;
  const table = '.bc-table[data-table-id="t9"]';

  beforeAll(async () => {
    viewer = await openExtensionPage(firefox, `pdf-viewer.html?file=${encodeURIComponent(proxy.url(`/pdf/${WORD_PDF}`))}`);
    await viewer.waitForSelector('.bc-tables summary', { timeout: 30_000 });
    await viewer.click('.bc-tables summary');
    await viewer.waitForSelector(table);
  });

  it('CSV: the rows of 表10 as the PDF prints them', async () => {
    const csv = await save(() => viewer.click(`${table} [data-export="csv"]`));
    expect(csv.name).toBe(`${PDF_NAME}_表10_财政拨款“三公”经费支出情况表.csv`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text(csv).slice(1).split('\r\n');
    expect(lines[0]).toBe('"“三公”经费支出内容","合计","资金来源","资金来源","资金来源"');
    // Page 11 of the PDF, by hand: 政府性基金 and 国有资本经营预算 blank throughout.
    expect(lines.slice(-7)).toEqual([
      '"合计",21.40,21.40,,',
      '"因公出国（境）费",4.90,4.90,,',
      '"公务接待费",9.50,9.50,,',
      '"公务用车购置及运行费（小计）",7.00,7.00,,',
      '"其中：公务用车购置费",,,,',
      '"公务用车运行费",7.00,7.00,,',
      '',
    ]);
  });

  it('TSV on the clipboard, XLSX, JSON and Markdown of 表10', async () => {
    await viewer.click(`${table} [data-export="copy"]`);
    await expect.poll(() => clipboardText(firefox), { timeout: 5000 }).toContain('公务接待费\t9.50\t9.50\t\t\r\n');
    const xlsx = await save(() => viewer.click(`${table} [data-export="xlsx"]`));
    const [sheet] = readXlsx(xlsx.bytes);
    expect(sheetRows(sheet!).find((row) => row[0] === '公务接待费')).toEqual(['公务接待费', '9.5', '9.5', '', '']);
    const json = JSON.parse(text(await save(() => viewer.click(`${table} [data-export="json"]`))));
    expect(json.source.url).toBe(proxy.url(`/pdf/${WORD_PDF}`));
    expect(json.rows.find((row: { text: string }[]) => row[0]!.text === '合计').map((c: { text: string }) => c.text)).toEqual(['合计', '21.40', '21.40', '', '']);
    const markdown = text(await save(() => viewer.click(`${table} [data-export="markdown"]`)));
    expect(markdown).toMatch(/\| 公务接待费 \| 9\.50 \| 9\.50 \|/);
  });

  it('the workbook of every table, and the evidence pack hashed from the PDF file itself', async () => {
    const workbook = await save(() => viewer.click('.bc-doc-exports [data-export="xlsx"]'));
    expect(workbook.name).toBe(`${PDF_NAME}_全部表格.xlsx`);
    const sheets = readXlsx(workbook.bytes).map((s) => s.name);
    expect(sheets).toContain('表10 财政拨款“三公”经费支出情况表');
    expect(sheets.at(-1)).toBe('核对结果 Findings');
    const json = await save(() => viewer.click('.bc-doc-exports [data-export="evidence-json"]'));
    expect(json.name).toBe(`${PDF_NAME}_核对证据.json`);
    const pack = JSON.parse(text(json));
    const sha = createHash('sha256').update(readFileSync(PAGES[`/pdf/${WORD_PDF}`]!)).digest('hex');
    expect(pack.page).toMatchObject({ url: proxy.url(`/pdf/${WORD_PDF}`), textSha256: sha, hashed: 'source-file' });
    // The seed's three, by hand (test/fixtures/truth/002_985e1de26a38a1db.json: S002-PT-01, XT-04, XT-05).
    expect(pack.counts.error).toBe(3);
    expect(pack.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { stated?: string; expected?: string }) => [f.stated, f.expected])).toEqual([
      ['599.92万元', '524.92'],
      ['524.92', '449.92'],
      ['599.92', '524.92'],
    ]);
    expect(text(await save(() => viewer.click('.bc-doc-exports [data-export="evidence-markdown"]')))).toContain(sha);
    expect(text(await save(() => viewer.click('.bc-doc-exports [data-export="evidence-html"]')))).toContain(sha);
  });
});

describe('network', () => {
  it('the proxy saw the page and the PDF the tests opened, and nothing else (exports are built on the machine)', () => {
    expect(proxy.unexplained()).toEqual([]);
    expect(proxy.requests.filter((r) => r.served).map((r) => r.url)).toEqual([proxy.url('/sum-error.html'), proxy.url(`/pdf/${WORD_PDF}`)]);
  });
});
