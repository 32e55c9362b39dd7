/**
 * Tables without ruling lines ("stream" tables, as Tabula and Camelot call them): columns from the x-alignment of
 * words across rows.
 *
 * A run of lines whose words stand in several separated groups is a table candidate. Its columns are the x-ranges
 * that the words of its body rows (rows holding an amount) cover: the gaps that no body row crosses separate columns.
 * Header words are placed in the columns they overlap, and a header word over several columns becomes a cell with
 * colSpan (收入 over 项目 | 预算数). A label wrapped onto two lines beside an amount centred between them (Chromium's
 * vertical-align: middle) is joined back into the amount's row.
 *
 * What cannot be recovered without lines: row spans (a merged cell shows its text on one line only), and columns
 * that are empty in every body row. test/pdf/fixtures.test.ts writes these differences down per table.
 */
import type { RawCell, RawRow, RawTable } from '../model.ts';
import type { Box, PdfAnchor, TextRun } from './pdf-types.ts';
import { blockText, joinRuns, lineSegments, type TextLine } from './text-lines.ts';

/** Words further apart than this many ems are in different cells. */
export const CELL_GAP_EM = 0.9;

/** Lines that introduce a table (表3, 编制单位：…, 单位：万元) are text for detection to read, never table rows. */
const META_LINE = /^(?:表\s*[0-9０-９一二三四五六七八九十]+|(?:编制|填报|预算)?(?:单位|部门)\s*[:：]|(?:金额)?单位\s*[:：]|公开\s*\d+\s*表)/;

/** An amount, a percentage, a placeholder dash, or a code: what fills the body of a budget table. */
const NUMERIC = /^(?:[-+−－]?[0-9０-９][0-9０-９,，.．]*%?|[-－—–─]+)$/;

interface Segment {
  runs: TextRun[];
  x0: number;
  x1: number;
  text: string;
  numeric: boolean;
}

interface LineInfo {
  line: TextLine;
  segments: Segment[];
  meta: boolean;
}

function describe(line: TextLine): LineInfo {
  const segments = lineSegments(line, CELL_GAP_EM).map((runs) => {
    const text = joinRuns(runs);
    return {
      runs,
      x0: Math.min(...runs.map((r) => r.x0)),
      x1: Math.max(...runs.map((r) => r.x1)),
      text,
      numeric: NUMERIC.test(text.replace(/\s+/g, '')),
    };
  });
  return { line, segments, meta: META_LINE.test(joinRuns(line.runs).trim()) };
}

function tabular(info: LineInfo): boolean {
  return !info.meta && info.segments.length >= 2;
}

/** Maximal runs of table-like lines: [first, last] indices into `infos`. */
function candidateRegions(infos: readonly LineInfo[]): [number, number][] {
  const regions: [number, number][] = [];
  let i = 0;
  while (i < infos.length) {
    if (!tabular(infos[i])) {
      i++;
      continue;
    }
    let end = i;
    let j = i + 1;
    while (j < infos.length) {
      const prev = infos[j - 1].line;
      const cur = infos[j];
      if (cur.meta) break;
      if (cur.line.top - prev.bottom > 2.5 * Math.max(prev.size, cur.line.size)) break;
      if (tabular(cur)) {
        end = j;
        j++;
        continue;
      }
      // A one-piece line inside a table: a wrapped label. Allowed when a table line follows closely.
      const next = infos[j + 1];
      if (next && tabular(next) && next.line.top - cur.line.bottom <= 1.5 * cur.line.size) {
        j++;
        continue;
      }
      // The last line of a wrapped label at the foot of the table, set as tight as lines inside one cell.
      if (cur.line.top - prev.bottom <= 0.3 * cur.line.size && cur.segments.length === 1) {
        end = j;
        j++;
        continue;
      }
      if (next && !tabular(next)) {
        const after = infos[j + 2];
        if (after && tabular(after) && !next.meta && after.line.top - cur.line.bottom <= 3 * cur.line.size) {
          j += 2;
          continue;
        }
      }
      break;
    }
    // Header lines in one piece just above the first table line (a header label that wrapped).
    let start = i;
    while (start > 0 && i - start < 3) {
      const above = infos[start - 1];
      const below = infos[start].line;
      if (above.meta || above.segments.length !== 1) break;
      if (below.top - above.line.bottom > 0.8 * below.size) break;
      start--;
    }
    regions.push([start, end]);
    i = end + 1;
  }
  return regions;
}

