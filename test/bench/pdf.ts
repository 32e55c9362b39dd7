/**
 * PDF bench: prints, per PDF, the time per page of our extraction (lib/pdf layoutPage: words, ruling lines,
 * tables, paragraphs) beside pdf.js's own work for the same page: getTextContent, and getOperatorList, which we
 * need for the ruling lines. pdf.js caches a page's operator list, so that column is its first call (which also
 * loads the page's fonts); the other two are medians of repeated runs. It asserts nothing.
 *
 *   node --import tsx test/bench/pdf.ts          (also imported by test/bench/run.ts)
 *
 * Each page is measured RUNS times after a first pass that loads fonts; the median is kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPdfDocument } from '../../cli/load-pdf.ts';
import { layoutPage } from '../../lib/pdf/page-layout.ts';
import type { Matrix, PdfPageContent, PdfTextItem } from '../../lib/pdf/pdf-types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

interface PdfRow {
  name: string;
  pages: number;
  /** Median per page, summed over pages, then divided by pages: ms per page. */
  textContent: number;
  operatorList: number;
  ours: number;
  worstOurs: number;
}

async function measurePdf(file: string): Promise<PdfRow> {
  const doc = await openPdfDocument(new Uint8Array(readFileSync(file)));
  const sums = { textContent: 0, operatorList: 0, ours: 0 };
  let worstOurs = 0;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const t = viewport.transform;
      const viewportTransform: Matrix = [t[0], t[1], t[2], t[3], t[4], t[5]];
      const samples = { textContent: [] as number[], operatorList: [] as number[], ours: [] as number[] };
      for (let run = 0; run <= RUNS; run++) {
        let start = performance.now();
        const text = await page.getTextContent();
        const textMs = performance.now() - start;
        start = performance.now();
        const operators = await page.getOperatorList();
        const opsMs = performance.now() - start;
        const content: PdfPageContent = {
          pageNumber: n,
          width: viewport.width,
          height: viewport.height,
          viewportTransform,
          items: text.items.filter((i): i is PdfTextItem & typeof i => 'str' in i),
          operators,
        };
        start = performance.now();
        layoutPage(content);
        const oursMs = performance.now() - start;
        if (run === 0) {
          // pdf.js answers later calls from its cache: only the first one does the work.
          samples.operatorList.push(opsMs);
          continue; // the first pass also loads fonts and warms the JIT
        }
        samples.textContent.push(textMs);
        samples.ours.push(oursMs);
      }
      sums.textContent += median(samples.textContent);
      sums.operatorList += median(samples.operatorList);
      const ours = median(samples.ours);
      sums.ours += ours;
      worstOurs = Math.max(worstOurs, ours);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  const pages = doc.numPages;
  return {
    name: file.split('/').pop() ?? file,
    pages,
    textContent: sums.textContent / pages,
    operatorList: sums.operatorList / pages,
    ours: sums.ours / pages,
    worstOurs,
  };
}

function print(rows: PdfRow[]): void {
  // Chinese characters take two columns in a terminal.
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\ufaff]/u.test(ch) ? 2 : 1), 0);
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
  console.log(
    `${'PDF'.padEnd(52)} pages  getTextContent  getOperatorList (1st call)  ours (layoutPage)  ours/getTextContent  worst page`,
  );
  for (const r of rows) {
    console.log(
      `${pad(r.name, 52)} ${String(r.pages).padStart(5)}  ${r.textContent.toFixed(2).padStart(11)} ms  ${r.operatorList
        .toFixed(2)
        .padStart(23)} ms  ${r.ours.toFixed(2).padStart(14)} ms  ${(r.ours / r.textContent).toFixed(2).padStart(19)}  ${r.worstOurs
        .toFixed(2)
        .padStart(7)} ms`,
    );
  }
  const pages = rows.reduce((s, r) => s + r.pages, 0);
  const total = (key: 'textContent' | 'operatorList' | 'ours') => rows.reduce((s, r) => s + r[key] * r.pages, 0) / pages;
  console.log(
    `${'all pages'.padEnd(52)} ${String(pages).padStart(5)}  ${total('textContent').toFixed(2).padStart(11)} ms  ${total('operatorList')
      .toFixed(2)
      .padStart(23)} ms  ${total('ours').toFixed(2).padStart(14)} ms  ${(total('ours') / total('textContent')).toFixed(2).padStart(19)}`,
  );
}

async function main(): Promise<void> {
  const files = [
    ...readdirSync(join(ROOT, 'test/fixtures/pdf'))
      .filter((f) => /^\d{3}_.*\.pdf$/.test(f))
      .sort()
      .map((f) => join(ROOT, 'test/fixtures/pdf', f)),
    ...readdirSync(join(ROOT, 'test/fixtures/jiangsu'))
      .filter((f) => f.endsWith('.pdf'))
      .sort()
      .map((f) => join(ROOT, 'test/fixtures/jiangsu', f)),
  ];
  console.log(`== PDF extraction per page (median of ${RUNS} runs after a warm-up pass)`);
  const rows: PdfRow[] = [];
  for (const file of files) rows.push(await measurePdf(file));
  print(rows);
}

await main();
