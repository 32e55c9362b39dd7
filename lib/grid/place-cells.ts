/**
 * Places the cells of table rows into grid slots, the way the HTML table model does: every cell takes the first free
 * slot of its row, rowspans reserve slots in the rows below, and colspans reserve slots to the right.
 *
 * Hostile or broken markup never makes the grid explode or the walk hang:
 * - colspan is clamped to [1, 1000] (the HTML limit), and no row reaches past `maxWidth`: the widest row's cell
 *   count, or more when the table is small enough — rows × maxWidth stays within MAX_GRID_SLOTS, so colspans cannot
 *   multiply the grid (the columns an overlong colspan adds are dropped by buildGrid, as no cell starts in them);
 * - rowspan=0 means "to the end of the row group" (HTML); any rowspan stops at the end of its group and of its piece;
 * - a cell that would overlap a slot reserved by a rowspan from above is narrowed so it does not.
 *
 * Page breaks (a table cut into pieces, `pieceStarts`): Word cuts a vertically merged cell in two and writes the lower
 * half as an EMPTY cell with its own rowspan at the top of the next piece (000 项目支出绩效目标表: 成本指标 / 经济成本指标
 * continue on the next page as `<td rowspan=4></td>`). Such a cell continues the merged cell above it. An empty cell
 * without rowspan is only read that way in a form's left columns (see `form`): in a budget table an empty label cell
 * under a label is just empty (表1's income column ends before its expenditure column).
 *
 * Ragged rows (seed-findings §7.2 T5): a body row longer than the header because of an extra empty cell after a page
 * break is right-aligned: the surplus empty cells just before its last value are dropped, so 97.02 lands under 单位资金
 * instead of 财政拨款结转.
 *
 * Time and memory are linear in the number of grid slots.
 */
import type { CellValue, RawCell, RawRow } from '../model.ts';
import { finish, PauseEvery, ROWS_PER_PAUSE, type Steps } from '../steps.ts';
import { cellValue } from './cell-value.ts';
import { normalizeCellText } from './normalize-text.ts';

/** HTML caps colspan at 1000 and rowspan at 65534. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/** Above this many slots a grid is cut to fewer columns: no real table comes near it (20,000 rows × 15 = 300,000). */
export const MAX_GRID_SLOTS = 4_000_000;

/**
 * One source cell placed in the grid. `rowSpan`/`colSpan` are the slots it really covers. Its text and value are
 * worked out when first asked for: detection looks at a few rows of each piece, and only the final grid reads every
 * cell.
 */
export class PlacedCell {
  private normalized: string | undefined;
  private parsed: CellValue | undefined;

  constructor(
    readonly source: RawCell,
    readonly row: number,
    readonly col: number,
    public rowSpan: number,
    readonly colSpan: number,
    /** Position of the source cell in its source row. */
    readonly index: number,
  ) {}

  /** Whitespace-normalised text. Setting it (joining a wrapped label) resets the value. */
  get text(): string {
    if (this.normalized === undefined) this.normalized = normalizeCellText(this.source.text);
    return this.normalized;
  }

  set text(text: string) {
    this.normalized = text;
    this.parsed = undefined;
  }

  get value(): CellValue {
    if (this.parsed === undefined) this.parsed = cellValue(this.text);
    return this.parsed;
  }

  /** <th> or inside <thead>. */
  get header(): boolean {
    return this.source.header;
  }

  get anchor(): unknown {
    return this.source.anchor;
  }
}

export interface Placement {
  /** owner[r][c]: the cell covering slot (r, c). A row can be shorter than `width`: its missing slots are holes. */
  owner: (PlacedCell | undefined)[][];
  /** Every placed cell, in reading order. */
  cells: PlacedCell[];
  /** The number of columns: the end of the longest row. */
  width: number;
  /** Repairs made (Chinese first, English beside it). */
  notes: string[];
}

export interface PlaceOptions {
  /** Row indices at which a new source table (piece) of a split table starts. */
  pieceStarts?: readonly number[];
  /** Rows from this index on are body rows; together with `refWidth` enables the ragged-row repair. */
  bodyFrom?: number;
  /** The width the header sets: a body row longer than this has surplus empty cells dropped. */
  refWidth?: number;
  /**
   * A form (绩效目标表): its left columns (一级指标, 二级指标) are never empty, so an empty cell there at the top of
   * a piece continues the category above even without a rowspan (004 项目支出绩效目标表: 成本指标 / 经济成本指标).
   */
  form?: boolean;
}

