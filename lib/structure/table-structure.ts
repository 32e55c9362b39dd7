/**
 * What the rows and columns of a grid ARE: code, label and value columns; side-by-side lists; total, 其中 and
 * numbered rows; the 科目编码 of each row. Classification into the standard table set is separate (lib/classify);
 * the checks (lib/rules) read this structure and never the raw grid layout.
 */

import type { GridCell, TableGrid } from '../model.ts';
import { finish, PauseEvery, ROWS_PER_PAUSE, type Steps } from '../steps.ts';
import { canonicalLabel, tidy } from '../text.ts';
import { type BudgetCode, codeFromParts, parseCode, splitLeadingCode } from './budget-code.ts';
import { groupedLabels } from './row-groups.ts';
import { spannedValueCols } from './spanned-value.ts';
import { SUBTOTAL_NAME, TOTAL_NAMES } from './total-names.ts';

/**
 * 'rate': a column of percentages (增减率, 占比, 完成率): read, but never added up — rates are not additive.
 * 'index': the rows' numbering (序号 1, 2, 3 …): neither a figure nor a name, read as nothing.
 */
export type ColumnRole = 'code' | 'label' | 'value' | 'rate' | 'index';

/**
 * A header label as the structure reads it: canonical, without a unit tail ("合计（万元）", "金额(元)"). The unit is the
 * table's, read with its title or from this very label (lib/detect/table-unit.ts); left on, it hid 合计 from the
 * column tree, and the 合计 column was added to its own parts.
 */
function headerName(label: string): string {
  return canonicalLabel(label).replace(UNIT_TAIL, '');
}
const UNIT_TAIL = /（(?:亿元|万元|元)）$/;

/** A header that numbers the rows: 序号, 编号, 行次, 栏次. */
const INDEX_HEADER = /^(?:序号|顺序号|编号|行次|栏次|No\.?)$/i;

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
  /**
   * For a line of a row group that has a 小计 line (lib/structure/row-groups.ts): the grid row of that 小计. The line
   * is a part of the 小计, not of the table's total.
   */
  subtotalRow?: number;
  /**
   * Where the row's label spans over some of the segment's value columns (lib/structure/spanned-value.ts): value
   * column → the grid column that holds the row's amount for it. Read through `valueColOf`.
   */
  valueAt?: Record<number, number>;
  /**
   * In a segment of several label columns: which of them (0-based, left to right) is the rightmost one the row writes
   * in. 政府采购预算表 writes its levels in different columns — 一、货物A | 专项名称 | 经济科目 | 采购物品名称 — so a line
   * that stops at 经济科目 is a level above the 采购物品 lines under it.
   */
  labelDepth?: number;
}

/** The grid column holding a row's amount for a segment value column (see RowInfo.valueAt). */
export function valueColOf(row: RowInfo, col: number): number {
  return row.valueAt?.[col] ?? col;
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

const OF_WHICH = /^其中[：:]?/;
const MARKER_1 = /^[一二三四五六七八九十]+[、.．]/;
const MARKER_2 = /^(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]+[）)])/;
// 科目编码, 功能分类科目编码, 经济分类科目编码, and Jiangsu's 功能科目编码 / 经济科目编码.
const CODE_HEADER = /^(?:类|款|项|(?:功能|经济)?(?:分类)?科目(?:编码|代码)|编码|代码)$/;

/**
 * The row a cell is on, in the segment its column belongs to: a 收支总表 has a row of each side on one line, with the
 * same row number. A value spanned in from another column (valueAt) counts as that segment's; else any segment's row.
 */
export function rowInfoAt(structure: TableStructure, row: number, col: number): RowInfo | undefined {
  const { segments } = structure;
  const own = segments.find(
    (s) => s.valueCols.includes(col) || s.rows.some((r) => r.row === row && Object.values(r.valueAt ?? {}).includes(col)),
  );
  return (own?.rows ?? []).find((r) => r.row === row) ?? segments.flatMap((s) => s.rows).find((r) => r.row === row);
}

/** A merged cell is read once, at its top-left cell. */
export function isOrigin(cell: GridCell, row: number, col: number): boolean {
  return cell.originRow === row && cell.originCol === col;
}

