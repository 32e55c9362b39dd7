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
import { maxOf, minOf } from '../extent.ts';

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
      x0: minOf(runs.map((r) => r.x0)),
      x1: maxOf(runs.map((r) => r.x1)),
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

function gapBetween(a: StreamRow, b: StreamRow): number {
  let gap = Number.POSITIVE_INFINITY;
  for (const la of a.lines) {
    for (const lb of b.lines) gap = Math.min(gap, Math.max(0, lb.top - la.bottom, la.top - lb.bottom));
  }
  return gap;
}

function cellIn(row: StreamRow, zone: number): StreamCell | undefined {
  return row.cells.find((c) => c.first <= zone && c.last >= zone);
}

/**
 * Joins lines that hold part of a row (a label wrapped onto more lines) to the row they belong to.
 *
 * A line goes on in the next line only where its text filled the column: a wrapped label reaches the column's right
 * edge, the label of the next row usually does not. And the lines of one wrapped cell are closer together than rows
 * (under 3/4 of the usual gap between rows), since rows add cell padding or Word's row height. So a line
 * without amounts joins:
 * - the line above, when every cell it has continues a full cell there (Word's top-aligned cells: "上级一般公共预算
 *   安排转移" / "支付");
 * - or, for a label wrapped around an amount centred between its lines (Chromium's vertical-align: middle), the row
 *   of the amount: the first half joins the row below, whose cell in that column is empty; the second half joins it
 *   from below, the first half being full.
 */
function joinPartialLines(rows: StreamRow[], zones: readonly [number, number][]): StreamRow[] {
  const gaps = rows.slice(1).map((r, k) => gapBetween(rows[k], r));
  // The usual gap between rows: the upper quartile of the gaps between lines. Wrapped labels can outnumber plain
  // rows (Word tables with narrow columns wrap most labels), and the lines of a label wrapped around a centred amount
  // overlap it (gap 0), so the median would be the leading inside a cell, not the gap between rows.
  // Where only a few rows are tables rows and most lines are header lines, the gap between two rows of amounts says it.
  const quartile = [...gaps].sort((a, b) => a - b)[Math.floor(0.75 * (gaps.length - 1))] ?? 0;
  const betweenAmounts = median(gaps.filter((_, k) => rows[k].numeric && rows[k + 1].numeric));
  const usual = Math.max(quartile, betweenAmounts);
  if (!(usual > 0)) return rows;
  // How far text reaches in each column, from the rows of the body (a group label over two columns in the header
  // would stretch the first).
  const zoneRight = zones.map((z) => z[1]);
  const firstAmounts = Math.max(0, rows.findIndex((r) => r.numeric));
  for (const row of rows.slice(firstAmounts)) {
    for (const c of row.cells) {
      if (c.first === c.last) zoneRight[c.first] = Math.max(zoneRight[c.first], maxOf(c.runs.map((r) => r.x1)));
    }
  }
  const full = (row: StreamRow | undefined, zone: number): boolean => {
    const cell = row && cellIn(row, zone);
    if (!cell || cell.first !== cell.last) return false;
    const size = maxOf(cell.runs.map((r) => r.size));
    return maxOf(cell.runs.map((r) => r.x1)) >= zoneRight[zone] - 1.2 * size;
  };
  const close = (k: number) => k >= 0 && k < gaps.length && gaps[k] < 0.75 * usual;
  const zonesOf = (row: StreamRow) => row.cells.flatMap((c) => (c.first === c.last ? [c.first] : []));

  const parent = rows.map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]];
      k = parent[k];
    }
    return k;
  };
  rows.forEach((row, k) => {
    if (row.numeric || row.cells.some((c) => c.first !== c.last)) return;
    const mine = zonesOf(row);
    const above = rows[k - 1];
    const below = rows[k + 1];
    const continuesAbove =
      above &&
      close(k - 1) &&
      mine.every(
        (z) =>
          full(above, z) || (above.numeric && !cellIn(above, z) && close(k - 2) && full(rows[k - 2], z)),
      );
    if (continuesAbove) {
      parent[find(k)] = find(k - 1);
      return;
    }
    const startsBelow = below?.numeric && close(k) && mine.every((z) => full(row, z) && !cellIn(below, z));
    if (startsBelow) parent[find(k)] = find(k + 1);
  });
  const groups = new Map<number, StreamRow>();
  rows.forEach((row, k) => {
    const root = find(k);
    const into = groups.get(root);
    if (into) mergeRows(into, row);
    else groups.set(root, { lines: [...row.lines], cells: row.cells.map((c) => ({ ...c, runs: [...c.runs] })), numeric: row.numeric });
  });
  return [...groups.values()];
}

function anchor(page: number, box: Box): PdfAnchor {
  return { kind: 'pdf', page, box };
}

export interface StreamTable {
  table: RawTable;
  box: Box;
  /** The lines the table took, so the page layout leaves them out of the prose. */
  lines: TextLine[];
  /** The column x-ranges, for a continuation of the table at the top of the next page. */
  columns: [number, number][];
}

