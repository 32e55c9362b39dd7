/**
 * How many rows at the top of a table are its header.
 *
 * Platform pages say so with <thead> (or rows of <th>); Word "Save as HTML" and bare exports put the header in <td>
 * like everything else, so the header is read from content: it ends at the first row that carries data — an amount,
 * a blank marker ("-"), a classification code (201, "201 一般公共服务支出"), or a lone total label (the "合 计" row of an
 * empty 项目支出表). A header row with a rowspan pulls the rows it covers into the header, and the column-number row
 * ("※ ※ ※ ※ 1 2 3 …", "栏次 1 2 3") that many templates print under the labels belongs to the header too.
 */
import type { RawRow } from '../model.ts';
import type { Placement, PlacedCell } from './place-cells.ts';
import { compact } from '../text.ts';

/** A content-read header longer than this is not believed: the table is prose laid out in cells. */
const MAX_INFERRED_HEAD_ROWS = 8;

/** Marks printed in a column-number row besides the numbers. */
const COLUMN_MARK = /^(?:※|\*|＊|栏次|行次|甲|乙|丙|丁|戊|[A-Za-z])$/;

/** A lone label that makes a row a total row, not a header row. */
const TOTAL_LABEL = /^(?:合计|总计|小计|共计|收入总计|支出总计|收支总计|本年收入合计|本年支出合计)$/;

/** A classification code at the start of a cell: 201, 30101, "201 一般公共服务支出". Years (2023年) are 4 digits. */
const LEADING_CODE = /^\d{3}(?:\d{2}){0,2}(?!\d)/;

/** A bare year (2023) read as a number would make a "2022 | 2023" header row look like data. */
const YEAR = /^(?:19|20)\d\d$/;

/** The cells that start in row `r`, left to right. */
export function rowOrigins(p: Placement, r: number): PlacedCell[] {
  const out: PlacedCell[] = [];
  const row = p.owner[r];
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell && cell.row === r && cell.col === c) out.push(cell);
  }
  return out;
}

/** "※ ※ ※ ※ 1 2 3 …": only marks and the numbers 1, 2, 3 … (or 0, 1, 2 …) in order, at least two of them. */
export function isColumnNumberRow(cells: readonly PlacedCell[]): boolean {
  let expected = -1;
  let numbers = 0;
  for (const cell of cells) {
    const text = compact(cell.text);
    if (text === '') continue;
    if (COLUMN_MARK.test(text)) continue;
    if (!/^\d{1,3}$/.test(text)) return false;
    const n = Number(text);
    if (expected < 0) {
      if (n > 1) return false;
    } else if (n !== expected) return false;
    expected = n + 1;
    numbers++;
  }
  return numbers >= 2;
}

/** Does this row carry data (so the header has ended above it)? */
export function isDataRow(cells: readonly PlacedCell[]): boolean {
  if (isColumnNumberRow(cells)) return false;
  let labels = 0;
  let total = false;
  for (const cell of cells) {
    const text = compact(cell.text);
    if (text === '') continue;
    const kind = cell.value.kind;
    if (kind === 'invalid') return true;
    if (kind === 'number' && !YEAR.test(text)) return true;
    if (kind === 'blank') return true; // "-", "—", "/": platforms print them in empty body cells, never in headers
    if (LEADING_CODE.test(text)) return true;
    labels++;
    if (TOTAL_LABEL.test(text)) total = true;
  }
  return total && labels === 1;
}

/**
 * The number of header rows.
 * @param explicitOnly for forms such as 绩效目标表, whose first rows are key/value pairs, not column labels: only
 *   <thead> counts.
 */
export function countHeadRows(p: Placement, rows: readonly RawRow[], explicitOnly = false): number {
  const n = p.owner.length;
  let head = 0;
  while (head < n && rows[head].section === 'thead') head++;
  if (head === 0 && !explicitOnly) {
    // Rows made only of <th>, in a table without <thead>.
    while (head < n && rows[head].cells.length > 0 && rows[head].cells.every((c) => c.header)) head++;
    if (head === n) head = 0; // a table of nothing but <th> says nothing about its header
  }
  if (explicitOnly && head === 0) return 0;
  if (head === 0) {
    while (head < n && head < MAX_INFERRED_HEAD_ROWS && !isDataRow(rowOrigins(p, head))) head++;
    if (head === MAX_INFERRED_HEAD_ROWS && head < n) head = 1;
  }
  head = coverRowspans(p, head);
  while (head < n && isColumnNumberRow(rowOrigins(p, head))) head = coverRowspans(p, head + 1);
  return head;
}

/** Extends a run of top rows over the rows their rowspans cover. */
export function coverRowspans(p: Placement, head: number): number {
  let end = head;
  for (let r = 0; r < end && r < p.owner.length; r++) {
    for (const cell of rowOrigins(p, r)) end = Math.max(end, cell.row + cell.rowSpan);
  }
  return Math.min(end, p.owner.length);
}