export function analyzeStructure(grid: TableGrid): TableStructure {
  return finish(analyzeStructureSteps(grid));
}

/** analyzeStructure, pausing inside the columns' classification and each segment's rows. */
export function* analyzeStructureSteps(grid: TableGrid): Steps<TableStructure> {
  const bodyRows: number[] = [];
  for (let r = grid.headRows; r < grid.rows.length; r++) bodyRows.push(r);
  const columns = yield* classifyColumns(grid, bodyRows);
  yield;
  const amountCols = new Set(columns.filter((c) => c.role === 'value').map((c) => c.col));
  const segments: Segment[] = [];
  for (const seg of splitSegments(columns)) {
    segments.push({ ...seg, rows: yield* readRows(grid, seg, bodyRows, amountCols) });
    yield;
  }
  return { columns, segments, bodyRows };
}

/** What each column holds, by its header and its cells; pauses after each column and inside a long one. */
function* classifyColumns(grid: TableGrid, bodyRows: number[]): Steps<ColumnInfo[]> {
  const columns: ColumnInfo[] = [];
  const pause = new PauseEvery(ROWS_PER_PAUSE);
  for (let c = 0; c < grid.width; c++) {
    const path = dedupe((grid.colPaths[c] ?? []).map(headerName).filter(Boolean));
    const name = path[path.length - 1] ?? '';
    let numbers = 0;
    let percents = 0;
    let codeLike = 0;
    let text = 0;
    /** Text cells that are a total's label spanning on into the next column ("合计" over 科目编码 | 科目名称). */
    let spanningTotals = 0;
    /** Text cells that name a total, spanning or not. */
    let totalTexts = 0;
    /** Number cells that read as 科目编码 (201, 20103, 2010301). */
    let budgetCodes = 0;
    /** The whole numbers 1, 2, 3 … in body order (blanks skipped): the next one expected, 0 once the run broke. */
    let nextIndex = 1;
    for (const r of bodyRows) {
      if (pause.due()) yield;
      const cell = grid.rows[r][c];
      if (!isOrigin(cell, r, c)) continue;
      if (cell.value.kind === 'number' || cell.value.kind === 'invalid') {
        numbers++;
        if (cell.value.kind === 'number' && cell.value.amount.percent) percents++;
        if (/^\d{2,7}$/.test(cell.text.replace(/\s+/g, ''))) {
          codeLike++;
          if (parseCode(cell.text)) budgetCodes++;
        }
        const n = cell.value.kind === 'number' ? cell.value.amount : undefined;
        nextIndex = n && nextIndex > 0 && n.decimals === 0 && !n.percent && n.value.eq(nextIndex) ? nextIndex + 1 : 0;
      } else if (cell.value.kind === 'text') {
        text++;
        const next = grid.rows[r][c + 1];
        const total = TOTAL_NAMES.test(canonicalLabel(cell.text));
        if (total) totalTexts++;
        if (total && next && next.originRow === r && next.originCol === c) spanningTotals++;
      }
    }
    let role: ColumnRole;
    // Numbered rows: by the header, or by a column that counts 1, 2, 3 … down the body and holds nothing else (a 合计
    // row may leave it blank or name itself in it).
    // "编号" over 科目编码 is a code column all the same.
    if (numbers > 0 && budgetCodes === numbers && text === spanningTotals && INDEX_HEADER.test(name)) role = 'code';
    else if (INDEX_HEADER.test(name) || (nextIndex > 3 && text === totalTexts)) role = 'index';
    else if (isRateColumn(path) || (numbers > 0 && percents * 2 > numbers)) role = 'rate';
    else if (CODE_HEADER.test(name) && text === spanningTotals) role = 'code';
    else if (
      numbers > 0 &&
      codeLike === numbers &&
      text === spanningTotals &&
      path.some((p) => /编码|代码|科目|类|款|项/.test(p))
    )
      role = 'code';
    else if (text > numbers) role = 'label';
    else if (numbers > 0) role = 'value';
    // An empty column: its header decides (an empty 政府性基金预算 column is still a value column).
    else role = /名称|项目|内容|科目|单位/.test(name) && !/合计|小计|总计|支出|收入|预算|经费/.test(name) ? 'label' : 'value';
    columns.push({ col: c, role, path, name });
  }
  return columns;
}

