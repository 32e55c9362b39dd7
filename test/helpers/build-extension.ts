/**
 * The extension built for the real-browser tests (Chromium's and Firefox's harnesses): `wxt build` into a folder of
 * the tests' own, so that a test run never races a developer's `npm run build`, and only when some source file is
 * newer than the build there. Test files run in parallel processes: a lock directory makes the first one build and
 * the others wait.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = ['entrypoints', 'components', 'lib', 'wxt.config.ts', 'package.json'];
/** A lock left by a killed run is stale after two minutes; a build never takes that long. */
const LOCK_STALE_MS = 120_000;

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds for `target` into `outDir` (relative to the project root; wxt.config.ts reads BUDGET_CHECK_OUT_DIR) unless
 * the build is current, and returns the unpacked extension's folder (e.g. .output/browser-tests/chrome-mv3).
 */
export function ensureBuilt(outDir: string, target: 'chrome' | 'firefox'): string {
  const folder = path.join(ROOT, outDir, target === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
  const lock = path.join(ROOT, `${outDir}.lock`);
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + LOCK_STALE_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`build lock ${lock} held for too long`);
      sleep(200);
    }
  }
  try {
    const manifest = path.join(folder, 'manifest.json');
    const sourcesTime = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
    if (!existsSync(manifest) || statSync(manifest).mtimeMs < sourcesTime) {
      const args = [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])];
      execFileSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, BUDGET_CHECK_OUT_DIR: outDir }, stdio: 'pipe' });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return folder;
}
