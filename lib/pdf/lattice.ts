/**
 * Tables drawn with ruling lines ("lattice" tables, as Tabula and Camelot call them).
 *
 * Lines that cross or touch form a table; their positions give the grid's column and row boundaries. A cell spans
 * several columns where the vertical line between them is missing over that row (a merged header such as 收入 over
 * 项目 | 预算数), and several rows where the horizontal line is missing (一般公共预算资金 over three rows of
 * 收入预算总表 in the Jiangsu PDFs). Text goes to the cell that holds the centre of each word; a word that crosses a
 * drawn border is cut there, because pdf.js can join two cells' text into one item.
 */
import type { RawCell, RawRow, RawTable } from '../model.ts';
import type { Box, PdfAnchor, Ruling, TextRun } from './pdf-types.ts';
import { splitRunAt } from './text-runs.ts';
import { blockText } from './text-lines.ts';
import { maxOf, minOf } from '../extent.ts';

/** Lines this close (points) cross or touch: drawing software leaves small gaps and overshoots at joints. */
const TOUCH = 2.5;
/** Boundaries closer than this are one boundary (a double border, a stroke and a fill drawn side by side). */
const SAME_BOUNDARY = 3;
/** More ruling lines than this on one page: not read as tables (see findLatticeTables). */
const MAX_RULINGS = 5000;
/** A boundary exists over a cell edge when ruling lines cover this share of it. */
const EDGE_COVERAGE = 0.6;

export interface LatticeCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
  runs: TextRun[];
}

export interface LatticeTable {
  box: Box;
  /** Column boundaries (x) and row boundaries (y), left to right and top to bottom. */
  xs: number[];
  ys: number[];
  cells: LatticeCell[];
  /** The cell covering each grid position [row][col]. */
  owner: LatticeCell[][];
  /** No line drawn along the top (bottom): the side lines run on to the page's cut through a row. */
  openTop: boolean;
  openBottom: boolean;
}

/** Connected groups of crossing horizontal and vertical lines. */
export function rulingGroups(rulings: readonly Ruling[]): Ruling[][] {
  const parent = rulings.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const hs = rulings.map((r, i) => ({ r, i })).filter((p) => p.r.dir === 'h');
  const vs = rulings.map((r, i) => ({ r, i })).filter((p) => p.r.dir === 'v');
  for (const h of hs) {
    for (const v of vs) {
      const cross =
        v.r.pos >= h.r.from - TOUCH && v.r.pos <= h.r.to + TOUCH && h.r.pos >= v.r.from - TOUCH && h.r.pos <= v.r.to + TOUCH;
      if (cross) parent[find(h.i)] = find(v.i);
    }
  }
  const groups = new Map<number, Ruling[]>();
  rulings.forEach((r, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(r);
    else groups.set(root, [r]);
  });
  return [...groups.values()];
}

/** Positions of a set of lines, near ones merged (weighted by length). */
function boundaries(lines: readonly Ruling[]): number[] {
  const sorted = [...lines].sort((a, b) => a.pos - b.pos);
  const out: { sum: number; weight: number; last: number }[] = [];
  for (const l of sorted) {
    const w = Math.max(l.to - l.from, 0.1);
    const cur = out[out.length - 1];
    if (cur && l.pos - cur.last <= SAME_BOUNDARY) {
      cur.sum += l.pos * w;
      cur.weight += w;
      cur.last = l.pos;
    } else out.push({ sum: l.pos * w, weight: w, last: l.pos });
  }
  return out.map((c) => c.sum / c.weight);
}

/** Share of [from, to] covered by the given lines at boundary `pos`. */
function coverage(lines: readonly Ruling[], pos: number, from: number, to: number): number {
  const pieces = lines
    .filter((l) => Math.abs(l.pos - pos) <= SAME_BOUNDARY && l.to > from && l.from < to)
    .map((l) => [Math.max(l.from, from), Math.min(l.to, to)] as const)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = from;
  for (const [a, b] of pieces) {
    if (b <= reach) continue;
    covered += b - Math.max(a, reach);
    reach = b;
  }
  return to > from ? covered / (to - from) : 0;
}

