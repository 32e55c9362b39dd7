/**
 * The Firefox build (MV2, `wxt build -b firefox`) in Debian's firefox-esr, driven over WebDriver BiDi: the gate's
 * content script runs by itself on a *.gov.cn disclosure page, the background injects the engine, and the overlay
 * marks exactly the cells the engine flags in Node for the same HTML; a page of PDF attachments gets a 核对 button just
 * after each visible PDF link; a government page without a budget table gets no engine and no overlay; the page's DOM
 * is unchanged but for the one overlay host; and nothing leaves the machine.
 *
 * One browser for the whole file (see ./harness.ts for how pages are served and why through a proxy).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CellAddress,
  compact,
  expectedCellMarks,
  expectedUnderline,
  isProseFinding,
  type NodeVerdict,
  nodeVerdict,
} from '../browser/node-report.ts';
import { expectButtonsAfterLinks, measureButtonPlacements, PLACED_LINK_IDS } from '../browser/pdf-link-placement.ts';
import {
  ADDON_ID,
  ensureFirefoxExtensionBuilt,
  type FixtureProxy,
  GOV_HOST,
  HOST_SELECTOR,
  type LaunchedFirefox,
  launchFirefox,
  OTHER_HOST,
  type PlainBox,
  ROOT,
  settle,
  startFixtureProxy,
  waitForMarks,
} from './harness.ts';

/** A seed page in Word-export markup (the Chrome tests use the platform markup of the same seed). */
const SEED_PAGE = '002_985e1de26a38a1db.word.html';
const PAGES: Record<string, string> = {
  '/sum-error.html': path.join(ROOT, 'test/fixtures/browser/sum-error.html'),
  '/no-tables.html': path.join(ROOT, 'test/fixtures/browser/no-tables.html'),
  '/pdf-links.html': path.join(ROOT, 'test/fixtures/browser/pdf-links.html'),
  [`/${SEED_PAGE}`]: path.join(ROOT, 'test/fixtures/pages', SEED_PAGE),
};
/** The highlight the engine registers for errors in the text, styled by the sheet the background inserts. */
const ERROR_HIGHLIGHT = 'budget-check-error';

let proxy: FixtureProxy;
let firefox: LaunchedFirefox;
let extensionDir: string;

beforeAll(async () => {
  extensionDir = ensureFirefoxExtensionBuilt();
  proxy = await startFixtureProxy(PAGES);
  firefox = await launchFirefox({ proxyPort: proxy.port, extension: extensionDir });
});

afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
});

/** The engine's verdict in Node (linkedom) on the same HTML; node-report.ts reads files relative to test/fixtures/browser. */
function verdictOf(page: string): NodeVerdict {
  const relative = path.relative(path.join(ROOT, 'test/fixtures/browser'), PAGES[page]!);
  return nodeVerdict(relative, proxy.url(page));
}

/** Warnings and errors in the consoles of the pages opened (the engine's content-script messages show up there). */
const consoleProblems: string[] = [];

