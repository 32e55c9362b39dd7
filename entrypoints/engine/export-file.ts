/**
 * Export files built in the page, where the report (with its Decimals) lives: lib/export turns a TableGrid into
 * CSV / TSV / Markdown / JSON / XLSX; this file only names the file and packs the bytes for a message (base64) or a
 * download. The page overlay downloads directly; the popup receives the ExportFile and saves it.
 */
import { tableCsv } from '../../lib/export/csv.ts';
import { tableJsonText } from '../../lib/export/json.ts';
import { tableMarkdown } from '../../lib/export/markdown.ts';
import type { ExportSource } from '../../lib/export/source.ts';
import { tableHeading } from '../../lib/export/table-heading.ts';
import { tableTsv } from '../../lib/export/tsv.ts';
import { pageWorkbook, tableWorkbook } from '../../lib/export/xlsx.ts';
import { XLSX_MIME, xlsxBytes } from '../../lib/export/xlsx-bytes.ts';
import type { Report, TableGrid } from '../../lib/model.ts';
import { bytesToBase64 } from '../../components/download.ts';
import type { ExportFile, ExportFormat } from '../../components/protocol.ts';

/** Formats offered for one table, in menu order. */
export const TABLE_EXPORT_FORMATS: ExportFormat[] = ['xlsx', 'csv', 'markdown', 'json'];

/** Characters Windows, macOS or a download shelf refuse in a file name, and control characters. */
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

export function safeFileName(base: string, extension: string): string {
  const cleaned = base.replace(UNSAFE_IN_NAME, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'budget-check';
  return `${cleaned}.${extension}`;
}

async function tableFile(grid: TableGrid, format: ExportFormat, source: ExportSource): Promise<ExportFile> {
  const base = tableHeading(grid);
  switch (format) {
    case 'csv':
      return { filename: safeFileName(base, 'csv'), mime: 'text/csv', base64: bytesToBase64(tableCsv(grid)) };
    case 'tsv':
      return { filename: safeFileName(base, 'tsv'), mime: 'text/tab-separated-values', text: tableTsv(grid) };
    case 'markdown':
      return { filename: safeFileName(base, 'md'), mime: 'text/markdown', text: tableMarkdown(grid, source) };
    case 'json':
      return { filename: safeFileName(base, 'json'), mime: 'application/json', text: tableJsonText(grid, source) };
    case 'xlsx':
      return {
        filename: safeFileName(base, 'xlsx'),
        mime: XLSX_MIME,
        base64: bytesToBase64(await xlsxBytes(tableWorkbook(grid, source))),
      };
    case 'evidence':
      throw new Error('evidence export is made for the whole page, not one table');
  }
}

/** One table (tableId given) or the whole page (a workbook with every table and the findings). */
export async function buildExportFile(report: Report, format: ExportFormat, tableId?: string): Promise<ExportFile> {
  const source: ExportSource = { url: report.url, pageTitle: report.title };
  if (tableId !== undefined) {
    const grid = report.tables.find((table) => table.id === tableId);
    if (!grid) throw new Error(`no table ${tableId} on this page`);
    return tableFile(grid, format, source);
  }
  if (format !== 'xlsx') throw new Error(`the whole page exports as xlsx, not ${format}`);
  return {
    filename: safeFileName(report.title || 'budget-check', 'xlsx'),
    mime: XLSX_MIME,
    base64: bytesToBase64(await xlsxBytes(pageWorkbook(report, source))),
  };
}
