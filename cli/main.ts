/**
 * budget-check: runs the engine on saved pages and PDF files, for batch work.
 *
 * Exit codes are a contract for scripts: 0 no errors found, 1 errors found, 2 bad input (a missing, unreadable or
 * non-HTML/PDF file). A bad file is reported by name and reason; the other files of the run are still checked.
 */
import { readFile, stat } from 'node:fs/promises';
import { analyzeDocument } from '../lib/engine.ts';
import { documentSets, type LoadedFile } from '../lib/documents/sets.ts';
import type { RawDocument } from '../lib/model.ts';
import { parseArgs, USAGE } from './args.ts';
import { documentJson, type DocumentResult } from './json-output.ts';
import { decodeHtmlBytes } from '../lib/html-bytes.ts';
import { loadHtml } from './load-html.ts';
import { formatText } from './text-output.ts';

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
  const results = await checkFiles(parsed.files, !parsed.separate);
  for (const result of results) {
    if (result.error) io.stderr.write(`budget-check: ${result.source}: ${result.error}\n`);
    else if (parsed.format === 'text') io.stdout.write(formatText(result));
  }
  if (parsed.format === 'json') io.stdout.write(`${JSON.stringify({ documents: results.map(documentJson) }, null, 2)}\n`);
  if (parsed.export) {
    const { writeExports } = await import('./export-files.ts');
    for (const r of results) {
      if (!r.report) continue;
      try {
        const paths = await writeExports(r.report, r.source, parsed.export, parsed.outDir!);
        for (const p of paths) io.stderr.write(`已导出 / exported: ${p}\n`);
      } catch (error) {
        io.stderr.write(`budget-check: ${r.source}: 导出失败 / export failed: ${(error as Error).message}\n`);
        r.error = `导出失败 / export failed: ${(error as Error).message}`;
      }
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

async function readFileDocument(file: string): Promise<{ raw: RawDocument } | { error: string }> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { error: '这是一个目录，不是文件 / is a directory, not a file' };
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? '文件不存在 / no such file'
        : code === 'EACCES'
          ? '没有读取权限 / permission denied'
          : `无法读取 / cannot read (${code ?? (error as Error).message})`;
    return { error: why };
  }
  try {
    return { raw: await readDocumentBytes(bytes, file) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const PDF_MAGIC = '%PDF-';

async function readDocumentBytes(bytes: Uint8Array, source: string): Promise<RawDocument> {
  if (bytes.length === 0) throw new Error('文件为空 / the file is empty');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes(PDF_MAGIC)) {
    const { loadPdf } = await import('./load-pdf.ts');
    return loadPdf(bytes, source);
  }
  const html = decodeHtmlBytes(bytes).text;
  if (!looksLikeHtml(html)) throw new Error('不是 HTML 或 PDF 文件 / not an HTML or PDF file');
  return loadHtml(html, source);
}

/** A saved page has tags; a spreadsheet, an image or plain text does not (or has NUL bytes). */
function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 4096);
  if (start.includes('\u0000')) return false;
  return /<(?:!doctype\s+html|html|head|body|table|div|p|meta)[\s>]/i.test(start) || /<table[\s>]/i.test(text);
}
