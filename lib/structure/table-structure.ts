/**
 * What the rows and columns of a grid ARE: code, label and value columns; side-by-side lists; total, 其中 and
 * numbered rows; the 科目编码 of each row. Classification into the standard table set is separate (lib/classify);
 * the checks (lib/rules) read this structure and never the raw grid layout.
 */
import type { Amount, GridCell, TableGrid } from '../model.ts';
import { canonicalLabel, tidy } from '../text.ts';
import { type BudgetCode, codeFromParts, splitLeadingCode } from './budget-code.ts';

export type ColumnRole = 'code' | 'label' | 'value';

export interface ColumnInfo {
  col: number;
  role: ColumnRole;
  /** Header labels top-down, canonical (no spaces, one bracket width). */
  path: string[];
  /** The lowest header label, canonical: '合计', '基本支出', '一般公共预算'. */
  name: string;
}

export type RowRole =
  /** 合计, 总计, 收入总计, 支出总计 … */
  | 'total'
  /** 小计, or a label ending in （小计） */
  | 'subtotal'
  /** A line of the list or of the code hierarchy. */
  | 'item'
  /** "其中：…" and the lines that continue it: a part of the row above, not an addend. */
  | 'ofWhich'
  /** A row with no label and no value. */
  | 'blank';

export interface RowInfo {
  /** Grid row index. */
  row: number;
  /** The label as shown, tidied (code and list marker kept). */
  label: string;
  /** The label without code, list marker or 其中, canonical: for matching. */
  name: string;
  code?: BudgetCode;
  role: RowRole;
  /** List marker depth: 一、 = 1, 1. / （一） = 2; undefined when unnumbered. */
  marker?: 1 | 2;
  /** For 'ofWhich' rows: the row they are a part of. */
  ofWhichParent?: number;
}

/** One list in a table: most tables have one; 收支总体情况表 has an income list and an expenditure list side by side. */
export interface Segment {
  codeCols: number[];
  labelCols: number[];
  valueCols: number[];
  rows: RowInfo[];
}

export interface TableStructure {
  columns: ColumnInfo[];
  segments: Segment[];
  /** Body rows (grid indices) that hold data, in order. */
  bodyRows: number[];
}

const TOTAL_NAMES = /^(?:合计|总计|收入总计|支出总计|收支总计|本年收入合计|本年支出合计|收入合计|支出合计|合计数|全部合计)$/;
const SUBTOTAL_NAME = /^(?:小计|.*（小计）)$/;
const OF_WHICH = /^其中[：:]?/;
const MARKER_1 = /^[一二三四五六七八九十]+[、.．]/;
const MARKER_2 = /^(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]+[）)])/;
const CODE_HEADER = /^(?:类|款|项|科目编码|功能分类科目编码|经济分类科目编码|编码|代码|科目代码)$/;

export function isTotalName(name: string): boolean {
  return TOTAL_NAMES.test(name);
}

export function amountAt(grid: TableGrid, row: number, col: number): Amount | undefined {
  const cell = grid.rows[row]?.[col];
  if (!cell || !isOrigin(cell, row, col)) return undefined;
  return cell.value.kind === 'number' ? cell.value.amount : undefined;
}

/** A merged cell is read once, at its top-left cell. */
export function isOrigin(cell: GridCell, row: number, col: number): boolean {
  return cell.originRow === row && cell.originCol === col;
}

export function analyzeStructure(grid: TableGrid): TableStructure {
  const bodyRows: number[] = [];
  for (let r = grid.headRows; r < grid.rows.length; r++) bodyRows.push(r);
  const columns = classifyColumns(grid, bodyRows);
  const segments = splitSegments(columns).map((seg) => ({ ...seg, rows: readRows(grid, seg, bodyRows) }));
  return { columns, segments, bodyRows };
}

