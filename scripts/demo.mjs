#!/usr/bin/env node
/**
 * npm run demo — the extension on a real disclosure page, start to finish.
 *
 * Builds the Chrome extension, serves a bundled sample page (seed 002, a 部门预算 in the markup of a unified disclosure
 * platform: test/fixtures/pages/002_985e1de26a38a1db.platform.html) as http://czj.example.gov.cn:PORT/ (the host name is mapped to
 * this machine, nothing goes out), and opens Chromium with the extension on it.
 *
 * With a display ($DISPLAY set) the browser window stays open until you close it. Without one it runs headless, saves
 * screenshots of the marked page and of the popup to .output/demo/, and prints the findings.
 *
 *   npm run demo                     # the sample page
 *   npm run demo -- sum-error.html   # another page of test/fixtures/browser or test/fixtures/pages
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FOLDERS = [path.join(ROOT, 'test/fixtures/browser'), path.join(ROOT, 'test/fixtures/pages')];
// Screenshots go to .output/demo (not tracked); BUDGET_CHECK_SHOTS=docs/screenshots refreshes the README's pictures.
const SHOTS = path.resolve(ROOT, process.env.BUDGET_CHECK_SHOTS ?? '.output/demo');
const EXTENSION = path.join(ROOT, '.output/chrome-mv3');
const HOST = 'czj.example.gov.cn';
const page = process.argv[2] ?? '002_985e1de26a38a1db.platform.html';

/** The fixture a served path names, in one of FOLDERS and never above it. */
function fixtureFile(name) {
  for (const dir of FOLDERS) {
    const file = path.join(dir, path.normalize(name));
    if (file.startsWith(dir + path.sep) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}
const headless = !process.env.DISPLAY;

function fail(message) {
  console.error(`demo: ${message}`);
  process.exit(1);
}

if (!existsSync('/usr/bin/chromium')) fail('Chromium is not installed at /usr/bin/chromium: run scripts/setup.sh');
if (!fixtureFile(page)) fail(`no page ${page} in test/fixtures/browser or test/fixtures/pages`);

console.log('Building the extension (wxt build)…');
execFileSync(process.execPath, [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'inherit' });

const server = http.createServer((req, res) => {
  const file = fixtureFile(decodeURIComponent(new URL(req.url, 'http://local').pathname));
  if (!file) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://${HOST}:${server.address().port}/${page}`;

const profile = mkdtempSync(path.join(os.tmpdir(), 'budget-check-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless,
  locale: 'zh-CN',
  viewport: { width: 1280, height: 860 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=zh-CN',
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    '--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP * ~NOTFOUND',
  ],
});

async function shutdown() {
  await context.close().catch(() => {});
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const tab = context.pages()[0] ?? (await context.newPage());
  console.log(`Opening ${url}`);
  await tab.goto(url);
  // The gate passes on this page and the background injects the engine: wait for its first marks.
  await tab.waitForSelector('budget-check-overlay >> css=.bc-badge', { state: 'attached', timeout: 15_000 });

  if (!headless) {
    console.log('The extension has checked the page. Click the toolbar button for the popup; close the window to end.');
    await new Promise((resolve) => context.on('close', resolve));
  } else {
    mkdirSync(SHOTS, { recursive: true });
    const tabId = await worker.evaluate(
      async (pageUrl) => (await chrome.tabs.query({})).find((t) => t.url === pageUrl)?.id,
      url,
    );
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 440, height: 900 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.pp-status');
    const summary = await popup.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-summary' }), tabId);

    // The page at its first error that sits in a table cell (else the first finding at all), popover open.
    const located = new Set(summary.locatedFindingIds);
    const inCells = summary.findings.filter((f) => located.has(f.id) && f.cells.length && !f.textRefs?.length);
    const shown =
      inCells.find((f) => f.severity === 'error') ?? inCells[0] ?? summary.findings.find((f) => located.has(f.id));
    if (shown) await popup.click(`.pp-finding[data-finding-id="${shown.id}"]`);
    await tab.bringToFront();
    await tab.waitForTimeout(400);
    await tab.screenshot({ path: path.join(SHOTS, 'page-marks.png') });
    await popup.bringToFront();
    await popup.screenshot({ path: path.join(SHOTS, 'popup.png'), fullPage: true });
    await popup.setViewportSize({ width: 440, height: 600 });
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.screenshot({ path: path.join(SHOTS, 'popup-top.png') });

    console.log(`\n${summary.title}`);
    console.log(`${summary.tables.length} budget tables, ${summary.findings.length} findings (${summary.elapsedMs} ms)\n`);
    for (const f of summary.findings) {
      const where = [f.tableTitle, f.rowLabel, f.colLabel].filter(Boolean).join(' › ');
      console.log(`${f.severity.padEnd(7)} ${f.rule.padEnd(20)} ${where}`);
      console.log(`        ${f.message}`);
    }
    console.log(`\nScreenshots: ${path.relative(ROOT, SHOTS)}/page-marks.png, popup.png, popup-top.png`);
  }
} finally {
  await shutdown();
}