/**
 * A header that names a rate or a share — 增减率, 增长率（%）, 占比, 比重, 完成率, 执行率 — or a unit of percent: its
 * figures are ratios, and a column of ratios does not add up (the 合计 row's rate is not the sum of the rows').
 */
function isRateColumn(path: readonly string[]): boolean {
  const name = path[path.length - 1] ?? '';
  return /率|比例|占比|比重|[%％]|百分比/.test(name) && !/金额|合计|总计|万元/.test(name);
}

function dedupe(labels: string[]): string[] {
  return labels.filter((label, i) => i === 0 || label !== labels[i - 1]);
}

/** A label or code column that follows a value column starts a new side-by-side list. */
function splitSegments(columns: ColumnInfo[]): Omit<Segment, 'rows'>[] {
  const segments: Omit<Segment, 'rows'>[] = [];
  let current: Omit<Segment, 'rows'> | undefined;
  for (const column of columns) {
    // A rate column sits among the value columns of its list and is no part of it; nor is the rows' numbering.
    if (column.role === 'rate' || column.role === 'index') continue;
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

function* readRows(
  grid: TableGrid,
  seg: Omit<Segment, 'rows'>,
  bodyRows: number[],
  amountCols: ReadonlySet<number>,
): Steps<RowInfo[]> {
  const rows: RowInfo[] = [];
  const pause = new PauseEvery(ROWS_PER_PAUSE);
  let ofWhichParent: number | undefined;
  let lastNonPart: number | undefined;
  const grouped = groupedLabels(grid, seg.labelCols, bodyRows);
  yield;
  for (const r of bodyRows) {
    if (pause.due()) yield;
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
    // In a row group the line's own label says what the row is (小计, 其中：…); the group label says where it belongs.
    const group = code ? undefined : grouped.get(r);
    if (group) rest = group.line;
    const valueAt = spannedValueCols(grid, r, seg.labelCols, seg.valueCols, amountCols);
    const hasValue = seg.valueCols.some((c) => cells[valueAt?.[c] ?? c].value.kind !== 'blank');
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
    if (valueAt) info.valueAt = valueAt;
    if (seg.labelCols.length > 1 && labelText) info.labelDepth = rightmostLabel(grid, r, seg.labelCols);
    rows.push(info);
  }
  linkGroupSubtotals(rows, grouped);
  return rows;
}

/** Index into labelCols of the rightmost label cell the row itself writes in (a cell spanned down from above is not). */
function rightmostLabel(grid: TableGrid, r: number, labelCols: readonly number[]): number | undefined {
  for (let i = labelCols.length - 1; i >= 0; i--) {
    const cell = grid.rows[r][labelCols[i]];
    if (cell.originRow === r && cell.text.trim() !== '') return i;
  }
  return undefined;
}

/** The lines of a row group that has one 小计 line are that 小计's parts (lib/structure/row-groups.ts). */
function linkGroupSubtotals(rows: RowInfo[], grouped: ReturnType<typeof groupedLabels>): void {
  const byKey = new Map<string, RowInfo[]>();
  for (const row of rows) {
    const group = grouped.get(row.row);
    if (!group || row.code) continue;
    const members = byKey.get(group.key);
    if (members) members.push(row);
    else byKey.set(group.key, [row]);
  }
  for (const members of byKey.values()) {
    const subtotals = members.filter((m) => m.role === 'subtotal');
    if (subtotals.length !== 1) continue;
    for (const m of members) if (m.role === 'item') m.subtotalRow = subtotals[0].row;
  }
}

/** Per grid, the column labels already joined: every relation a rule checks names its column. */
const columnLabels = new WeakMap<TableGrid, string[]>();

/** The column label for messages: the header path joined, e.g. "一般公共预算支出 › 基本支出". */
export function columnLabel(grid: TableGrid, col: number): string {
  let labels = columnLabels.get(grid);
  if (!labels) {
    labels = [];
    columnLabels.set(grid, labels);
  }
  let label = labels[col];
  if (label === undefined) {
    label = dedupe((grid.colPaths[col] ?? []).map(tidy).filter(Boolean)).join(' › ');
    labels[col] = label;
  }
  return label;
}