async function open(page: string, host = GOV_HOST): Promise<Page> {
  const tab = await firefox.browser.newPage();
  tab.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'error') consoleProblems.push(`${page}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => consoleProblems.push(`${page}: ${String(error)}`));
  await tab.goto(proxy.url(page, host), { waitUntil: 'load' });
  return tab;
}

/** Boxes of the overlay's elements matching `selector` (viewport coordinates), with their tone. */
async function overlayBoxes(page: Page, selector: string): Promise<(PlainBox & { tone: string })[]> {
  return page.evaluate(
    (host, sel) =>
      [...(document.querySelector(host)?.shadowRoot?.querySelectorAll(sel) ?? [])].map((element) => {
        const r = element.getBoundingClientRect();
        const tone = element.className.includes('error') ? 'error' : element.className.includes('note') ? 'note' : '';
        return { x: r.left, y: r.top, width: r.width, height: r.height, tone };
      }),
    HOST_SELECTOR,
    selector,
  );
}

/** The box of the cell at an address computed in Node: same HTML, so the same table, row and cell. */
async function cellBox(page: Page, address: CellAddress): Promise<PlainBox> {
  return page.evaluate((a) => {
    const table = document.querySelectorAll('table')[a.table]!;
    const row = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table)[a.row]!;
    const cell = [...row.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH')[a.cell]!;
    const r = cell.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, address);
}

async function elementBox(page: Page, selector: string): Promise<PlainBox> {
  return page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, selector);
}

function sameBox(a: PlainBox, b: PlainBox, tolerance = 1): boolean {
  return (
    Math.abs(a.x - b.x) <= tolerance &&
    Math.abs(a.y - b.y) <= tolerance &&
    Math.abs(a.width - b.width) <= tolerance &&
    Math.abs(a.height - b.height) <= tolerance
  );
}

/** What the page shows of the extension's highlight sheet: transparent unless the background inserted it. */
async function highlightSheetColour(page: Page): Promise<string> {
  return page.evaluate(
    (name) => getComputedStyle(document.body, `::highlight(${name})`).backgroundColor,
    ERROR_HIGHLIGHT,
  );
}

describe('the Firefox build', () => {
  it('is an MV2 add-on that BiDi installs as a temporary add-on under its gecko id', () => {
    const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    // MV2 has no host_permissions: the gate's site goes among the permissions.
    expect(manifest.permissions).toContain('*://*.gov.cn/*');
    expect(manifest.content_scripts).toEqual([{ matches: ['*://*.gov.cn/*'], js: ['gate.js'], run_at: 'document_idle' }]);
    expect(firefox.addonId).toBe(ADDON_ID);
  });
});

describe('a disclosure page with a wrong total (sum-error.html)', () => {
  let page: Page;
  const verdict = () => verdictOf('/sum-error.html');

  beforeAll(async () => {
    page = await open('/sum-error.html');
    // Nothing but page load: the gate, the background and the engine do the rest.
    await waitForMarks(page);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('outlines exactly the cells the engine flags in Node, each on its cell', async () => {
    const expected = [...expectedCellMarks(verdict()).values()];
    // The fixture's one wrong figure: 合计 530.00 where the parts make 520.00 (checked by its column and its row).
    expect(expected).toHaveLength(1);
    const marks = await overlayBoxes(page, '.bc-mark');
    expect(marks).toHaveLength(1);
    const wrong = await elementBox(page, '#wrong-total');
    expect(sameBox(await cellBox(page, expected[0]!.address), wrong)).toBe(true);
    expect(sameBox(marks[0]!, wrong)).toBe(true);
    expect(marks[0]!.tone).toBe('error');
  });

  it('underlines the wrong figures of the text through the CSS Custom Highlight API', async () => {
    const prose = verdict().report.findings.filter(isProseFinding);
    expect(prose.length).toBeGreaterThanOrEqual(2);
    const underlined = await page.evaluate(
      (name) => [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString()),
      ERROR_HIGHLIGHT,
    );
    expect(new Set(underlined.map(compact))).toEqual(new Set(prose.map(expectedUnderline)));
    // 25.08% is the share the text states for 社会保障和就业支出 (120.00 of 520.00 is 23.08%).
    expect(underlined.map(compact)).toContain('25.08%');
    // The ::highlight() rules come from the sheet the background inserted (scripting.insertCSS, origin USER).
    expect(await highlightSheetColour(page)).toBe('rgba(209, 36, 47, 0.16)');
  });

  it('explains the cell in a popover on hover', async () => {
    await page.hover('#wrong-total');
    await page.waitForFunction(
      (host) => document.querySelector(host)?.shadowRoot?.querySelector('.bc-popover .bc-card-message'),
      { timeout: 5000 },
      HOST_SELECTOR,
    );
    const texts = await page.evaluate((host) => {
      const popover = document.querySelector(host)!.shadowRoot!.querySelector('.bc-popover')!;
      const all = (sel: string) => [...popover.querySelectorAll(sel)].map((el) => el.textContent ?? '');
      return { messages: all('.bc-card-message'), stated: all('.bc-stated'), expected: all('.bc-expected') };
    }, HOST_SELECTOR);
    const findings = [...expectedCellMarks(verdict()).values()][0]!.findings;
    // In English: the browser's UI language here (harness.ts).
    expect(texts.messages).toEqual(findings.map((f) => f.messageEn));
    expect(texts.messages[0]).toContain('530.00');
    expect(texts.stated).toEqual(['530.00', '530.00']);
    expect(texts.expected).toEqual(['520.00', '520.00']);
  });
});

describe(`a real disclosure page (seed 002, Word markup: ${SEED_PAGE})`, () => {
  it('outlines every cell finding of the engine, in its severity, on its cell', async () => {
    const page = await open(`/${SEED_PAGE}`);
    await waitForMarks(page);
    const expected = [...expectedCellMarks(verdictOf(`/${SEED_PAGE}`)).values()];
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

describe('a government page without a budget table (no-tables.html)', () => {
  it('loads no engine and draws nothing', async () => {
    const quiet = await open('/no-tables.html');
    // A disclosure page opened after it goes through gate → background → engine; by the time its marks are drawn, a
    // message the first page's gate had sent would have been handled too.
    const later = await open('/sum-error.html');
    await waitForMarks(later);
    expect(await highlightSheetColour(later)).toBe('rgba(209, 36, 47, 0.16)');
    await settle(quiet);
    expect(await quiet.$$eval(HOST_SELECTOR, (hosts) => hosts.length)).toBe(0);
    expect(await quiet.evaluate(() => CSS.highlights.size)).toBe(0);
    // The background inserts its highlight sheet only where the engine has figures to underline: not here.
    expect(await highlightSheetColour(quiet)).toBe('rgba(0, 0, 0, 0)');
    await later.close();
    await quiet.close();
  });
});

describe('a disclosure page whose budget is in PDF attachments (pdf-links.html)', () => {
  it('puts a 核对 button just after each visible PDF link, on its last line, and none elsewhere', async () => {
    const page = await open('/pdf-links.html');
    await page.waitForFunction((host) => document.querySelector(host)?.shadowRoot?.querySelector('.bc-link-check'), {}, HOST_SELECTOR);
    await settle(page);
    const hrefs = await page.evaluate(
      (host) =>
        [...document.querySelector(host)!.shadowRoot!.querySelectorAll('.bc-link-check')].map(
          (b) => new URL(b.getAttribute('data-href')!).pathname,
        ),
      HOST_SELECTOR,
    );
    // Not beside the link scrolled out of its box, the display:none one, the .xls or the ordinary page link.
    expect(hrefs).toEqual(['/pdf/002_985e1de26a38a1db.word.pdf', '/download.jsp', '/pdf/000_d027ff157a76b55d.platform.pdf']);
    expectButtonsAfterLinks(await page.evaluate(measureButtonPlacements, [HOST_SELECTOR, PLACED_LINK_IDS] as [string, string[]]));
    await page.close();
  });
});

describe('the page stays as it was', () => {
  /** The page's own markup and every element's box (document coordinates). */
  async function snapshot(page: Page) {
    return page.evaluate((host) => {
      const all = [...document.querySelectorAll('*')];
      const own = all.filter((el) => el.tagName.toLowerCase() !== host);
      return {
        hosts: all.length - own.length,
        hostParent: document.querySelector(host)?.parentElement?.tagName ?? null,
        elements: own.length,
        htmlAttributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
        htmlChildren: [...document.documentElement.children].map((el) => el.tagName.toLowerCase()).filter((t) => t !== host),
        headHtml: document.head.outerHTML,
        bodyHtml: document.body.outerHTML,
        boxes: own.map((el) => {
          const r = el.getBoundingClientRect();
          return `${el.tagName} ${r.x + scrollX},${r.y + scrollY},${r.width},${r.height}`;
        }),
        scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
      };
    }, HOST_SELECTOR);
  }

  it('has the same markup, element boxes and scroll size as the page where the extension does not run', async () => {
    // The same file under a host outside *.gov.cn: the extension has no access there.
    const bare = await open(`/${SEED_PAGE}`, OTHER_HOST);
    await settle(bare);
    const without = await snapshot(bare);
    const page = await open(`/${SEED_PAGE}`);
    await waitForMarks(page);
    const withExtension = await snapshot(page);

    expect(without.hosts).toBe(0);
    expect(withExtension.hosts).toBe(1);
    // Under <html>, not <body> (entrypoints/engine/overlay-host.ts).
    expect(withExtension.hostParent).toBe('HTML');
    expect(withExtension.elements).toBe(without.elements);
    expect(withExtension.htmlAttributes).toEqual(without.htmlAttributes);
    expect(withExtension.htmlChildren).toEqual(without.htmlChildren);
    expect(withExtension.headHtml).toBe(without.headHtml);
    expect(withExtension.bodyHtml).toBe(without.bodyHtml);
    expect(withExtension.scroll).toEqual(without.scroll);
    expect(withExtension.boxes).toEqual(without.boxes);
    await bare.close();
    await page.close();
  });
});

describe('console', () => {
  it('shows no warning or error on any page opened (the engine reports a failed check there)', () => {
    expect(consoleProblems).toEqual([]);
  });
});

describe('network', () => {
  it('reaches only the fixture pages the tests opened (and the favicons Firefox asks for)', () => {
    const unexpected = proxy.unexplained();
    expect(proxy.requests.filter((r) => r.served).length).toBeGreaterThanOrEqual(6);
    // No CONNECT (HTTPS) and no other host: neither the extension nor Firefox itself went anywhere else.
    expect(unexpected).toEqual([]);
  });
});
