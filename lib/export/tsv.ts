/**
 * Tab-separated text of one table for the clipboard: paste into Excel, WPS or a web spreadsheet and each cell lands
 * in its own cell. No byte-order mark (the clipboard carries text, not bytes). A tab or line break inside a cell
 * would start a new cell or row on paste, so each run of them becomes one space. Excel's paste parser takes a field
 * that starts with a double quote as a quoted field, so such a field is quoted (quotes doubled) to arrive intact.
 * Amounts are plain numbers and text is guarded against formulas, as in the CSV (csv.ts, formula-guard.ts).
 */
import type { TableGrid } from '../model.ts';
import { type ExportCell, exportCells, repeatsIntoCoveredCells } from './export-cells.ts';
import { guardFormula } from './formula-guard.ts';

const CELL_BREAKS = /[\t\r\n\u2028\u2029]+/g;

export function tsvField(cell: ExportCell): string {
  if (!repeatsIntoCoveredCells(cell)) return '';
  switch (cell.kind) {
    case 'blank':
      return '';
    case 'number':
      return cell.percent ? `${cell.plain}%` : cell.plain;
    case 'text':
    case 'invalid': {
      const text = guardFormula(cell.text.replace(CELL_BREAKS, ' '));
      return text.startsWith('"') ? `"${text.replace(/"/g, '""')}"` : text;
    }
  }
}

/** The table as clipboard text: header rows first, CRLF between rows (what Excel itself puts on the clipboard). */
export function tableTsv(grid: TableGrid): string {
  return exportCells(grid)
    .map((row) => row.map(tsvField).join('\t'))
    .join('\r\n');
}
