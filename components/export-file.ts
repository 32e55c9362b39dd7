/**
 * Export files built where the report (with its Decimals) lives — the engine in a page, the PDF viewer in its own
 * page: lib/export turns a TableGrid into CSV / TSV / Markdown / JSON / XLSX and a Report into a workbook or an
 * evidence pack; this file picks the file name (lib/export/file-name.ts: department, year, 表N, title) and packs the
 * bytes for a message (base64) or a download.
 */
import { tableCsv } from '../lib/export/csv.ts';
import { evidencePack } from '../lib/export/evidence.ts';
import { exportFileName, fileMetaFromTitle } from '../lib/export/file-name.ts';
import { tableJsonText } from '../lib/export/json.ts';
import { tableMarkdown } from '../lib/export/markdown.ts';
import type { ExportSource } from '../lib/export/source.ts';
import { tableTsv } from '../lib/export/tsv.ts';
import { pageWorkbook, tableWorkbook, XLSX_MIME, type XlsxSheet } from '../lib/export/xlsx.ts';
import type { Report, TableGrid } from '../lib/model.ts';
import { bytesToBase64 } from './download.ts';
import type { ExportFile, ExportFormat } from './protocol.ts';

export { TABLE_EXPORT_FORMATS } from './formats.ts';

export interface ExportInputs {
  report: Report;
  /** The text that was checked (page-text.ts), hashed into the evidence pack. */
  pageText: string;
  /**
   * SHA-256 (hex) of a text. crypto.subtle exists only in secure contexts, which an http:// government page is not,
   * so the engine asks the background for it.
   */
  sha256(text: string): Promise<string>;
  /**
   * The file that was checked (a PDF opened in the viewer). When given, the evidence pack hashes its bytes instead of
   * the text (hashed: 'source-file', as the CLI does for a saved file): a reporter can then run `sha256sum` on the
   * downloaded PDF and show it is the one the evidence describes.
   */
  sourceFile?: { sha256(): Promise<string> };
  /**
   * Writes XLSX sheets to bytes (lib/export/xlsx-bytes.ts). Not imported here: the writer (write-excel-file and its
   * zip, a quarter of the engine bundle and 6–7 ms of setting up on every page it was loaded into) is what a check
   * never uses, so the engine loads it into the page on the first workbook asked for (entrypoints/engine/xlsx-loader.ts);
   * the PDF viewer, a page of its own, passes xlsxBytes.
   */
  xlsxBytes(sheets: XlsxSheet[]): Promise<Uint8Array>;
  now?: Date;
}

async function tableFile(
  grid: TableGrid,
  format: ExportFormat,
  source: ExportSource,
  name: (ext: string) => string,
  xlsxBytes: ExportInputs['xlsxBytes'],
) {
  switch (format) {
    case 'csv':
      return { filename: name('csv'), mime: 'text/csv', base64: bytesToBase64(tableCsv(grid)) };
    case 'tsv':
      return { filename: name('tsv'), mime: 'text/tab-separated-values', text: tableTsv(grid) };
    case 'markdown':
      return { filename: name('md'), mime: 'text/markdown', text: tableMarkdown(grid, source) };
    case 'json':
      return { filename: name('json'), mime: 'application/json', text: tableJsonText(grid, source) };
    case 'xlsx':
      return { filename: name('xlsx'), mime: XLSX_MIME, base64: bytesToBase64(await xlsxBytes(tableWorkbook(grid, source))) };
    default:
      throw new Error(`一张表不能导出为 ${format} / a single table does not export as ${format}`);
  }
}

/** One table (tableId given), or the whole page: a workbook of every table and the findings, or the evidence pack. */
export async function buildExportFile(inputs: ExportInputs, format: ExportFormat, tableId?: string): Promise<ExportFile> {
  const { report } = inputs;
  const source: ExportSource = { url: report.url, pageTitle: report.title };
  const meta = fileMetaFromTitle(report.title);
  if (tableId !== undefined) {
    const grid = report.tables.find((table) => table.id === tableId);
    if (!grid) throw new Error(`本页没有表格 ${tableId} / no table ${tableId} on this page`);
    return tableFile(grid, format, source, (ext) => exportFileName(meta, grid, ext), inputs.xlsxBytes);
  }
  switch (format) {
    case 'xlsx':
      return {
        filename: exportFileName(meta, undefined, 'xlsx'),
        mime: XLSX_MIME,
        base64: bytesToBase64(await inputs.xlsxBytes(pageWorkbook(report, source))),
      };
    case 'evidence-html':
    case 'evidence-markdown':
    case 'evidence-json': {
      const pack = evidencePack(report, {
        url: report.url,
        pageTitle: report.title,
        checkedAt: (inputs.now ?? new Date()).toISOString(),
        pageTextHash: inputs.sourceFile ? await inputs.sourceFile.sha256() : await inputs.sha256(inputs.pageText),
        hashed: inputs.sourceFile ? 'source-file' : 'page-text',
      });
      if (format === 'evidence-html') {
        return { filename: exportFileName(meta, undefined, 'html', '核对证据'), mime: 'text/html', text: pack.html };
      }
      if (format === 'evidence-markdown') {
        return { filename: exportFileName(meta, undefined, 'md', '核对证据'), mime: 'text/markdown', text: pack.markdown };
      }
      return { filename: exportFileName(meta, undefined, 'json', '核对证据'), mime: 'application/json', text: pack.json };
    }
    default:
      throw new Error(`整页不能导出为 ${format} / the whole page does not export as ${format}`);
  }
}
