/**
 * Builds a TableGrid from a 2-D array of cell texts, as the fixtures' tables.json writes them (spans expanded, header
 * rows first). Lets rule tests run on hand-written and fixture grids without going through HTML.
 */
import { parseCell } from '../../lib/numbers/parse-amount.ts';
import type { GridCell, Span, TableGrid, TableKind, Unit } from '../../lib/model.ts';

export interface GridSpec {
  rows: string[][];
  headRows: number;
  title?: string;
  number?: string;
  unit?: Unit['name'];
  kind?: TableKind;
  spans?: Span[];
  index?: number;
  colPaths?: string[][];
}

const SCALE: Record<Unit['name'], number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };

export function gridFromStrings(spec: GridSpec): TableGrid {
  const width = Math.max(...spec.rows.map((r) => r.length));
  const spans = spec.spans ?? [];
  const rows: GridCell[][] = spec.rows.map((r, ri) =>
    Array.from({ length: width }, (_, ci) => {
      const text = r[ci] ?? '';
      return { text, value: parseCell(text), originRow: ri, originCol: ci };
    }),
  );
  for (const span of spans) {
    for (let r = span.row; r < span.row + span.rowSpan; r++)
      for (let c = span.col; c < span.col + span.colSpan; c++) {
        if (r === span.row && c === span.col) continue;
        rows[r][c] = { ...rows[span.row][span.col], originRow: span.row, originCol: span.col };
      }
  }
  const colPaths =
    spec.colPaths ??
    Array.from({ length: width }, (_, c) => {
      const path: string[] = [];
      for (let r = 0; r < spec.headRows; r++) {
        const t = rows[r][c].text;
        if (t && t !== '※' && !/^\d+$/.test(t) && path[path.length - 1] !== t) path.push(t);
      }
      return path;
    });
  // The usual decimals among amounts with decimals: 科目编码 ("201", "03") parse as integers and must not pull a
  // 万元 table's precision down to 0.
  const decimals = new Map<number, number>();
  for (const row of rows.slice(spec.headRows))
    for (const cell of row)
      if (cell.value.kind === 'number' && cell.value.amount.decimals > 0)
        decimals.set(cell.value.amount.decimals, (decimals.get(cell.value.amount.decimals) ?? 0) + 1);
  const precision = [...decimals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const index = spec.index ?? 0;
  return {
    id: `t${index}`,
    index,
    number: spec.number,
    title: spec.title,
    unit: spec.unit ? { name: spec.unit, scale: SCALE[spec.unit] } : undefined,
    meta: [],
    headRows: spec.headRows,
    rows,
    width,
    colPaths,
    spans,
    pieces: 1,
    pieceStarts: [],
    kind: spec.kind ?? 'budget',
    precision,
    notes: [],
    anchors: [],
  };
}
