/**
 * PDF → RawDocument → detectTables: the tables of the bordered fixture PDFs come out of table detection with the
 * grids, headers, 表N, titles and units that tables.json expects for the HTML pages they were printed from. This
 * is the whole path a PDF takes in the CLI and the viewer before the checks. And the checks find in the PDF what
 * they find in the HTML page: the same findings, prose claims included.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../cli/load-html.ts';
import { loadPdf } from '../../cli/load-pdf.ts';
import { detectTables } from '../../lib/detect/detect-tables.ts';
import { analyzeDocument } from '../../lib/engine.ts';
import type { Finding } from '../../lib/model.ts';
import { normalizeCell } from './grids.ts';

interface ExpectedTable {
  no: string | null;
  title: string;
  unit: string | null;
  headRows: number;
  grid: string[][];
}

const expected = (seed: string): ExpectedTable[] =>
  JSON.parse(readFileSync(new URL(`../fixtures/pages/${seed}.tables.json`, import.meta.url), 'utf8')).tables;

/** Whitespace aside; the platform style's "-" in empty cells is an empty cell in tables.json. */
const norm = (text: string) => {
  const t = normalizeCell(text);
  return /^[-－—–]+$/.test(t) ? '' : t;
};

/** What a finding says, spaces aside (a PDF's label may be spaced differently from the HTML's). */
const gist = (f: Finding) =>
  [f.rule, f.severity, f.kind, f.tableTitle, f.rowLabel, f.colLabel, f.stated, f.expected, f.quote].map((v) => normalizeCell(v ?? '')).join(' | ');

describe.each([
  ['000_d027ff157a76b55d', '000_d027ff157a76b55d.platform.pdf', 'platform'],
  ['002_985e1de26a38a1db', '002_985e1de26a38a1db.word.pdf', 'word'],
])('%s: %s through detectTables', (seed, pdf, style) => {
  it('gives the same findings as the HTML page it was printed from', async () => {
    const fromPdf = analyzeDocument(await loadPdf(new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${pdf}`, import.meta.url)))));
    const page = readFileSync(new URL(`../fixtures/pages/${seed}.${style}.html`, import.meta.url), 'utf8');
    const fromHtml = analyzeDocument(loadHtml(page, `${seed}.${style}.html`));
    expect(fromHtml.findings.length).toBeGreaterThan(0);
    expect(fromPdf.findings.map(gist)).toEqual(fromHtml.findings.map(gist));
  });

  it('gives every table of tables.json, in order, cell for cell', async () => {
    const doc = await loadPdf(new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${pdf}`, import.meta.url))));
    const grids = detectTables(doc);
    const want = expected(seed);
    expect(grids.map((g) => g.number ?? null)).toEqual(want.map((t) => t.no));
    grids.forEach((grid, i) => {
      const t = want[i];
      expect({ i, title: grid.title, unit: grid.unit?.name ?? null, headRows: grid.headRows }).toEqual({
        i,
        title: t.title,
        unit: t.unit,
        headRows: t.headRows,
      });
      expect({ i, rows: grid.rows.map((r) => r.map((c) => norm(c.text))) }).toEqual({ i, rows: t.grid.map((r) => r.map(norm)) });
    });
  });
});