function buildTable(infos: readonly LineInfo[], page: number, given?: [number, number][]): StreamTable | null {
  const zones = given ?? columnZones(infos);
  if (zones.length < 2) return null;
  let rows = infos.map((info) => toRow(info, zones));
  rows = joinPartialLines(rows, zones);
  rows.sort((a, b) => minOf(a.lines.map((l) => l.top)) - minOf(b.lines.map((l) => l.top)));
  const numericRows = rows.filter((r) => r.numeric && r.cells.length >= 2).length;
  const multiRows = rows.filter((r) => r.cells.length >= 2).length;
  // Two columns of words without any amount is a list (a table of contents), not a table. A continuation inherits
  // its columns from the table on the page before and needs no such evidence.
  if (!given && (multiRows < 2 || (numericRows === 0 && zones.length < 3))) return null;

  const bounds = zones.map((z, k) => [k === 0 ? z[0] : (zones[k - 1][1] + z[0]) / 2, k === zones.length - 1 ? z[1] : (z[1] + zones[k + 1][0]) / 2]);
  const rawRows: RawRow[] = rows.map((row) => {
    const top = minOf(row.lines.map((l) => l.top));
    const bottom = maxOf(row.lines.map((l) => l.bottom));
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
    x0: Math.min(bounds[0][0], minOf(lines.map((l) => l.x0))),
    x1: Math.max(bounds[zones.length - 1][1], maxOf(lines.map((l) => l.x1))),
    top: minOf(lines.map((l) => l.top)),
    bottom: maxOf(lines.map((l) => l.bottom)),
  };
  return { table: { rows: rawRows, depth: 0, page, anchor: anchor(page, box) }, box, lines, columns: zones };
}

/**
 * Whether a line can be a row of a table with these columns: each of its pieces stands within one column, starting
 * at the column's left edge or ending at its right edge (left- or right-aligned text), give or take an em. Rows with
 * a single filled cell (blank amounts in Word tables; 230 转移性支出 alone in the right half of a 收支总表) pass;
 * prose runs across the columns and does not.
 */
function fitsColumns(info: LineInfo, zones: readonly [number, number][]): boolean {
  return info.segments.every((s) => {
    const [first, last] = zoneRange(zones, s);
    if (first !== last) return false;
    const [z0, z1] = zones[first];
    const em = maxOf(s.runs.map((r) => r.size));
    if (s.x0 < z0 - em || s.x1 > z1 + em) return false;
    return Math.abs(s.x0 - z0) <= em || Math.abs(s.x1 - z1) <= em;
  });
}

/** Extends a table region downwards over lines that fit its columns. Returns the new last index. */
function extendDown(infos: readonly LineInfo[], end: number, zones: readonly [number, number][]): number {
  let j = end + 1;
  while (j < infos.length) {
    const cur = infos[j];
    const prev = infos[j - 1].line;
    if (cur.meta || cur.line.top - prev.bottom > 2.5 * Math.max(prev.size, cur.line.size)) break;
    if (!fitsColumns(cur, zones)) break;
    j++;
  }
  return j - 1;
}

/**
 * The rows at the top of a page that go on with a borderless table from the page before: lines that fit its columns.
 * A continuation page may hold only rows with one filled cell (230 转移性支出 … in 表4 of the Word fixture), which
 * would not be seen as a table on their own.
 */
function continuation(infos: readonly LineInfo[], columns: [number, number][], page: number): StreamTable | null {
  let end = -1;
  while (end + 1 < infos.length && !infos[end + 1].meta && fitsColumns(infos[end + 1], columns)) {
    const prev = infos[end]?.line;
    const cur = infos[end + 1].line;
    if (prev && cur.top - prev.bottom > 2.5 * Math.max(prev.size, cur.size)) break;
    end++;
  }
  if (end < 1) return null;
  const table = buildTable(infos.slice(0, end + 1), page, columns);
  return table && table.table.rows.length >= 2 ? table : null;
}

/**
 * Borderless tables among a page's lines (top to bottom), and the lines they took. `carried`: the columns of a
 * borderless table that ended the page before, which may go on at the top of this one.
 */
export function findStreamTables(lines: readonly TextLine[], page: number, carried?: [number, number][]): StreamTable[] {
  let infos = lines.map(describe);
  const tables: StreamTable[] = [];
  if (carried) {
    const top = continuation(infos, carried, page);
    if (top) {
      tables.push(top);
      const taken = new Set(top.lines);
      infos = infos.filter((i) => !taken.has(i.line));
    }
  }
  const regions = candidateRegions(infos);
  for (let i = 0; i < regions.length; i++) {
    const start = regions[i][0];
    let end = regions[i][1];
    // Grow over rows with one filled cell, and join the next candidate when the growth reaches it.
    for (;;) {
      const zones = columnZones(infos.slice(start, end + 1));
      if (zones.length < 2) break;
      const grown = extendDown(infos, end, zones);
      const next = regions[i + 1];
      if (next && next[0] <= grown + 1) {
        end = next[1];
        i++;
        continue;
      }
      end = grown;
      break;
    }
    const table = buildTable(infos.slice(start, end + 1), page);
    if (table) tables.push(table);
  }
  return tables;
}
