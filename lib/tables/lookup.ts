/**
 * Finding a quantity in the standard tables by meaning — "表1 row 一般公共预算拨款", "表5 合计 row, 基本支出 column" —
 * never by 表N alone: numbers differ between templates (budget-identities.md §0), so tables are found by their
 * classification and rows by name or 科目编码.
 */
import Decimal from 'decimal.js';
import type { StandardTable } from '../classify/standard-table.ts';
import type { Amount, CellRef, TableGrid } from '../model.ts';
import { readCell } from '../rules/cells.ts';
import { tableTitle } from '../rules/findings.ts';
import type { AnalyzedTable, DocumentModel } from '../rules/rule.ts';
import { isOrigin, type RowInfo, type Segment, valueColOf } from '../structure/table-structure.ts';
import type { Basis } from '../templates/catalogue.ts';
import { canonicalLabel } from '../text.ts';

/** A table value found by a lookup: blank cells read as an exact 0 (a blank is not a rounded figure). */
export interface Located {
  table: AnalyzedTable;
  row: number;
  col: number;
  amount: Pick<Amount, 'value' | 'decimals'>;
  blank: boolean;
  /** For messages: "表1 部门收支总体情况表「1. 一般公共预算拨款 / 预算数」". */
  where: string;
  /** Set when the template says whose figure the cell is (a 决算 table's 预算数 column: 'budget'). */
  basis?: Basis;
}

export function tablesOf(doc: DocumentModel, standard: StandardTable): AnalyzedTable[] {
  return doc.tables.filter((t) => t.standard === standard);
}

export function firstTable(doc: DocumentModel, standard: StandardTable): AnalyzedTable | undefined {
  return tablesOf(doc, standard)[0];
}

/** A row whose canonical name matches, searched in every segment (or one). */
export function findRow(
  table: AnalyzedTable,
  match: RegExp | ((row: RowInfo) => boolean),
  segmentIndex?: number,
): { row: RowInfo; segment: Segment } | undefined {
  const test = typeof match === 'function' ? match : (r: RowInfo) => match.test(r.name);
  const segments =
    segmentIndex === undefined ? table.structure.segments : [table.structure.segments[segmentIndex]].filter(Boolean);
  for (const segment of segments) for (const row of segment.rows) if (test(row)) return { row, segment };
  return undefined;
}

export function totalRow(table: AnalyzedTable, segmentIndex?: number) {
  return findRow(table, (r) => r.role === 'total', segmentIndex);
}

export function codeRow(table: AnalyzedTable, code: string) {
  return findRow(table, (r) => r.code?.code === code);
}

/** The value column of a segment whose header path matches (canonical labels, spaces removed). */
export function valueColumn(table: AnalyzedTable, segment: Segment, match: RegExp): number | undefined {
  for (const col of segment.valueCols) {
    const info = table.structure.columns[col];
    if (info && match.test(info.path.join('/'))) return col;
  }
  return undefined;
}

/** Reads a located cell; undefined when the cell is unreadable (never guessed as 0). */
export function locate(table: AnalyzedTable, row: number, col: number, label?: string): Located | undefined {
  const grid = table.grid;
  const read = readCell(grid, row, col);
  if (read.state === 'unreadable') return undefined;
  // "28" in a 2-decimal table stands for 28.00 (§5.1): it carries the table's precision, not fewer decimals.
  const amount =
    read.state === 'number'
      ? { value: read.amount.value, decimals: Math.max(read.amount.decimals, grid.precision) }
      : { value: new Decimal(0), decimals: grid.precision };
  return { table, row, col, amount, blank: read.state === 'blank', where: describeCell(table, row, col, label) };
}

