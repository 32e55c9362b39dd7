#!/usr/bin/env node
/**
 * Builds the CLI into plain JavaScript (dist/cli/), so that `budget-check` starts without a TypeScript loader: the
 * engine bundled into a few ES modules by esbuild (already installed: Vite and tsx run on it), the rarely used parts
 * (PDF, export, --compare, the worker pool's worker) split into chunks loaded only when needed. pdfjs-dist stays
 * outside the bundle: it finds its worker and CMaps beside its own files.
 *
 * Run by `npm ci` / `npm install` (the `prepare` script) and by `npm run build:cli`.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { linkedomLazyListeners } from './linkedom-lazy-listeners.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;
rmSync(outdir, { recursive: true, force: true });
const lazyListeners = linkedomLazyListeners();
await build({
  absWorkingDir: root,
  entryPoints: { main: 'cli/main.ts', worker: 'cli/worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS (decimal.js's UMD) needs a require in an ES module.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  // linkedom's per-node listener storage, made lazy: half its parsing time (scripts/linkedom-lazy-listeners.mjs).
  plugins: [lazyListeners.plugin],
});
if (!lazyListeners.applied()) throw new Error('build-cli: linkedom was bundled without its lazy listener storage');
