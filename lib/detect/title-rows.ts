/**
 * Rows at the top of a table that are not part of it: a title cell spanning the whole first row
 * ("表1 单位收支总体情况表"), or a row holding only 编制单位：… / 单位：万元. Sites that build the page from a
 * spreadsheet put these inside the <table>. They are taken out of the grid and read as the table's heading.
 */
import { rowOrigins } from '../grid/head-rows.ts';
import type { Placement } from '../grid/place-cells.ts';
import { isMetaLine, parseTitleLine, splitMetaLine } from './heading-lines.ts';

/** At most this many title/meta rows are looked for (title, 编制单位, 单位). */
const MAX_TITLE_ROWS = 3;

export interface TitleRows {
  /** How many rows at the top are title or meta rows. */
  count: number;
  /** Their text, one line per non-empty cell. */
  lines: string[];
}

export function titleRows(p: Placement): TitleRows {
  const lines: string[] = [];
  let count = 0;
  // Always leave at least one row: a one-row table whose only cell is title-like is a table, not a title.
  while (count < MAX_TITLE_ROWS && count < p.owner.length - 1) {
    const origins = rowOrigins(p, count);
    if (origins.length === 0 || origins.some((cell) => cell.rowSpan > 1)) break;
    // A covered slot from a rowspan above cannot happen in row 0; in later rows it would tie the row to the table.
    if (p.owner[count].some((cell) => cell !== undefined && cell.row !== count)) break;
    const texts = origins.map((cell) => cell.text).filter((t) => t !== '');
    if (texts.length === 0) break;
    const cellLines = texts.flatMap((t) => t.split('\n'));
    if (!cellLines.every((line) => isHeadingLine(line))) break;
    for (const line of cellLines) lines.push(line);
    count++;
  }
  return { count, lines };
}

/**
 * The lines of a table that holds nothing but heading lines — a one-row "编制单位：某局 | 单位：万元" table that some
 * sites put between the title and the budget table, or a title set in a table of its own — or undefined.
 */
export function headingTableLines(p: Placement): string[] | undefined {
  // A heading is a line or three; a longer table of title-like lines is a table of contents, not a heading.
  if (p.owner.length > MAX_TITLE_ROWS) return undefined;
  const lines: string[] = [];
  for (const cell of p.cells) {
    if (cell.text === '') continue;
    for (const line of cell.text.split('\n')) {
      if (!isHeadingLine(line)) return undefined;
      lines.push(line);
    }
  }
  return lines.length > 0 ? lines : undefined;
}

/** A title, a 表N number, a continuation mark or a meta line (编制单位, 单位：万元). */
function isHeadingLine(line: string): boolean {
  if (parseTitleLine(line) !== undefined) return true;
  const parts = splitMetaLine(line);
  return parts.length > 0 && parts.every(isMetaLine);
}
