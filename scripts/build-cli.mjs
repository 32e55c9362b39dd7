#!/usr/bin/env node
/**
 * Builds the CLI into plain JavaScript (dist/cli/), so that `budget-check` starts without a TypeScript loader: the
 * engine bundled by esbuild (already installed: Vite and tsx run on it) into two CommonJS files, main.cjs and the
 * batch pool's worker.cjs. pdfjs-dist stays outside the bundle: it finds its worker and CMaps beside its own files.
 *
 * CommonJS, not ES modules, because a script can be compiled from V8's code cache in Node 20 and a module cannot
 * (cli/load-built.mjs). After bundling, the build checks a sample page, then a batch of four on two threads, and
 * keeps the code caches of those runs, so that the first `budget-check` after an install, and each of its batch
 * threads, starts with the engine compiled.
 *
 * Run by `npm ci` / `npm install` (the `prepare` script) and by `npm run build:cli`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { linkedomLazyListeners } from './linkedom-lazy-listeners.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;
/** The pages the code caches are trained on: the README's sample (a 部门预算 of tables and prose), then a batch. */
const PAGES = `${root}test/fixtures/pages/`;
const SAMPLE = `${PAGES}002_985e1de26a38a1db.platform.html`;
const BATCH = ['000_d027ff157a76b55d.word.html', '002_985e1de26a38a1db.plain.html', '004_fcad36837894980a.platform.html', '004_fcad36837894980a.word.html'];

rmSync(outdir, { recursive: true, force: true });
const lazyListeners = linkedomLazyListeners();
await build({
  absWorkingDir: root,
  entryPoints: { main: 'cli/main.ts', worker: 'cli/worker.ts' },
  outdir,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  outExtension: { '.js': '.cjs' },
  legalComments: 'none',
  logLevel: 'warning',
  // The sources locate files beside themselves with import.meta.url (the batch's worker): in CommonJS, the bundle's own
  // file URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // linkedom's per-node listener storage, made lazy: half its parsing time (scripts/linkedom-lazy-listeners.mjs).
  plugins: [lazyListeners.plugin],
});
if (!lazyListeners.applied()) throw new Error('build-cli: linkedom was bundled without its lazy listener storage');

// The training runs: the CLI as users start it (cli/bin.mjs), which saves a code cache after a run without one. One
// page checked on the main thread (main.cjs), then a batch on two threads (worker.cjs; main.cjs keeps its cache).
const train = (args) => {
  try {
    execFileSync(process.execPath, [`${root}cli/bin.mjs`, ...args], { stdio: 'ignore' });
  } catch (error) {
    // Exit code 1 means errors found in the sample, a normal outcome; anything else leaves the build without a cache.
    if (error.status !== 1) console.warn(`build-cli: no code cache (a training run failed: ${error.message})`);
  }
};
if (existsSync(SAMPLE)) {
  train([SAMPLE]);
  train(['--jobs', '2', ...BATCH.map((page) => PAGES + page)]);
}
