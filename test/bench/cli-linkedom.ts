/**
 * linkedom as the CLI runs it, for the bench's comparisons: bundled with the edit the CLI's build makes (lazy listener
 * storage, scripts/linkedom-lazy-listeners.mjs), which halves its parsing. Comparing the engine against linkedom as
 * published would flatter the engine: "the same HTML parser" is this one.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { parseHTML as ParseHTML } from 'linkedom';
import { linkedomLazyListeners } from '../../scripts/linkedom-lazy-listeners.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Bundles `source` (an ES module that imports linkedom) with the CLI's linkedom into a file of its own. */
export async function bundleWithCliLinkedom(source: string, name: string): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'bc-linkedom-')), name);
  const lazy = linkedomLazyListeners();
  await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'warning',
    plugins: [lazy.plugin],
  });
  if (!lazy.applied()) throw new Error('bench: linkedom was bundled without the CLI’s edit');
  return outfile;
}

/** parseHTML of the CLI's linkedom, in this process. */
export async function cliParseHTML(): Promise<typeof ParseHTML> {
  const file = await bundleWithCliLinkedom("export { parseHTML } from 'linkedom';", 'linkedom.mjs');
  return (await import(pathToFileURL(file).href)).parseHTML;
}
