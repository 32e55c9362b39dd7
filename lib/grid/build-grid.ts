/**
 * Raw rows (one table, or the pieces of a table cut by page breaks, already joined) → the logical grid every check and
 * every export reads: spans expanded (each covered slot points at its origin and repeats its text), short rows padded,
 * overlong rows repaired, header rows counted, column paths and the table's usual decimals worked out.
 *
 * Consumers count a merged cell's value once: a slot whose originRow/originCol differ from its own coordinates is a
 * copy.
 */
import type { CellValue, GridCell, RawRow, Span } from '../model.ts';
import { columnPaths } from './col-paths.ts';
import { countHeadRows } from './head-rows.ts';
import { finish, PauseEvery, ROWS_PER_PAUSE, type Steps } from '../steps.ts';
import { MAX_GRID_SLOTS, type Placement, placeCellsSteps } from './place-cells.ts';
import { CELLS_PER_PAUSE, isCodeColumn, usualDecimalsSteps } from './precision.ts';

const BLANK: CellValue = Object.freeze({ kind: 'blank' }) as CellValue;

export interface GridBuild {
  rows: GridCell[][];
  width: number;
  headRows: number;
  colPaths: string[][];
  spans: Span[];
  precision: number;
  notes: string[];
}

export interface BuildGridOptions {
  /** Row indices at which each piece after the first starts (a table split by page breaks). */
  pieceStarts?: readonly number[];
  /**
   * A form such as a 绩效目标表: its first rows are key/value pairs (预算单位 | 克州人民政府外事办公室), not column
   * labels, so only an explicit <thead> makes header rows.
   */
  form?: boolean;
  /** A placement of exactly these rows already made (detection places each table once and hands it on). */
  placement?: Placement;
}

export function buildGrid(rows: readonly RawRow[], options: BuildGridOptions = {}): GridBuild {
  return finish(buildGridSteps(rows, options));
}

/** buildGrid, pausing every ROWS_PER_PAUSE rows of a big table. */
export function* buildGridSteps(rows: readonly RawRow[], options: BuildGridOptions = {}): Steps<GridBuild> {
  const pieceStarts = options.pieceStarts ?? [];
  const form = options.form ?? false;
  const first = options.placement ?? (yield* placeCellsSteps(rows, { pieceStarts, form }));
  const headRows = countHeadRows(first, rows, form);
  let placement: Placement = first;
  if (headRows > 0 && headRows < rows.length) {
    let refWidth = 0;
    for (let r = 0; r < headRows; r++) refWidth = Math.max(refWidth, first.owner[r].length);
    if (first.width > refWidth) placement = yield* placeCellsSteps(rows, { pieceStarts, form, bodyFrom: headRows, refWidth });
  }
  const notes = [...placement.notes];

  // Columns in which no cell starts exist only because a colspan ran past the table's edge; the HTML table model
  // calls that an error and browsers give such columns no width. Drop them.
  const hasOrigin: boolean[] = new Array(placement.width).fill(false);
  for (const cell of placement.cells) hasOrigin[cell.col] = true;
  let kept: number[] = [];
  for (let c = 0; c < placement.width; c++) if (hasOrigin[c]) kept.push(c);
  if (kept.length < placement.width) {
    const gone = placement.width - kept.length;
    notes.push(`删除${gone}个没有单元格的列（合并单元格越界） / dropped ${gone} column(s) that only an overlong colspan made`);
  }
  const maxWidth = Math.max(1, Math.floor(MAX_GRID_SLOTS / Math.max(1, rows.length)));
  if (kept.length > maxWidth) {
    kept = kept.slice(0, maxWidth);
    notes.push(`表格过大，只保留前${maxWidth}列 / table too large: only the first ${maxWidth} columns kept`);
  }
  const newCol: number[] = new Array(placement.width).fill(-1);
  kept.forEach((c, i) => {
    newCol[c] = i;
  });
  /** keptBefore[c]: how many kept columns lie left of column c. */
  const keptBefore: number[] = new Array(placement.width + 1);
  keptBefore[0] = 0;
  for (let c = 0; c < placement.width; c++) keptBefore[c + 1] = keptBefore[c] + (newCol[c] >= 0 ? 1 : 0);

  const width = kept.length;
  const grid: GridCell[][] = new Array(placement.owner.length);
  const pause = new PauseEvery(ROWS_PER_PAUSE);
  for (let r = 0; r < placement.owner.length; r++) {
    if (pause.due()) yield;
    const slots = placement.owner[r];
    const out: GridCell[] = new Array(width);
    for (let j = 0; j < width; j++) {
      const cell = slots[kept[j]];
      out[j] = cell
        ? { text: cell.text, value: cell.value, originRow: cell.row, originCol: newCol[cell.col], anchor: cell.anchor }
        : { text: '', value: BLANK, originRow: r, originCol: j };
    }
    grid[r] = out;
  }

  const spans: Span[] = [];
  const cellPause = new PauseEvery(CELLS_PER_PAUSE);
  for (const cell of placement.cells) {
    if (cellPause.due()) yield;
    if (newCol[cell.col] < 0) continue;
    const colSpan = keptBefore[Math.min(cell.col + cell.colSpan, placement.width)] - keptBefore[cell.col];
    if (cell.rowSpan > 1 || colSpan > 1) spans.push({ row: cell.row, col: newCol[cell.col], rowSpan: cell.rowSpan, colSpan });
  }

  const colPaths = columnPaths(placement, headRows, kept);
  const codeColumns = new Set<number>();
  kept.forEach((c, j) => {
    if (isCodeColumn(colPaths[j])) codeColumns.add(c);
  });
  const bodyCells = placement.cells.filter((cell) => cell.row >= headRows);
  yield;
  const precision = yield* usualDecimalsSteps(bodyCells, codeColumns);

  return { rows: grid, width, headRows, colPaths, spans, precision, notes };
}
