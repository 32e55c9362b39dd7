/**
 * CSV of one table, for Excel/WPS on Chinese Windows and for data tools.
 *
 * - UTF-8 with a byte-order mark: without it, Excel on a Chinese Windows reads the file as GBK and shows mojibake.
 *   Bytes are returned (not a string) so that the BOM cannot be lost by a later TextEncoder or string concatenation.
 * - RFC 4180: CRLF line ends, fields quoted with doubled quotes; line breaks inside a quoted label are kept.
 * - Amounts are unquoted and plain ("1566.00", "-3.20", "12.5%"), keeping the decimals written: Excel reads them as
 *   numbers and a SUM over a column works. Every text field is quoted, and text that could start a formula is guarded
 *   (formula-guard.ts). 科目编码 are quoted text; note that Excel still turns a quoted "03" into 3 when it opens a CSV —
 *   the XLSX export is the one that keeps codes as text in Excel.
 * - Blank markers ("-", "—", "") are written as empty fields: they mean "no value", and an empty cell keeps SUM and
 *   filters working where a "-" text would not.
 * - Header rows are included. A merged header label is repeated in every column it covers, so that each column still
 *   says what it is after a filter or a sort; a merged amount is written once (export-cells.ts).
 * - Only the grid: no title or unit lines above it, so that the first line is the header for tools like pandas.
 *   Title and unit are in the file name (file-name.ts) and in the JSON and XLSX exports.
 */
import type { TableGrid } from '../model.ts';
import { type ExportCell, exportCells, repeatsIntoCoveredCells } from './export-cells.ts';
import { guardFormula } from './formula-guard.ts';

const BOM = '\ufeff';

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvField(cell: ExportCell): string {
  if (!repeatsIntoCoveredCells(cell)) return '';
  switch (cell.kind) {
    case 'blank':
      return '';
    case 'number':
      return cell.percent ? `${cell.plain}%` : cell.plain;
    case 'text':
    case 'invalid':
      return quote(guardFormula(cell.text));
  }
}

/** The table as CSV text, without the byte-order mark. */
export function tableCsvText(grid: TableGrid): string {
  return exportCells(grid)
    .map((row) => row.map(csvField).join(','))
    .map((line) => `${line}\r\n`)
    .join('');
}

/** The table as a CSV file: UTF-8 bytes starting with the byte-order mark EF BB BF. */
export function tableCsv(grid: TableGrid): Uint8Array {
  return new TextEncoder().encode(BOM + tableCsvText(grid));
}
