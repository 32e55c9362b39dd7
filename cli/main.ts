/**
 * budget-check: runs the engine on saved pages and PDF files, for batch work.
 *
 * Exit codes are a contract for scripts: 0 no errors found, 1 errors found, 2 bad input (a missing, unreadable or
 * non-HTML/PDF file). A bad file is reported by name and reason; the other files of the run are still checked.
 */
import { documentSets, type LoadedFile } from '../lib/documents/sets.ts';
import { analyzeDocument } from '../lib/engine.ts';
import { type CliOptions, parseArgs, USAGE } from './args.ts';
import { defaultJobs, runBatch } from './batch.ts';
import { type CheckedOutput, outputOf } from './check-group.ts';
import { documentJson, type DocumentResult } from './json-output.ts';
import { readFileDocument } from './read-file.ts';

export interface Streams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export async function main(argv: readonly string[], io: Streams): Promise<number> {
  const parsed = parseArgs(argv);
  if ('error' in parsed) {
    io.stderr.write(`budget-check: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.compare) {
    const { runCompare } = await import('./compare.ts');
    return runCompare(parsed.files[0], parsed.files[1], parsed.format, io, checkFiles);
  }
  if (parsed.export) return exportRun(parsed.files, parsed, io);
  const outputs: CheckedOutput[] = [];
  const take = (output: CheckedOutput, position: number) => {
    outputs[position] = output;
    if (output.error) io.stderr.write(`budget-check: ${output.sources[0]}: ${output.error}\n`);
    // Streamed as each document is done: a long batch shows progress, and a crash loses nothing already written.
    if (parsed.format === 'jsonl') io.stdout.write(`${JSON.stringify(output.json)}\n`);
  };
  const jobs = parsed.jobs ?? defaultJobs(parsed.files.length);
  if (jobs > 1 && parsed.files.length >= 4) await runBatch(parsed.files, parsed.format, jobs, !parsed.separate, take);
  else for (const [i, result] of (await checkFiles(parsed.files, !parsed.separate)).entries()) take(outputOf(result, parsed.format), i);
  const done = outputs.filter(Boolean);
  if (parsed.format === 'text') for (const o of done) if (o.text) io.stdout.write(o.text);
  if (parsed.format === 'json') io.stdout.write(`${JSON.stringify({ documents: done.map((o) => o.json) }, null, 2)}\n`);
  if (done.some((o) => o.error)) return 2;
  return done.some((o) => o.errors > 0) ? 1 : 0;
}

/** --export: every document checked here, in this thread, since the exports need the reports themselves. */
async function exportRun(files: readonly string[], parsed: CliOptions, io: Streams): Promise<number> {
  const results = await checkFiles(files, !parsed.separate);
  for (const result of results) {
    const output = outputOf(result, parsed.format);
    if (result.error) io.stderr.write(`budget-check: ${result.source}: ${result.error}\n`);
    else if (parsed.format === 'text') io.stdout.write(output.text ?? '');
    else if (parsed.format === 'jsonl') io.stdout.write(`${JSON.stringify(output.json)}\n`);
  }
  if (parsed.format === 'json') io.stdout.write(`${JSON.stringify({ documents: results.map(documentJson) }, null, 2)}\n`);
  const { writeExports } = await import('./export-files.ts');
  for (const r of results) {
    if (!r.report) continue;
    try {
      const paths = await writeExports(r.report, r.source, parsed.export!, parsed.outDir!);
      for (const p of paths) io.stderr.write(`已导出 / exported: ${p}\n`);
    } catch (error) {
      io.stderr.write(`budget-check: ${r.source}: 导出失败 / export failed: ${(error as Error).message}\n`);
      r.error = `导出失败 / export failed: ${(error as Error).message}`;
    }
  }
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.report!.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/**
 * Reads every file, joins each 说明 to its 表格 (lib/documents/sets.ts) unless told not to, and checks each document.
 * A file that cannot be read is a result of its own, with its reason; it does not stop the others.
 */
export async function checkFiles(files: readonly string[], join: boolean): Promise<DocumentResult[]> {
  const results = new Map<string, DocumentResult>();
  const loaded: LoadedFile[] = [];
  for (const file of files) {
    const read = await readFileDocument(file);
    if ('error' in read) results.set(file, { source: file, error: read.error });
    else loaded.push({ source: file, raw: read.raw });
  }
  const sets = join ? documentSets(loaded) : loaded.map((f) => documentSets([f])[0]);
  for (const set of sets) {
    const source = set.sources[0];
    let result: DocumentResult;
    try {
      result = { source, set, report: analyzeDocument(set.raw) };
    } catch (error) {
      // The engine must not throw on any page; if it does, say so plainly instead of a stack trace.
      result = { source, set, error: `核对时出错 / the check failed: ${(error as Error).message}` };
    }
    for (const file of set.sources) results.set(file, result);
  }
  // In the order the files were given: a joined document where the first of its files was.
  return [...new Set(files.map((f) => results.get(f)!))];
}