interface Slot {
  /** Index of the cell in its source row. */
  index: number;
  col: number;
  colSpan: number;
  rowSpan: number;
}

export function placeCells(rows: readonly RawRow[], options: PlaceOptions = {}): Placement {
  return finish(placeCellsSteps(rows, options));
}

/** placeCells, pausing every ROWS_PER_PAUSE rows (a 10,000-row table must not hold the page for its whole placement). */
export function* placeCellsSteps(rows: readonly RawRow[], options: PlaceOptions = {}): Steps<Placement> {
  const pieceStarts = new Set(options.pieceStarts ?? []);
  const groupEnd = rowGroupEnds(rows, pieceStarts);
  let widestRow = 1;
  for (const row of rows) widestRow = Math.max(widestRow, row.cells.length);
  const maxWidth = Math.max(widestRow, Math.floor(MAX_GRID_SLOTS / Math.max(1, rows.length)));
  const colSpanCap = Math.min(MAX_COLSPAN, maxWidth);

  const owner: (PlacedCell | undefined)[][] = [];
  const cells: PlacedCell[] = [];
  const notes: string[] = [];
  /** busyUntil[c]: slots of column c are reserved by a rowspan from above until this row (exclusive). */
  const busyUntil: number[] = [];
  const busyOwner: (PlacedCell | undefined)[] = [];
  let width = 0;
  let rejoined = 0;
  let cut = 0;
  const pause = new PauseEvery(ROWS_PER_PAUSE);

  for (let r = 0; r < rows.length; r++) {
    if (pause.due()) yield;
    const source = rows[r].cells;
    const slotsOfRow: (PlacedCell | undefined)[] = [];
    let busyEnd = 0;
    for (let c = 0; c < busyUntil.length; c++) {
      if (busyUntil[c] > r) {
        slotsOfRow[c] = busyOwner[c];
        busyEnd = c + 1;
      }
    }
    // Texts are normalised only where a repair has to look at them (a piece start, an overlong row).
    const texts: (string | undefined)[] = new Array(source.length);
    const textAt = (i: number): string => {
      let t = texts[i];
      if (t === undefined) t = texts[i] = normalizeCellText(source[i].text);
      return t;
    };
    const spans = source.map((cell) => ({
      colSpan: clampColSpan(cell.colSpan, colSpanCap),
      rowSpan: clampRowSpan(cell.rowSpan, r, groupEnd[r]),
    }));
    const above = r > 0 && pieceStarts.has(r) ? owner[r - 1] : undefined;

    let dropped: Set<number> | undefined;
    let plan = planRow(r, spans, busyUntil, undefined, maxWidth);
    const refWidth = options.refWidth;
    if (refWidth !== undefined && r >= (options.bodyFrom ?? 0) && Math.max(plan.end, busyEnd) > refWidth) {
      dropped = surplusEmptyCells(textAt, spans, source, Math.max(plan.end, busyEnd) - refWidth);
      if (dropped) {
        plan = planRow(r, spans, busyUntil, dropped, maxWidth);
        notes.push(
          `第${r + 1}行比表头多${dropped.size}个空单元格，已删除最后一个数值前的空格（数值右对齐） / ` +
            `row ${r + 1} had ${dropped.size} surplus empty cell(s); dropped before the last value (values right-aligned)`,
        );
      }
    }

    if (plan.slots.length + (dropped?.size ?? 0) < source.length) cut++;
    let leading = true;
    for (const slot of plan.slots) {
      const up = above?.[slot.col];
      if (up !== undefined) {
        const text = textAt(slot.index);
        const continues =
          text === '' &&
          up.col === slot.col &&
          up.colSpan === slot.colSpan &&
          up.text !== '' &&
          (slot.rowSpan > 1 || (options.form === true && leading && up.value.kind === 'text'));
        if (text !== '') leading = false;
        if (continues) {
          // The lower half of a merged cell cut by a page break: extend the cell above instead of adding an empty one.
          up.rowSpan = r + slot.rowSpan - up.row;
          for (let c = slot.col; c < slot.col + slot.colSpan; c++) {
            slotsOfRow[c] = up;
            busyUntil[c] = r + slot.rowSpan;
            busyOwner[c] = up;
          }
          rejoined++;
          continue;
        }
      } else if (above !== undefined && textAt(slot.index) !== '') {
        leading = false;
      }
      const cell = new PlacedCell(source[slot.index], r, slot.col, slot.rowSpan, slot.colSpan, slot.index);
      if (texts[slot.index] !== undefined) cell.text = texts[slot.index] as string;
      cells.push(cell);
      for (let c = slot.col; c < slot.col + slot.colSpan; c++) {
        slotsOfRow[c] = cell;
        if (slot.rowSpan > 1) {
          busyUntil[c] = r + slot.rowSpan;
          busyOwner[c] = cell;
        }
      }
    }
    owner.push(slotsOfRow);
    width = Math.max(width, slotsOfRow.length);
  }
  if (cut > 0) {
    notes.push(`${cut}行的单元格超出表格宽度上限（${maxWidth}列），已忽略 / ${cut} row(s) had cells past the ${maxWidth}-column limit: ignored`);
  }
  if (rejoined > 0) {
    notes.push(`${rejoined}个被分页截断的合并单元格已接上 / ${rejoined} merged cell(s) cut by a page break rejoined`);
  }
  return { owner, cells, width, notes };
}

