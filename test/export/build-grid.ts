/**
 * Builds a TableGrid by hand, the way lib/grid will: spans expanded into every covered cell, values read with
 * parseCell, colPaths from the header rows. Export tests use it so that they do not wait for (or depend on) table
 * detection; the shape follows lib/model.ts and /work/shared/fixtures/*.tables.json.
 */
import { parseCell } from '../../lib/numbers/parse-amount.ts';
import type { GridCell, Span, TableGrid, TableKind, Unit } from '../../lib/model.ts';

export interface GridSpec {
  /** Header rows first. A cell covered by a span may be written '' (or repeated): the origin's text is used. */
  cells: string[][];
  headRows: number;
  spans?: Span[];
  id?: string;
  index?: number;
  number?: string;
  title?: string;
  unit?: Unit['name'];
  meta?: string[];
  precision?: number;
  pieceStarts?: number[];
  kind?: TableKind;
}

const UNIT_SCALE: Record<Unit['name'], number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };

export function buildGrid(spec: GridSpec): TableGrid {
  const width = Math.max(0, ...spec.cells.map((row) => row.length));
  const spans = spec.spans ?? [];
  // origin[r][c] = [originRow, originCol]
  const origin: [number, number][][] = spec.cells.map((_row, r) => Array.from({ length: width }, (_, c) => [r, c]));
  for (const s of spans) {
    for (let r = s.row; r < s.row + s.rowSpan; r++) {
      for (let c = s.col; c < s.col + s.colSpan; c++) origin[r][c] = [s.row, s.col];
    }
  }
  const rows: GridCell[][] = spec.cells.map((_, r) =>
    origin[r].map(([or, oc]) => {
      const text = spec.cells[or][oc] ?? '';
      return { text, value: parseCell(text), originRow: or, originCol: oc };
    }),
  );
  const index = spec.index ?? 0;
  return {
    id: spec.id ?? `t${index}`,
    index,
    number: spec.number,
    title: spec.title,
    unit: spec.unit ? { name: spec.unit, scale: UNIT_SCALE[spec.unit] } : undefined,
    meta: spec.meta ?? [],
    headRows: spec.headRows,
    rows,
    width,
    colPaths: columnPaths(rows, spec.headRows, width),
    spans,
    pieces: (spec.pieceStarts?.length ?? 0) + 1,
    pieceStarts: spec.pieceStarts ?? [],
    kind: spec.kind ?? 'budget',
    precision: spec.precision ?? 2,
    notes: [],
    anchors: [],
  };
}

/** Per column, the header labels top to bottom; a label spanning several header rows counted once. */
function columnPaths(rows: GridCell[][], headRows: number, width: number): string[][] {
  return Array.from({ length: width }, (_, c) => {
    const path: string[] = [];
    let lastOrigin = '';
    for (let r = 0; r < headRows; r++) {
      const cell = rows[r][c];
      const key = `${cell.originRow},${cell.originCol}`;
      const label = cell.text.trim();
      if (key !== lastOrigin && label !== '') path.push(label);
      lastOrigin = key;
    }
    return path;
  });
}

interface FixtureTable {
  index: number;
  no?: string | null;
  title?: string | null;
  unit?: Unit['name'] | null;
  meta?: string[];
  kind?: TableKind;
  headRows: number;
  grid: string[][];
  headSpans: { r: number; c: number; rowspan: number; colspan: number }[];
  bodySpans: { r: number; c: number; rowspan: number; colspan: number }[];
  pageBreaks?: number[];
}

/**
 * A table of /work/shared/fixtures/*.tables.json as a TableGrid. Span rows there are grid rows (header rows included);
 * pageBreaks count body rows, so a piece starts at headRows + break.
 */
export function gridFromFixture(t: FixtureTable): TableGrid {
  const toSpan = (s: FixtureTable['headSpans'][number]): Span => ({
    row: s.r,
    col: s.c,
    rowSpan: s.rowspan,
    colSpan: s.colspan,
  });
  return buildGrid({
    cells: t.grid,
    headRows: t.headRows,
    spans: [...t.headSpans, ...t.bodySpans].map(toSpan),
    index: t.index,
    number: t.no ?? undefined,
    title: t.title ?? undefined,
    unit: t.unit ?? undefined,
    meta: t.meta ?? [],
    kind: t.kind ?? 'budget',
    pieceStarts: (t.pageBreaks ?? []).map((b) => t.headRows + b),
  });
}
