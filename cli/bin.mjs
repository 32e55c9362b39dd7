#!/usr/bin/env node
// budget-check: the command-line twin of the extension. It runs the engine as built JavaScript (dist/cli, made by
// `npm ci` / `npm run build:cli`: scripts/build-cli.mjs), with no loader at run time, compiled from V8's code cache
// (load-built.mjs). In a checkout whose sources are newer than that build (or with no build), it runs the TypeScript
// sources through tsx instead, so that a change is never hidden behind a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const built = new URL('dist/cli/main.cjs', root);

/** The newest modification time of the engine's and the CLI's sources. */
function newestSource() {
  let newest = 0;
  for (const dir of ['lib', 'cli']) {
    const base = new URL(`${dir}/`, root);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
      const time = statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs;
      if (time > newest) newest = time;
    }
  }
  return newest;
}

let main;
let saveCache = () => {};
if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) {
  const { loadBuilt } = await import('./load-built.mjs');
  const loaded = loadBuilt(fileURLToPath(built));
  ({ main } = loaded.exports);
  saveCache = loaded.saveCache;
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
saveCache();
