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

export interface MarkdownSource {
  url?: string;
}

/** "表2 单位收入总体情况表", or the title alone, or "表格 3" for an untitled third table. */
export function tableHeading(grid: TableGrid): string {
  const title = grid.title?.trim() || `表格 ${grid.index + 1}`;
  return grid.number ? `表${grid.number} ${title}` : title;
}

/** The meta lines, plus "单位：万元" when the unit was read but no line says it. */
export function tableMetaLines(grid: TableGrid): string[] {
  const lines = grid.meta.map((line) => line.trim()).filter((line) => line !== '');
  if (grid.unit && !lines.some((line) => /单\s*位\s*[:：]/.test(line) && line.includes(grid.unit!.name))) {
    lines.push(`单位：${grid.unit.name}`);
  }
  return lines;
}

/** An http(s) address as an autolink; anything else (javascript:, text with spaces) as escaped text. */
export function markdownUrl(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : escapeMarkdown(url);
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function tableMarkdown(grid: TableGrid, source: MarkdownSource = {}): string {
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
