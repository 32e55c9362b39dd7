/**
 * The extension's bundle sizes (part of `npm run bench`): every file of the built Chrome extension, grouped by what
 * loads it, so the cost of each step is visible — the gate runs on every *.gov.cn page, the engine only where the
 * gate found a budget, the PDF viewer only when the user opens it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = path.join(ROOT, '.output/bench');
const DIR = path.join(OUT, 'chrome-mv3');

// Always a fresh build of the working tree, into a folder of its own (the browser tests use theirs).
execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build'], {
  cwd: ROOT,
  env: { ...process.env, BUDGET_CHECK_OUT_DIR: '.output/bench' },
  stdio: 'ignore',
});

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const all = files(DIR).map((file) => ({ name: path.relative(DIR, file), bytes: statSync(file).size }));
const group = (test: (name: string) => boolean) => all.filter((f) => test(f.name));
const groups: [string, ReturnType<typeof group>][] = [
  ['gate (every *.gov.cn page)', group((n) => n === 'gate.js')],
  ['engine (pages the gate lets through, or on request)', group((n) => n === 'engine.js')],
  ['XLSX writer (into a page when a workbook is asked for)', group((n) => n === 'xlsx-writer.js')],
  ['background', group((n) => n === 'background.js')],
  ['popup', group((n) => /^popup|^chunks\/(popup|TableCounts)/.test(n))],
  ['PDF viewer: code', group((n) => /^pdf-viewer|^chunks\/pdf-viewer|pdf\.worker/.test(n))],
  ['PDF viewer: Chinese CMaps', group((n) => n.endsWith('.bcmap'))],
];
const grouped = new Set(groups.flatMap(([, list]) => list.map((f) => f.name)));
groups.push(['other (manifest, icons, styles)', all.filter((f) => !grouped.has(f.name))]);

console.log('== Bundle sizes of the built Chrome extension');
for (const [name, list] of groups) {
  const total = list.reduce((sum, f) => sum + f.bytes, 0);
  const names = list.length > 4 ? `${list.length} files` : list.map((f) => f.name).join(', ');
  console.log(`${name.padEnd(54)} ${kB(total).padStart(10)}  (${names})`);
}
console.log(`${'total'.padEnd(54)} ${kB(all.reduce((sum, f) => sum + f.bytes, 0)).padStart(10)}`);
