/**
 * One table as JSON, for people who script: the grid with its header paths, every cell with its parsed value,
 * units, merges, title, 表N and where it came from.
 *
 * Amounts are given twice: `value` is the exact decimal string with the decimals the page wrote ("65.10" — a JSON
 * number would print 65.1 and lose that the page wrote two decimals; a 15-digit figure would lose digits), and
 * `number` is the same as a JSON number for convenience. 科目编码 get their own kind, "code", so that nobody sums them.
 * Covered cells of a merge repeat the origin's text and value and say where the origin is.
 */
import type { Span, TableGrid, TableKind } from '../model.ts';
import { type ExportCell, exportCells } from './export-cells.ts';
import type { ExportSource } from './source.ts';

export interface JsonCell {
  text: string;
  kind: 'blank' | 'number' | 'text' | 'code' | 'invalid';
  /** Amounts: the exact value without separators, decimals as written ("-3.20"); of a percent, the number before %. */
  value?: string;
  number?: number;
  decimals?: number;
  percent?: true;
  /** Unreadable numbers: why. */
  reason?: string;
  /** Covered cells of a merge: [row, col] of the merge's top-left cell. */
  origin?: [number, number];
}

export interface TableJson {
  format: 'budget-check/table';
  version: 1;
  source: { url?: string; pageTitle?: string };
  id: string;
  index: number;
  /** 表N as written ("2"). */
  number?: string;
  title?: string;
  unit?: { name: string; scale: number };
  meta: string[];
  kind: TableKind;
  precision: number;
  headRows: number;
  width: number;
  /** Per column, the header labels top to bottom. */
  colPaths: string[][];
  spans: Span[];
  pieces: number;
  pieceStarts: number[];
  /** Header rows first; every row has `width` cells. */
  rows: JsonCell[][];
  notes: string[];
}

function jsonCell(cell: ExportCell, origin: [number, number] | undefined): JsonCell {
  const out: JsonCell = { text: cell.text, kind: 'blank' };
  switch (cell.kind) {
    case 'blank':
      break;
    case 'number':
      out.kind = 'number';
      out.value = cell.plain;
      out.number = cell.number;
      out.decimals = cell.decimals;
      if (cell.percent) out.percent = true;
      break;
    case 'text':
      out.kind = cell.code ? 'code' : 'text';
      break;
    case 'invalid':
      out.kind = 'invalid';
      out.reason = cell.reason;
      break;
  }
  if (origin) out.origin = origin;
  return out;
}

export function tableJson(grid: TableGrid, source: ExportSource = {}): TableJson {
  const cells = exportCells(grid);
  return {
    format: 'budget-check/table',
    version: 1,
    source: { url: source.url, pageTitle: source.pageTitle },
    id: grid.id,
    index: grid.index,
    number: grid.number,
    title: grid.title,
    unit: grid.unit ? { name: grid.unit.name, scale: grid.unit.scale } : undefined,
    meta: grid.meta,
    kind: grid.kind,
    precision: grid.precision,
    headRows: grid.headRows,
    width: grid.width,
    colPaths: grid.colPaths,
    spans: grid.spans.map(({ row, col, rowSpan, colSpan }) => ({ row, col, rowSpan, colSpan })),
    pieces: grid.pieces,
    pieceStarts: grid.pieceStarts,
    rows: cells.map((row, r) =>
      row.map((cell, c) => {
        const g = grid.rows[r][c];
        return jsonCell(cell, cell.covered && g ? [g.originRow, g.originCol] : undefined);
      }),
    ),
    notes: grid.notes,
  };
}

/** Pretty-printed, with a final newline. */
export function tableJsonText(grid: TableGrid, source: ExportSource = {}): string {
  return `${JSON.stringify(tableJson(grid, source), null, 2)}\n`;
}