/** Vertical lines that run this far past the last horizontal line (or horizontal past the last vertical) leave the table open. */
const OPEN_EDGE = 4;

/**
 * Closes a table whose edge is not drawn. Chromium cuts a table row at the page break and draws no border along the
 * cut, so the last row on the page (and the first on the next) has side borders but no bottom (top) line; Word's
 * "no outer border" styles leave horizontal lines running past the last column line. The far end of the lines that
 * overshoot becomes the missing edge.
 */
function addOpenEdges(hs: Ruling[], vs: Ruling[]): { openTop: boolean; openBottom: boolean } {
  const add = (lines: Ruling[], across: readonly Ruling[], dir: 'h' | 'v') => {
    const first = minOf(lines.map((l) => l.pos));
    const last = maxOf(lines.map((l) => l.pos));
    const start = minOf(across.map((l) => l.from));
    const end = maxOf(across.map((l) => l.to));
    const from = minOf(lines.map((l) => l.from));
    const to = maxOf(lines.map((l) => l.to));
    const openStart = start < first - OPEN_EDGE;
    const openEnd = end > last + OPEN_EDGE;
    if (openStart) lines.push({ dir, pos: start, from, to });
    if (openEnd) lines.push({ dir, pos: end, from, to });
    return { openStart, openEnd };
  };
  const rows = add(hs, vs, 'h');
  add(vs, hs, 'v');
  return { openTop: rows.openStart, openBottom: rows.openEnd };
}

/** The grid of one group of lines, or null when it is not a table (a lone box, an underline). */
export function buildGrid(group: readonly Ruling[]): LatticeTable | null {
  const hs = group.filter((r) => r.dir === 'h');
  const vs = group.filter((r) => r.dir === 'v');
  if (hs.length < 2 || vs.length < 2) return null;
  const { openTop, openBottom } = addOpenEdges(hs, vs);
  const xs = boundaries(vs);
  const ys = boundaries(hs);
  if (xs.length < 2 || ys.length < 2) return null;
  const nRows = ys.length - 1;
  const nCols = xs.length - 1;
  // A frame around a page or a paragraph is one cell, not a table.
  if (nRows * nCols < 2) return null;

  const hasV = (j: number, i: number) => coverage(vs, xs[j], ys[i], ys[i + 1]) >= EDGE_COVERAGE;
  const hasH = (i: number, j: number) => coverage(hs, ys[i], xs[j], xs[j + 1]) >= EDGE_COVERAGE;

  const owner: (LatticeCell | null)[][] = Array.from({ length: nRows }, () => Array<LatticeCell | null>(nCols).fill(null));
  const cells: LatticeCell[] = [];
  for (let i = 0; i < nRows; i++) {
    for (let j = 0; j < nCols; j++) {
      if (owner[i][j]) continue;
      let colSpan = 1;
      while (j + colSpan < nCols && !owner[i][j + colSpan] && !hasV(j + colSpan, i)) colSpan++;
      let rowSpan = 1;
      const openBelow = (r: number) => {
        for (let c = j; c < j + colSpan; c++) if (owner[r + 1][c] || hasH(r + 1, c)) return false;
        return true;
      };
      while (i + rowSpan < nRows && openBelow(i + rowSpan - 1)) rowSpan++;
      const cell: LatticeCell = {
        row: i,
        col: j,
        rowSpan,
        colSpan,
        box: { x0: xs[j], x1: xs[j + colSpan], top: ys[i], bottom: ys[i + rowSpan] },
        runs: [],
      };
      for (let r = i; r < i + rowSpan; r++) for (let c = j; c < j + colSpan; c++) owner[r][c] = cell;
      cells.push(cell);
    }
  }
  return {
    box: { x0: xs[0], x1: xs[nCols], top: ys[0], bottom: ys[nRows] },
    xs,
    ys,
    cells,
    owner: owner as LatticeCell[][],
    openTop,
    openBottom,
  };
}

