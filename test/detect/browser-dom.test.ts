/**
 * readDocument + detectTables in a real browser DOM (Debian's Chromium), against the same code in Node on linkedom:
 * every seed page in every style and every hand-written odd page must give the same tables, cell for cell. Chromium's
 * parser differs from linkedom's (it inserts <tbody>, repairs broken markup, reports upper-case tag names), so this is
 * where a DOM difference would show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHtml } from '../../cli/load-html.ts';
import { detectTables } from '../../lib/detect/detect-tables.ts';
import type { TableGrid } from '../../lib/model.ts';
import { type LaunchedBrowser, launchChromium, ROOT } from '../browser/harness.ts';

const PAGES = new URL('../fixtures/pages/', import.meta.url);

/** What both sides report of a table (anchors are DOM objects and cannot cross from the page). */
function summary(t: TableGrid) {
  return {
    id: t.id,
    number: t.number ?? null,
    title: t.title ?? null,
    unit: t.unit?.name ?? null,
    kind: t.kind,
    meta: t.meta,
    headRows: t.headRows,
    width: t.width,
    pieces: t.pieces,
    pieceStarts: t.pieceStarts,
    precision: t.precision,
    colPaths: t.colPaths,
    spans: t.spans,
    notes: t.notes,
    rows: t.rows.map((row) => row.map((cell) => [cell.text, cell.value.kind, cell.originRow, cell.originCol])),
  };
}

/** The page-side script: readDocument and detectTables bundled for the browser, plus an anchor check. */
const ENTRY = `
import { readDocument } from './lib/dom/read-document.ts';
import { detectTables } from './lib/detect/detect-tables.ts';
const summary = ${summary.toString()};
window.__detect = () => {
  const doc = readDocument(document);
  const tables = detectTables(doc);
  const anchorsOk = tables.every((t) =>
    t.anchors.every((a) => a instanceof HTMLTableElement) &&
    t.rows.every((row) => row.every((cell) => cell.anchor === undefined || cell.anchor instanceof HTMLTableCellElement)),
  );
  return { title: doc.title, attachments: doc.attachments.length, tables: tables.map(summary), anchorsOk };
};
`;

let browser: LaunchedBrowser;
let page: Page;
let bundle: string;

beforeAll(async () => {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
  });
  bundle = result.outputFiles[0].text;
  browser = await launchChromium();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

const files = readdirSync(PAGES)
  .filter((f) => f.endsWith('.html') && !f.includes('gb2312'))
  .sort();

describe('readDocument + detectTables in Chromium match linkedom', () => {
  for (const file of files) {
    it(file, async () => {
      const html = readFileSync(new URL(file, PAGES), 'utf8');
      const inNode = detectTables(loadHtml(html, file)).map(summary);
      await page.setContent(html, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: bundle });
      const inBrowser = await page.evaluate(() => (window as unknown as { __detect: () => unknown }).__detect());
      expect(inBrowser).toMatchObject({ anchorsOk: true });
      expect((inBrowser as { tables: unknown }).tables).toEqual(inNode);
    });
  }
});