/** Column x-ranges: where the words of body lines stand, with gaps that at most a tenth of them cross. */
function columnZones(lines: readonly LineInfo[]): [number, number][] {
  const body = lines.filter((l) => l.segments.length >= 2 && l.segments.some((s) => s.numeric));
  const source = body.length >= 2 ? body : lines.filter((l) => l.segments.length >= 2);
  if (!source.length) return [];
  const events: [number, number][] = [];
  for (const l of source) for (const s of l.segments) events.push([s.x0, 1], [s.x1, -1]);
  events.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const allowed = Math.floor(source.length / 10);
  const zones: [number, number][] = [];
  let depth = 0;
  let open: number | null = null;
  for (const [x, d] of events) {
    depth += d;
    if (open === null && depth > allowed) open = x;
    else if (open !== null && depth <= allowed) {
      zones.push([open, x]);
      open = null;
    }
  }
  // Join zones separated by less than a third of an em: a space inside a cell, not a column gap.
  const em = source[0].line.size;
  const merged: [number, number][] = [];
  for (const z of zones) {
    const last = merged[merged.length - 1];
    if (last && z[0] - last[1] < em / 3) last[1] = Math.max(last[1], z[1]);
    else merged.push([z[0], z[1]]);
  }
  return merged;
}

/** The zones a segment stands over: [first, last], or the nearest zone for a word in a gap. */
function zoneRange(zones: readonly [number, number][], s: Segment): [number, number] {
  let first = -1;
  let last = -1;
  for (let k = 0; k < zones.length; k++) {
    if (s.x1 > zones[k][0] + 0.5 && s.x0 < zones[k][1] - 0.5) {
      if (first < 0) first = k;
      last = k;
    }
  }
  if (first >= 0) return [first, last];
  const cx = (s.x0 + s.x1) / 2;
  let best = 0;
  let bestDist = Number.POSITIVE_INFINITY;
  zones.forEach((z, k) => {
    const d = cx < z[0] ? z[0] - cx : cx > z[1] ? cx - z[1] : 0;
    if (d < bestDist) {
      bestDist = d;
      best = k;
    }
  });
  return [best, best];
}

interface StreamCell {
  first: number;
  last: number;
  runs: TextRun[];
}

interface StreamRow {
  lines: TextLine[];
  cells: StreamCell[];
  numeric: boolean;
}

function toRow(info: LineInfo, zones: readonly [number, number][]): StreamRow {
  const cells: StreamCell[] = [];
  for (const s of info.segments) {
    const [first, last] = zoneRange(zones, s);
    const same = cells.find((c) => c.first <= last && c.last >= first);
    if (same) {
      same.first = Math.min(same.first, first);
      same.last = Math.max(same.last, last);
      same.runs.push(...s.runs);
    } else cells.push({ first, last, runs: [...s.runs] });
  }
  return { lines: [info.line], cells, numeric: info.segments.some((s) => s.numeric) };
}