/** Row × column lookup in one call: the row by name (or the total row), the column by header. */
export function lookup(
  table: AnalyzedTable | undefined,
  row: RegExp | 'total' | 'first' | ((r: RowInfo) => boolean),
  col?: RegExp,
  segmentIndex?: number,
): Located | undefined {
  if (!table) return undefined;
  const found =
    row === 'total'
      ? totalRow(table, segmentIndex)
      : row === 'first'
        ? findRow(table, (r) => r.role !== 'blank', segmentIndex)
        : findRow(table, row, segmentIndex);
  if (!found) return undefined;
  // Without a column pattern: the first value column (合计 / 预算数 in most layouts).
  const c = col ? valueColumn(table, found.segment, col) : found.segment.valueCols[0];
  if (c === undefined) return undefined;
  return locate(table, found.row.row, valueColOf(found.row, c), found.row.label);
}

export function cellRef(located: Located): CellRef {
  return { tableId: located.table.grid.id, row: located.row, col: located.col };
}

export function describeCell(table: AnalyzedTable, row: number, col: number, label?: string): string {
  const grid = table.grid;
  const rowLabel = label ?? rowLabelOf(grid, row);
  const colLabel = (grid.colPaths[col] ?? []).map((s) => s.replace(/\s+/g, '')).filter(Boolean).join('›');
  return `${tableTitle(table)}「${[rowLabel, colLabel].filter(Boolean).join(' / ')}」`;
}

function rowLabelOf(grid: TableGrid, row: number): string {
  const cells = grid.rows[row] ?? [];
  return cells.find((c) => c.value.kind === 'text')?.text.replace(/\s+/g, ' ').trim() ?? '';
}

/** True when no body cell of the table holds a non-zero number (an "空表"). */
export function hasNoNumbers(table: AnalyzedTable): boolean {
  const { grid } = table;
  const valueCols = new Set(table.structure.segments.flatMap((s) => s.valueCols));
  for (let r = grid.headRows; r < grid.rows.length; r++)
    for (const c of valueCols) {
      const v = grid.rows[r][c]?.value;
      if (v?.kind === 'number' && !v.amount.value.isZero()) return false;
    }
  return true;
}

/**
 * Performance tables (绩效目标表) are label/value forms, not lists: "年度预算总额: | 90 | 其中: 财政拨款 | 90 | 其他资金: | 0".
 * In row r: the first figure (a number, or an unreadable one) right of the first text cell whose canonical text matches
 * `label`, and that label; undefined when the next label comes before any figure.
 */
export function formCellAfter(
  grid: TableGrid,
  r: number,
  label: RegExp,
): { row: number; col: number; label: string } | undefined {
  const cells = grid.rows[r] ?? [];
  const at = cells.findIndex((cell) => cell.value.kind === 'text' && label.test(canonicalLabel(cell.text)));
  if (at < 0) return undefined;
  const own = canonicalLabel(cells[at].text);
  for (let c = at + 1; c < cells.length; c++) {
    const cell = cells[c];
    if (!isOrigin(cell, r, c)) continue;
    if (cell.value.kind === 'number' || cell.value.kind === 'invalid') return { row: r, col: c, label: own };
    // The next label comes before any figure: this label has none.
    if (cell.value.kind === 'text' && canonicalLabel(cell.text) !== own) return undefined;
  }
  return undefined;
}

/** The first form figure of the table under `label` (see formCellAfter); undefined when it is unreadable. */
export function formValue(table: AnalyzedTable, label: RegExp): Located | undefined {
  for (let r = 0; r < table.grid.rows.length; r++) {
    const at = formCellAfter(table.grid, r, label);
    if (at) return locate(table, at.row, at.col, at.label);
  }
  return undefined;
}

/** Money in 万元: the unit every seed's prose uses; amounts in 元/亿元 are scaled with their decimals shifted. */
export function toWan(amount: Pick<Amount, 'value' | 'decimals'>, unit: '元' | '万元' | '亿元' | undefined) {
  if (unit === '元') return { value: amount.value.div(10_000), decimals: amount.decimals + 4 };
  if (unit === '亿元') return { value: amount.value.times(10_000), decimals: amount.decimals - 4 };
  return { value: amount.value, decimals: amount.decimals };
}
