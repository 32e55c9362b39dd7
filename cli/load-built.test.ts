import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOADER = new URL('./load-built.mjs', import.meta.url).href;

/** A CommonJS "bundle" with a few functions, as esbuild writes dist/cli/main.cjs. */
function bundle(answer: number): string {
  return `"use strict";\nfunction twice(n) { return n * 2; }\nexports.answer = function answer() { return twice(${answer}) / 2; };\n`;
}

function freshBundle(answer: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'bc-load-built-')), 'main.cjs');
  writeFileSync(file, bundle(answer));
  return file;
}

/**
 * Loads the bundle, runs it and saves the cache, in a process of its own as cli/bin.mjs does: within one process V8
 * reuses what it compiled from the same text and never reads the cache.
 */
function run(file: string): { fromCache: boolean; answer: number } {
  const script = `
    const { loadBuilt } = await import(${JSON.stringify(LOADER)});
    const loaded = loadBuilt(${JSON.stringify(file)});
    const answer = loaded.exports.answer();
    loaded.saveCache();
    process.stdout.write(JSON.stringify({ fromCache: loaded.fromCache, answer }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

describe('loadBuilt: the built CLI compiled from V8’s code cache', () => {
  it('runs without a cache, saves one after the run, and starts from it the next time', () => {
    const file = freshBundle(42);
    expect(run(file)).toEqual({ fromCache: false, answer: 42 });
    expect(existsSync(`${file}.cache`)).toBe(true);
    expect(run(file)).toEqual({ fromCache: true, answer: 42 });
  });

  it('never runs the cache of another bundle of the same length (V8 checks only the length)', () => {
    const file = freshBundle(42);
    run(file);
    // Rebuilt: same length, other code, a later time (a build rewrites the file).
    writeFileSync(file, bundle(43));
    utimesSync(file, new Date(), new Date(Date.now() + 2000));
    expect(run(file)).toEqual({ fromCache: false, answer: 43 });
    // The cache is made anew for the new bundle.
    expect(run(file)).toEqual({ fromCache: true, answer: 43 });
  });

  it('runs from the source when the cache is damaged (V8 does not check the data’s bytes)', () => {
    const file = freshBundle(7);
    run(file);
    const bytes = readFileSync(`${file}.cache`);
    bytes[bytes.length - 5] ^= 0xff;
    writeFileSync(`${file}.cache`, bytes);
    expect(run(file)).toEqual({ fromCache: false, answer: 7 });
  });

  it('goes without a cache where it cannot write one (a read-only install)', () => {
    const file = freshBundle(5);
    const dir = join(file, '..');
    chmodSync(dir, 0o555);
    try {
      expect(run(file)).toEqual({ fromCache: false, answer: 5 });
      // root may write anyway; for anyone else nothing is left behind.
      if (process.getuid?.() !== 0) expect(existsSync(`${file}.cache`)).toBe(false);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
