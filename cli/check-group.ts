/**
 * One document checked and put into the output's terms: its files read (joined when a 说明 comes with its 表格), the
 * engine run, and the result as the JSON contract's document object and the text output's lines. Plain data only, so
 * that a worker thread can hand it back (cli/batch.ts).
 */
import { identify } from '../lib/documents/identity.ts';
import { type DocumentSet, type FileInfo, joinDocuments, type LoadedFile, shapeOf } from '../lib/documents/sets.ts';
import { analyzeDocument } from '../lib/engine.ts';
import type { OutputFormat } from './args.ts';
import { documentJson, type DocumentResult } from './json-output.ts';
import { readFileDocument } from './read-file.ts';
import { formatText } from './text-output.ts';

export interface CheckedOutput {
  /** The files of the document, the first as `source`. */
  sources: string[];
  error?: string;
  json: ReturnType<typeof documentJson>;
  /** The text output's lines, when the format is text. */
  text?: string;
  errors: number;
}

export function outputOf(result: DocumentResult, format: OutputFormat): CheckedOutput {
  return {
    sources: result.set?.sources ?? [result.source],
    error: result.error,
    json: documentJson(result),
    text: format === 'text' && result.report ? formatText(result) : undefined,
    errors: result.report?.findings.filter((f) => f.severity === 'error').length ?? 0,
  };
}

/**
 * Checks one file alone, or several as one document. `withInfo`: also say the file's unit, year and shape, for
 * joining a batch's files afterwards (lib/documents/sets.ts planSets). `deferHalves`: a file that may be half of a
 * document (mostly text, or mostly tables) is not checked yet, only described: it is checked once the batch knows
 * whether it has a partner (cli/batch.ts), so that it is not checked twice.
 */
export async function checkGroup(
  files: readonly string[],
  format: OutputFormat,
  withInfo = false,
  deferHalves = false,
): Promise<{ output?: CheckedOutput; info?: FileInfo }> {
  const loaded: LoadedFile[] = [];
  for (const file of files) {
    const read = await readFileDocument(file);
    if ('error' in read) return { output: outputOf({ source: file, error: read.error }, format) };
    loaded.push({ source: file, raw: read.raw });
  }
  const raw = loaded.length === 1 ? loaded[0].raw : joinDocuments(...loaded);
  const identity = identify(loaded[0].raw, loaded[0].source);
  const set: DocumentSet = { sources: [...files], files: loaded, raw, identity };
  const info = withInfo && loaded.length === 1 ? { source: files[0], identity, shape: shapeOf(raw) } : undefined;
  if (deferHalves && info && info.shape !== 'both') return { info };
  let result: DocumentResult;
  try {
    result = { source: files[0], set, report: analyzeDocument(raw) };
  } catch (error) {
    // The engine must not throw on any page; if it does, say so plainly instead of a stack trace.
    result = { source: files[0], set, error: `核对时出错 / the check failed: ${(error as Error).message}` };
  }
  return { output: outputOf(result, format), info };
}