function classifyColumns(grid: TableGrid, bodyRows: number[]): ColumnInfo[] {
  const columns: ColumnInfo[] = [];
  for (let c = 0; c < grid.width; c++) {
    const path = dedupe((grid.colPaths[c] ?? []).map(canonicalLabel).filter(Boolean));
    const name = path[path.length - 1] ?? '';
    let numbers = 0;
    let codeLike = 0;
    let text = 0;
    for (const r of bodyRows) {
      const cell = grid.rows[r][c];
      if (!isOrigin(cell, r, c)) continue;
      if (cell.value.kind === 'number' || cell.value.kind === 'invalid') {
        numbers++;
        if (/^\d{2,7}$/.test(cell.text.replace(/\s+/g, ''))) codeLike++;
      } else if (cell.value.kind === 'text') text++;
    }
    let role: ColumnRole;
    if (CODE_HEADER.test(name) && text === 0) role = 'code';
    else if (numbers > 0 && codeLike === numbers && text === 0 && path.some((p) => /编码|代码|科目|类|款|项/.test(p)))
      role = 'code';
    else if (text > numbers) role = 'label';
    else if (numbers > 0) role = 'value';
    // An empty column: its header decides (an empty 政府性基金预算 column is still a value column).
    else role = /名称|项目|内容|科目|单位/.test(name) && !/合计|小计|总计|支出|收入|预算|经费/.test(name) ? 'label' : 'value';
    columns.push({ col: c, role, path, name });
  }
  return columns;
}

function dedupe(labels: string[]): string[] {
  return labels.filter((label, i) => i === 0 || label !== labels[i - 1]);
}

/** A label or code column that follows a value column starts a new side-by-side list. */
function splitSegments(columns: ColumnInfo[]): Omit<Segment, 'rows'>[] {
  const segments: Omit<Segment, 'rows'>[] = [];
  let current: Omit<Segment, 'rows'> | undefined;
  for (const column of columns) {
    if (column.role !== 'value' && (!current || current.valueCols.length > 0)) {
      current = { codeCols: [], labelCols: [], valueCols: [] };
      segments.push(current);
    }
    if (!current) {
      current = { codeCols: [], labelCols: [], valueCols: [] };
      segments.push(current);
    }
    if (column.role === 'code') current.codeCols.push(column.col);
    else if (column.role === 'label') current.labelCols.push(column.col);
    else current.valueCols.push(column.col);
  }
  return segments.filter((s) => s.valueCols.length > 0);
}

function readRows(grid: TableGrid, seg: Omit<Segment, 'rows'>, bodyRows: number[]): RowInfo[] {
  const rows: RowInfo[] = [];
  let ofWhichParent: number | undefined;
  let lastNonPart: number | undefined;
  for (const r of bodyRows) {
    const cells = grid.rows[r];
    const labelText = tidy(
      seg.labelCols
        .map((c) => cells[c].text)
        .filter((t, i, all) => t !== '' && all.indexOf(t) === i)
        .join(' '),
    );
    let code = codeFromParts(seg.codeCols.map((c) => cells[c].text));
    let rest = labelText;
    if (!code) {
      const split = splitLeadingCode(labelText);
      if (split.code) {
        code = split.code;
        rest = split.rest;
      }
    }
    const hasValue = seg.valueCols.some((c) => cells[c].value.kind !== 'blank');
    const canonical = canonicalLabel(rest);
    let marker: RowInfo['marker'];
    let name = canonical;
    if (MARKER_1.test(name)) {
      marker = 1;
      name = name.replace(MARKER_1, '');
    } else if (MARKER_2.test(name)) {
      marker = 2;
      name = name.replace(MARKER_2, '');
    }
    const ofWhich = OF_WHICH.test(name);
    if (ofWhich) name = name.replace(OF_WHICH, '');

    let role: RowRole;
    if (!labelText && !code && !hasValue) role = 'blank';
    else if (TOTAL_NAMES.test(name)) role = 'total';
    else if (ofWhich) role = 'ofWhich';
    else if (ofWhichParent !== undefined && !code && marker === undefined && !SUBTOTAL_NAME.test(name))
      // "其中：一般财力" is followed by "上级…转移支付" with no 其中 of its own: the list goes on until the next
      // numbered, coded or total row (收支总体情况表, 三公经费表).
      role = 'ofWhich';
    else if (SUBTOTAL_NAME.test(name)) role = 'subtotal';
    else role = 'item';

    if (role === 'ofWhich') {
      if (ofWhich) ofWhichParent = lastNonPart;
    } else if (role !== 'blank') {
      ofWhichParent = undefined;
      lastNonPart = r;
    }
    const info: RowInfo = { row: r, label: labelText, name, role };
    if (code) info.code = code;
    if (marker) info.marker = marker;
    if (role === 'ofWhich' && ofWhichParent !== undefined) info.ofWhichParent = ofWhichParent;
    rows.push(info);
  }
  return rows;
}

/** The column label for messages: the header path joined, e.g. "一般公共预算支出 › 基本支出". */
export function columnLabel(grid: TableGrid, col: number): string {
  const path = dedupe((grid.colPaths[col] ?? []).map(tidy).filter(Boolean));
  return path.join(' › ');
}