function mergeRows(into: StreamRow, from: StreamRow): void {
  into.lines.push(...from.lines);
  into.numeric ||= from.numeric;
  for (const c of from.cells) {
    const same = into.cells.find((d) => d.first <= c.last && d.last >= c.first);
    if (same) {
      same.first = Math.min(same.first, c.first);
      same.last = Math.max(same.last, c.last);
      same.runs.push(...c.runs);
    } else into.cells.push({ ...c, runs: [...c.runs] });
  }
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Joins a line holding only part of a row (a label wrapped onto a second line) to the row of amounts it belongs to:
 * the nearest neighbouring row with amounts, when the white space between them is under 0.35 of the usual row pitch.
 * Between rows lies the cell padding (or the row height Word sets); between the lines of one wrapped cell only the
 * leading. Every partial line picks its row before any is joined, so
 * both halves of a label wrapped around a vertically centred amount find the amount's row.
 */
function joinPartialLines(rows: StreamRow[]): StreamRow[] {
  const baselines = rows.filter((r) => r.numeric).map((r) => r.lines[0].baseline);
  const pitch = median(baselines.slice(1).map((b, k) => b - baselines[k]).filter((d) => d > 0));
  if (!(pitch > 0)) return rows;
  const target = new Map<StreamRow, StreamRow>();
  rows.forEach((row, k) => {
    if (row.numeric) return;
    const line = row.lines[0];
    let best: StreamRow | undefined;
    let bestDist = Number.POSITIVE_INFINITY;
    for (const n of [k - 1, k + 1]) {
      const other = rows[n];
      if (!other?.numeric) continue;
      const dist = Math.min(...other.lines.map((l) => Math.max(0, line.top - l.bottom, l.top - line.bottom)));
      if (dist < 0.35 * pitch && dist < bestDist) {
        best = other;
        bestDist = dist;
      }
    }
    if (best) target.set(row, best);
  });
  for (const [row, into] of target) mergeRows(into, row);
  return rows.filter((r) => !target.has(r));
}

function anchor(page: number, box: Box): PdfAnchor {
  return { kind: 'pdf', page, box };
}

export interface StreamTable {
  table: RawTable;
  box: Box;
  /** The lines the table took, so the page layout leaves them out of the prose. */
  lines: TextLine[];
}

function buildTable(infos: readonly LineInfo[], page: number): StreamTable | null {
  const zones = columnZones(infos);
  if (zones.length < 2) return null;
  let rows = infos.map((info) => toRow(info, zones));
  rows = joinPartialLines(rows);
  rows.sort((a, b) => Math.min(...a.lines.map((l) => l.top)) - Math.min(...b.lines.map((l) => l.top)));
  const numericRows = rows.filter((r) => r.numeric && r.cells.length >= 2).length;
  const multiRows = rows.filter((r) => r.cells.length >= 2).length;
  // Two columns of words without any amount is a list (a table of contents), not a table.
  if (multiRows < 2 || (numericRows === 0 && zones.length < 3)) return null;

  const bounds = zones.map((z, k) => [k === 0 ? z[0] : (zones[k - 1][1] + z[0]) / 2, k === zones.length - 1 ? z[1] : (z[1] + zones[k + 1][0]) / 2]);
  const rawRows: RawRow[] = rows.map((row) => {
    const top = Math.min(...row.lines.map((l) => l.top));
    const bottom = Math.max(...row.lines.map((l) => l.bottom));
    const cells: RawCell[] = [];
    const sorted = [...row.cells].sort((a, b) => a.first - b.first);
    let k = 0;
    for (const c of sorted) {
      for (; k < c.first; k++) {
        cells.push({ text: '', rowSpan: 1, colSpan: 1, header: false, anchor: anchor(page, { x0: bounds[k][0], x1: bounds[k][1], top, bottom }) });
      }
      cells.push({
        text: blockText(c.runs),
        rowSpan: 1,
        colSpan: c.last - c.first + 1,
        header: false,
        anchor: anchor(page, { x0: bounds[c.first][0], x1: bounds[c.last][1], top, bottom }),
      });
      k = c.last + 1;
    }
    for (; k < zones.length; k++) {
      cells.push({ text: '', rowSpan: 1, colSpan: 1, header: false, anchor: anchor(page, { x0: bounds[k][0], x1: bounds[k][1], top, bottom }) });
    }
    return { cells, anchor: anchor(page, { x0: bounds[0][0], x1: bounds[zones.length - 1][1], top, bottom }) };
  });
  const lines = infos.map((i) => i.line);
  const box: Box = {
    x0: Math.min(bounds[0][0], ...lines.map((l) => l.x0)),
    x1: Math.max(bounds[zones.length - 1][1], ...lines.map((l) => l.x1)),
    top: Math.min(...lines.map((l) => l.top)),
    bottom: Math.max(...lines.map((l) => l.bottom)),
  };
  return { table: { rows: rawRows, depth: 0, page, anchor: anchor(page, box) }, box, lines };
}

/** Borderless tables among a page's lines (top to bottom), and the lines they took. */
export function findStreamTables(lines: readonly TextLine[], page: number): StreamTable[] {
  const infos = lines.map(describe);
  const tables: StreamTable[] = [];
  for (const [start, end] of candidateRegions(infos)) {
    const table = buildTable(infos.slice(start, end + 1), page);
    if (table) tables.push(table);
  }
  return tables;
}