/** The band of `bounds` holding v (binary search; v outside goes to the first or last band). */
function indexOf(bounds: readonly number[], v: number): number {
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function inside(box: Box, x: number, y: number, slack = 1): boolean {
  return x >= box.x0 - slack && x <= box.x1 + slack && y >= box.top - slack && y <= box.bottom + slack;
}

function cellAt(table: LatticeTable, x: number, y: number): LatticeCell | undefined {
  return table.owner[indexOf(table.ys, y)]?.[indexOf(table.xs, x)];
}

/**
 * Puts runs into the table's cells. Returns the runs that lie outside the table. A run crossing a cell border is cut
 * at the border when both pieces are at least a third of an em wide (so a glyph overshooting a line stays whole).
 */
export function fillCells(table: LatticeTable, runs: readonly TextRun[]): TextRun[] {
  const outside: TextRun[] = [];
  // A stack: pieces of a cut run are looked at again before the next run.
  const stack = [...runs].reverse();
  while (stack.length) {
    const run = stack.pop()!;
    const cy = (run.top + run.bottom) / 2;
    const cx = (run.x0 + run.x1) / 2;
    if (!inside(table.box, cx, cy)) {
      outside.push(run);
      continue;
    }
    if (run.horizontal) {
      const cell = cellAt(table, cx, cy);
      const border = cell
        ? [cell.box.x0, cell.box.x1].find((x) => run.x0 < x - run.size / 3 && run.x1 > x + run.size / 3)
        : undefined;
      if (border !== undefined) {
        const parts = splitRunAt(run, border);
        if (parts) {
          stack.push(parts[1], parts[0]);
          continue;
        }
      }
    }
    cellAt(table, cx, cy)?.runs.push(run);
  }
  return outside;
}

function anchor(page: number, box: Box): PdfAnchor {
  return { kind: 'pdf', page, box };
}

/** The grid as a RawTable: one RawRow per grid row, each cell in the row where it starts (as HTML writes rowspan). */
export function latticeToRawTable(table: LatticeTable, page: number): RawTable {
  const rows: RawRow[] = [];
  for (let i = 0; i < table.ys.length - 1; i++) {
    const cells: RawCell[] = table.cells
      .filter((c) => c.row === i)
      .sort((a, b) => a.col - b.col)
      .map((c) => ({
        text: blockText(c.runs),
        rowSpan: c.rowSpan,
        colSpan: c.colSpan,
        header: false,
        anchor: anchor(page, c.box),
      }));
    const box: Box = { x0: table.box.x0, x1: table.box.x1, top: table.ys[i], bottom: table.ys[i + 1] };
    rows.push({ cells, anchor: anchor(page, box) });
  }
  return { rows, depth: 0, page, anchor: anchor(page, table.box) };
}

/** Every lattice table on a page, top to bottom, and the runs left outside them. */
export function findLatticeTables(
  rulings: readonly Ruling[],
  runs: readonly TextRun[],
): { tables: LatticeTable[]; rest: TextRun[] } {
  // Thousands of line pieces are a drawing (a chart, a map, text drawn as outlines), not a table; and matching every
  // horizontal against every vertical line would take too long on a hostile file.
  if (rulings.length > MAX_RULINGS) return { tables: [], rest: [...runs] };
  const tables = rulingGroups(rulings)
    .map(buildGrid)
    .filter((t): t is LatticeTable => t !== null)
    .sort((a, b) => a.box.top - b.box.top);
  let rest: TextRun[] = [...runs];
  for (const table of tables) rest = fillCells(table, rest);
  return { tables, rest };
}
