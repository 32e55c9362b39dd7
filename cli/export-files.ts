/**
 * budget-check --export FMT --out DIR: writes a checked document's tables (or its evidence pack) to files.
 *
 * csv, md, json: one file per table; xlsx: one workbook for the document (one sheet per table plus the findings);
 * evidence: the pack as .md, .json and .html. File names say department, year, 表N and title (lib/export/file-name.ts)
 * and are unique within one call; a second run over the same document replaces its files rather than piling up
 * copies. The formats themselves are pure functions in lib/export; this file only names and writes.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Report } from '../lib/model.ts';
import { tableCsv } from '../lib/export/csv.ts';
import { evidencePack } from '../lib/export/evidence.ts';
import { exportFileName, type ExportFileMeta, fileMetaFromTitle, uniqueFileNames } from '../lib/export/file-name.ts';
import { tableJsonText } from '../lib/export/json.ts';
import { tableMarkdown } from '../lib/export/markdown.ts';
import { sha256Hex } from '../lib/export/sha256.ts';
import type { ExportSource } from '../lib/export/source.ts';
import { pageWorkbook } from '../lib/export/xlsx.ts';
import { xlsxBytes } from '../lib/export/xlsx-bytes.ts';
import type { ExportFormat } from './args.ts';

export interface ExportOptions {
  /** The document's text as checked; its SHA-256 goes into the evidence pack. Without it the file's bytes are hashed. */
  pageText?: string;
  /** When the check ran; default now. */
  checkedAt?: Date;
}

/** The address to show for a document: its own URL, or the source when that is one. */
function sourceOf(report: Report, source: string): ExportSource {
  const url = report.url ?? (/^https?:\/\//i.test(source) ? source : undefined);
  return { url, pageTitle: report.title || undefined };
}

function fileMeta(report: Report, source: string): ExportFileMeta {
  const fromTitle = fileMetaFromTitle(report.title ?? '');
  if (fromTitle.department || fromTitle.year || fromTitle.pageTitle) return fromTitle;
  // No title: the saved file's name is the best description there is.
  return { pageTitle: basename(source, extname(source)) };
}

async function evidenceHash(source: string, options: ExportOptions): Promise<{ hash: string; hashed: 'page-text' | 'source-file' }> {
  if (options.pageText !== undefined) return { hash: await sha256Hex(options.pageText), hashed: 'page-text' };
  return { hash: await sha256Hex(new Uint8Array(await readFile(source))), hashed: 'source-file' };
}

/** Writes the exports of one checked document into `outDir` (created if missing) and returns the files' paths. */
export async function writeExports(
  report: Report,
  source: string,
  format: ExportFormat,
  outDir: string,
  options: ExportOptions = {},
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const meta = fileMeta(report, source);
  const where = sourceOf(report, source);
  const files: { name: string; content: string | Uint8Array }[] = [];

  switch (format) {
    case 'csv':
      for (const t of report.tables) files.push({ name: exportFileName(meta, t, 'csv'), content: tableCsv(t) });
      break;
    case 'md':
      for (const t of report.tables) files.push({ name: exportFileName(meta, t, 'md'), content: tableMarkdown(t, where) });
      break;
    case 'json':
      for (const t of report.tables) files.push({ name: exportFileName(meta, t, 'json'), content: tableJsonText(t, where) });
      break;
    case 'xlsx':
      files.push({ name: exportFileName(meta, undefined, 'xlsx'), content: await xlsxBytes(pageWorkbook(report, where)) });
      break;
    case 'evidence': {
      const { hash, hashed } = await evidenceHash(source, options);
      const pack = evidencePack(report, {
        url: where.url,
        pageTitle: report.title || meta.pageTitle || basename(source),
        checkedAt: (options.checkedAt ?? new Date()).toISOString(),
        pageTextHash: hash,
        hashed,
      });
      files.push(
        { name: exportFileName(meta, undefined, 'md', '核对证据'), content: pack.markdown },
        { name: exportFileName(meta, undefined, 'json', '核对证据'), content: pack.json },
        { name: exportFileName(meta, undefined, 'html', '核对证据'), content: pack.html },
      );
      break;
    }
    default:
      throw new Error(`未知的导出格式 / unknown export format "${String(format)}"`);
  }

  const names = uniqueFileNames(files.map((f) => f.name));
  const paths: string[] = [];
  for (const [i, file] of files.entries()) {
    const path = join(outDir, names[i]);
    await writeFile(path, file.content);
    paths.push(path);
  }
  return paths;
}
