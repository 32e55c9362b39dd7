/**
 * One table as a Markdown pipe table, for a report, an issue or a chat: the title (with 表N) and the lines under it
 * (编制单位, 单位) above, the source below.
 *
 * Markdown has one header row and no merges, so the header is each column's path ("财政拨款（补助） / 一般公共预算",
 * the merged label counted once, from TableGrid.colPaths). The body shows numbers as the page prints them
 * ("1,566.00"), because this copy is read by people, not by spreadsheets. A merged label is repeated in every
 * row it covers and a merged amount is written once (export-cells.ts). Columns that hold mostly amounts are
 * right-aligned.
 */
import type { TableGrid } from '../model.ts';
import { exportCells, repeatsIntoCoveredCells } from './export-cells.ts';
import { escapeMarkdown } from './markdown-text.ts';
import { tableHeading, tableMetaLines } from './table-heading.ts';
import type { ExportSource } from './source.ts';

/** An http(s) address as an autolink; anything else (javascript:, text with spaces) as escaped text. */
export function markdownUrl(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : escapeMarkdown(url);
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function tableMarkdown(grid: TableGrid, source: ExportSource = {}): string {
  const cells = exportCells(grid);
  const body = cells.slice(grid.headRows);
  const header = Array.from({ length: grid.width }, (_, c) => escapeMarkdown((grid.colPaths[c] ?? []).join(' / ')));
  const numeric = Array.from({ length: grid.width }, (_, c) => {
    const filled = body.filter((r) => r[c].kind !== 'blank');
    return filled.length > 0 && filled.filter((r) => r[c].kind === 'number').length * 2 > filled.length;
  });
  const lines = [`### ${escapeMarkdown(tableHeading(grid))}`, ''];
  for (const meta of tableMetaLines(grid)) lines.push(escapeMarkdown(meta), '');
  if (grid.width > 0) {
    lines.push(row(header), row(numeric.map((right) => (right ? '---:' : '---'))));
    for (const r of body) {
      lines.push(row(r.map((cell) => (repeatsIntoCoveredCells(cell) ? escapeMarkdown(cell.text) : ''))));
    }
    lines.push('');
  }
  if (source.url) lines.push(`来源 Source: ${markdownUrl(source.url)}`, '');
  return lines.join('\n');
}
