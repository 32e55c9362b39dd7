#!/usr/bin/env node
/**
 * What the content script costs a page: runs the gate (entrypoints/gate/gate.ts, bundled as the extension bundles it)
 * in Chromium on pages without a budget table and on disclosure pages, and prints its time.
 *
 * - "cold": the one call a real page pays, in a freshly loaded page (first run of the code, nothing JIT-compiled);
 *   median and worst of 15 fresh loads.
 * - "warm": median of 200 calls on the same page (the gate's own work, without first-run costs).
 *
 *   node scripts/measure-gate.mjs
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FIXTURES = path.join(ROOT, 'test/fixtures/browser');
const SEEDS = path.join(ROOT, 'test/fixtures/pages');

const gateBundle = execFileSync(
  path.join(ROOT, 'node_modules/.bin/esbuild'),
  [path.join(ROOT, 'entrypoints/gate/gate.ts'), '--bundle', '--minify', '--format=iife', '--global-name=__gate'],
  { encoding: 'utf8' },
);

/** A government portal page of the ordinary kind: long menus, hundreds of news links, no budget anywhere. */
function portalPage() {
  const links = Array.from(
    { length: 1500 },
    (_, i) => `<li><a href="/xw/${i}.html">关于开展第${i}批城乡环境整治专项行动的通知</a><span>2024-0${(i % 9) + 1}-1${i % 10}</span></li>`,
  );
  const menus = Array.from({ length: 200 }, (_, i) => `<a href="/lm/${i}/">栏目${i}</a>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>示例县人民政府门户网站</title></head><body><nav>${menus}</nav><ul>${links.join('')}</ul></body></html>`;
}

const pages = [
  ['no-tables.html (a notice, 1 kB of text)', readFileSync(path.join(FIXTURES, 'no-tables.html'), 'utf8')],
  ['portal (1,500 news links, 60 k characters, no 预算)', portalPage()],
  ['sum-error.html (disclosure)', readFileSync(path.join(FIXTURES, 'sum-error.html'), 'utf8')],
  ['seed 002 platform page (disclosure)', readFileSync(path.join(SEEDS, '002_985e1de26a38a1db.platform.html'), 'utf8')],
  ['seed 002 Word page, 523 kB (disclosure)', readFileSync(path.join(SEEDS, '002_985e1de26a38a1db.word.html'), 'utf8')],
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`gate bundle: ${gateBundle.length} bytes (minified)\n`);
console.log('page'.padEnd(52), 'passes', 'chars read', 'cold median', 'cold worst', 'warm median');
for (const [name, html] of pages) {
  const cold = [];
  let signals;
  for (let i = 0; i < 15; i++) {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ content: gateBundle });
    const result = await page.evaluate(() => {
      const start = performance.now();
      const s = globalThis.__gate.readGateSignals(document);
      return { ms: performance.now() - start, s };
    });
    cold.push(result.ms);
    signals = result.s;
    await page.close();
  }
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  await page.addScriptTag({ content: gateBundle });
  const warm = await page.evaluate(() => {
    const times = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      globalThis.__gate.readGateSignals(document);
      times.push(performance.now() - start);
    }
    return times;
  });
  await page.close();
  const passes = signals.budgetWord && signals.tableEvidence;
  console.log(
    name.padEnd(52),
    String(passes).padEnd(6),
    String(signals.charsRead).padStart(10),
    `${median(cold).toFixed(3)} ms`.padStart(11),
    `${Math.max(...cold).toFixed(3)} ms`.padStart(10),
    `${median(warm).toFixed(3)} ms`.padStart(11),
  );
}
await browser.close();
console.log('\n(performance.now() is coarsened to 0.1 ms in pages without cross-origin isolation: read 0.000 as < 0.1 ms.)');