/** Where each row's row group ends: rowspans stop at the end of their <thead>/<tbody>/<tfoot> and of their piece. */
function rowGroupEnds(rows: readonly RawRow[], pieceStarts: ReadonlySet<number>): number[] {
  const ends: number[] = new Array(rows.length);
  let end = rows.length;
  for (let r = rows.length - 1; r >= 0; r--) {
    ends[r] = end;
    const startsGroup = r === 0 || pieceStarts.has(r) || rows[r - 1].section !== rows[r].section;
    if (startsGroup) end = r;
  }
  return ends;
}

function clampColSpan(colSpan: number, cap: number): number {
  if (!(colSpan >= 1)) return 1; // NaN, 0 (HTML reads colspan=0 as 1), negative
  return Math.min(Math.floor(colSpan), cap);
}

function clampRowSpan(rowSpan: number, row: number, groupEnd: number): number {
  const left = groupEnd - row;
  if (rowSpan === 0) return Math.max(1, left); // rowspan=0: to the end of the row group
  if (!(rowSpan >= 1)) return 1;
  return Math.max(1, Math.min(Math.floor(rowSpan), MAX_ROWSPAN, left));
}

interface RowPlan {
  slots: Slot[];
  /** One past the last column this row's own cells reach. */
  end: number;
}

/**
 * Where the cells of one row go, given the slots reserved from above. Reads `busyUntil`, changes nothing. Cells that
 * would start at or beyond `maxWidth` are left out, and a colspan is cut at it.
 */
function planRow(
  r: number,
  spans: readonly { colSpan: number; rowSpan: number }[],
  busyUntil: readonly number[],
  dropped: ReadonlySet<number> | undefined,
  maxWidth: number,
): RowPlan {
  const slots: Slot[] = [];
  let col = 0;
  for (let i = 0; i < spans.length; i++) {
    if (dropped?.has(i)) continue;
    while ((busyUntil[col] ?? 0) > r) col++;
    if (col >= maxWidth) break;
    let colSpan = Math.min(spans[i].colSpan, maxWidth - col);
    for (let k = 1; k < colSpan; k++) {
      if ((busyUntil[col + k] ?? 0) > r) {
        colSpan = k; // would overlap a rowspan from above: narrow it
        break;
      }
    }
    slots.push({ index: i, col, colSpan, rowSpan: spans[i].rowSpan });
    col += colSpan;
  }
  return { slots, end: col };
}

/**
 * The empty cells to drop from a row that is `surplus` slots too long, or undefined when the row cannot be repaired
 * that way. Empty single cells just before the last value go first (nearest first), then trailing empty cells.
 */
function surplusEmptyCells(
  textAt: (i: number) => string,
  spans: readonly { colSpan: number; rowSpan: number }[],
  source: RawRow['cells'],
  surplus: number,
): Set<number> | undefined {
  const droppable = (i: number) =>
    textAt(i) === '' && spans[i].colSpan === 1 && spans[i].rowSpan === 1 && !source[i].header;
  let lastValue = -1;
  for (let i = source.length - 1; i >= 0; i--) {
    const kind = cellValue(textAt(i)).kind;
    if (kind === 'number' || kind === 'invalid') {
      lastValue = i;
      break;
    }
  }
  const dropped = new Set<number>();
  for (let i = lastValue - 1; i >= 0 && dropped.size < surplus; i--) if (droppable(i)) dropped.add(i);
  for (let i = source.length - 1; i > lastValue && dropped.size < surplus; i--) if (droppable(i)) dropped.add(i);
  return dropped.size === surplus ? dropped : undefined;
}
