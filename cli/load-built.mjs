// Loads a CommonJS bundle of dist/cli (scripts/build-cli.mjs) through V8's code cache, as Node 22's module compile
// cache would (Node 20 has none): compiling the engine and running it cold for the first time is most of what one
// `budget-check page.html` costs beyond parsing the page. The cache holds the code of every function the last
// training run compiled (the build checks a sample page, then saves it), so a run starts with the engine already
// compiled.
//
// The cache is a file beside the bundle: a line naming the bundle it was made from (its size and modification time)
// and the CRC-32 of the data, then V8's data. V8 itself rejects data made by another V8 version or with other flags,
// or cut short; but it checks the source only by its length and, in release builds, does not check the data's bytes.
// The line keeps out a cache of another build of the same length (a build rewrites the bundle, so its time changes; a
// run saves under the time of the bundle it loaded) and a damaged one. A cache that is absent or rejected is written
// anew after the run (through a temporary file and a rename, so that two runs never leave half a file); where dist/
// is read-only, the run simply goes without one.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';

const NEWLINE = 10;
const crc32 = zlib.crc32;
/**
 * import() in a script compiled from the cache fails in Node 20 ("A dynamic import callback was not specified": the
 * cached code loses the loader given to vm.Script). The bundle imports pdf.js through this instead (cli/load-pdf.ts).
 */
const IMPORT_HOOK = Symbol.for('budget-check.import');

/**
 * Runs the bundle at `file` (a path) as a CommonJS module and returns its exports, and `saveCache()`, which writes
 * the code cache when the one found was absent or rejected (after the run, when it holds the most compiled code).
 */
export function loadBuilt(file) {
  // Before Node 20.15 (no zlib.crc32): Node's own require, which compiles the bundle as any module, with no cache.
  if (!crc32) return { exports: createRequire(import.meta.url)(file), fromCache: false, saveCache() {} };
  globalThis[IMPORT_HOOK] ??= (specifier) => import(specifier);
  const { size, mtimeMs } = statSync(file);
  const bundle = `${size}:${mtimeMs}`;
  const source = readFileSync(file, 'utf8');
  const cacheFile = `${file}.cache`;
  let cached;
  try {
    const bytes = readFileSync(cacheFile);
    const line = bytes.indexOf(NEWLINE);
    if (line > 0) {
      const data = bytes.subarray(line + 1);
      if (bytes.subarray(0, line).toString() === `${bundle}:${crc32(data)}`) cached = data;
    }
  } catch {
    // No cache yet: compiled from the source, and saved after the run.
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData: cached,
  });
  const accepted = cached !== undefined && !script.cachedDataRejected;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    /** Whether the run started from a cache (tests). */
    fromCache: accepted,
    saveCache() {
      if (accepted) return;
      try {
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        const data = script.createCachedData();
        writeFileSync(temporary, Buffer.concat([Buffer.from(`${bundle}:${crc32(data)}\n`), data]));
        renameSync(temporary, cacheFile);
      } catch {
        // A read-only install: every run compiles, as without the cache.
      }
    },
  };
}
