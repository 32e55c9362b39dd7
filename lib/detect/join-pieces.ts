/**
 * Tables cut by page breaks. A Word export (or a PDF) of a long table gives one <table> per page: the pieces after
 * the first follow with no title between them, sometimes with the header repeated (seed 002 表2: three header rows
 * repeated; 004 表2: two) and sometimes with a row label wrapped onto its own row at the top of the next page
 * (seed 000 表2: "机关事业单位基本养老" ¶ "保险缴费支出", seed-findings §7.2 T7). Pieces are joined into one table,
 * the repeated header rows dropped, the wrapped label joined to the row above, and each repair noted.
 */
import { countHeadRows, coverRowspans, isDataRow, rowOrigins } from '../grid/head-rows.ts';
import { TOTAL_NAMES } from '../structure/total-names.ts';
import { canonicalLabel, compact } from '../text.ts';
import { type Placement, type PlacedCell, placeCellsSteps } from '../grid/place-cells.ts';
import { finish, type Steps } from '../steps.ts';
import type { RawRow, RawTable } from '../model.ts';
import type { TableHeading } from './table-heading.ts';
import { titleRows } from './title-rows.ts';

/** One source <table> (or PDF table piece), prepared for joining. */
export interface Piece {
  table: RawTable;
  /** Placement of all of `table.rows`. */
  placement: Placement;
  /** Rows before this index are left out (title rows of a first piece, a repeated header, a joined label row). */
  firstKept: number;
  /** The rows kept: `table.rows` from `firstKept` on; copied before any change. */
  rows: RawRow[];
  /** Text of title rows at the top of the table. */
  titleLines: string[];
  /** A row was changed (a wrapped label joined into it): its placement no longer matches `rows`. */
  changed?: boolean;
}

/** A table being assembled from one or more pieces. */
export interface PieceGroup {
  heading: TableHeading;
  pieces: Piece[];
  /** Header rows of the first piece. */
  headRows: number;
  /** Texts of the header rows, to recognise a header repeated after a page break. */
  headerKeys: Set<string>;
  /** The width pieces must have to continue the table. */
  width: number;
  /** A 绩效目标表: no header rows, rows of text. */
  form: boolean;
  notes: string[];
}

const CODE = /^\d{2,3}(?!\d)/;
const TOTAL = /^(?:合计|总计|小计|共计)/;

export function preparePiece(table: RawTable): Piece {
  return finish(preparePieceSteps(table));
}

/** preparePiece, pausing inside a big table's placement. */
export function* preparePieceSteps(table: RawTable): Steps<Piece> {
  const placement = yield* placeCellsSteps(table.rows);
  const title = titleRows(placement);
  return {
    table,
    placement,
    firstKept: title.count,
    rows: table.rows.slice(title.count),
    titleLines: title.lines,
  };
}

/** Starts a table with its first piece. `form`: a 绩效目标表, whose first rows are not a header. */
export function startGroup(piece: Piece, heading: TableHeading, form: boolean): PieceGroup {
  return finish(startGroupSteps(piece, heading, form));
}

/** startGroup, pausing inside a big table's placement. */
export function* startGroupSteps(piece: Piece, heading: TableHeading, form: boolean): Steps<PieceGroup> {
  const kept = piece.firstKept === 0 ? piece.placement : yield* placeCellsSteps(piece.rows);
  const headRows = countHeadRows(kept, piece.rows, form);
  const headerKeys = new Set<string>();
  let width = kept.width;
  if (headRows > 0) {
    width = 0;
    for (let r = 0; r < headRows; r++) {
      headerKeys.add(rowKey(kept, r));
      width = Math.max(width, kept.owner[r].length);
    }
  }
  return { heading, pieces: [piece], headRows, headerKeys, width, form, notes: [] };
}

/**
 * Where the rows that continue the table start in `piece` (after title rows such as "续表" and a repeated header), if
 * `piece` continues the table; undefined if it does not (another width, or a header of its own).
 */
export function continuation(group: PieceGroup, piece: Piece): number | undefined {
  const first = group.pieces[0].table;
  if (piece.table.depth !== first.depth) return undefined;
  const { placement } = piece;
  const rows = piece.table.rows;
  const start = piece.firstKept;
  let kept = start;
  while (kept < rows.length && group.headerKeys.has(rowKey(placement, kept))) kept++;
  if (kept > start) kept = coverRowspans(placement, kept);
  if (kept >= rows.length) return kept > start ? kept : undefined;
  if (rows[kept].section === 'thead') return undefined; // a header of its own that is not the table's
  if (kept === start && !group.form && looksLikeHeader(rowOrigins(placement, kept), group.width)) return undefined;
  let reaches = false;
  for (let r = kept; r < rows.length; r++) {
    const length = placement.owner[r].length;
    if (length >= group.width) reaches = true;
    if (length > group.width && emptySingleCells(rows[r]) < length - group.width) return undefined;
  }
  return reaches ? kept : undefined;
}

/**
 * Excel's 打印标题 (print titles) repeat the title lines and the header on every printed page: 江苏省政协办公厅2017年度
 * 部门预算公开表.pdf p. 13 starts again with "2017年政府采购预算表", 部门, 单位 and the header row, without 表十二 and
 * without 续表, and its first line (省政协全委会 714.80) belongs to 服务C on p. 12. A heading that says nothing new —
 * the running table's title, its number or none, meta lines it already had — over a piece that repeats the whole
 * header continues the table. Without the repeated header it is not taken: tables that share a title (one
 * 项目支出绩效目标表 per project) follow one another with their own forms, and a 绩效目标表 has no header to repeat.
 * Returns where the continuing rows start, as `continuation` does.
 */
export function repeatedHeadingContinuation(group: PieceGroup, piece: Piece, heading: TableHeading): number | undefined {
  const started = group.heading;
  if (group.form || group.headRows === 0 || started.title === undefined || heading.continued) return undefined;
  if (heading.title === undefined || compact(heading.title) !== compact(started.title)) return undefined;
  if (heading.number !== undefined && heading.number !== started.number) return undefined;
  const known = new Set(started.meta.map(compact));
  if (!heading.meta.every((line) => known.has(compact(line)))) return undefined;
  const kept = continuation(group, piece);
  return kept !== undefined && kept - piece.firstKept >= group.headRows ? kept : undefined;
}

/** Adds a continuation piece whose rows from `kept` on continue the table (see `continuation`). */
export function appendPiece(group: PieceGroup, piece: Piece, kept: number): void {
  const repeated = kept - piece.firstKept;
  piece.firstKept = kept;
  piece.rows = piece.table.rows.slice(kept);
  if (repeated > 0) {
    group.notes.push(`分页处重复的表头（${repeated}行）已删除 / header repeated after a page break (${repeated} row(s)) dropped`);
  }
  if (joinWrappedLabel(group, piece)) {
    piece.firstKept++;
    piece.rows = piece.table.rows.slice(piece.firstKept);
    group.notes.push('分页处折到下一行的名称已并入上一行 / a label wrapped across a page break was joined to the row above');
  }
  group.pieces.push(piece);
}

/**
 * The placement of the joined table when it is simply its first piece as read (nothing stripped, joined or
 * changed), so that it need not be placed again.
 */
export function unchangedPlacement(group: PieceGroup): Placement | undefined {
  const [first] = group.pieces;
  return group.pieces.length === 1 && first.firstKept === 0 && !first.changed ? first.placement : undefined;
}

/** The rows of the joined table and the row index at which each piece after the first starts. */
export function joinedRows(group: PieceGroup): { rows: RawRow[]; pieceStarts: number[] } {
  const rows: RawRow[] = [];
  const pieceStarts: number[] = [];
  group.pieces.forEach((piece, i) => {
    if (i > 0) pieceStarts.push(rows.length);
    for (const row of piece.rows) rows.push(row);
  });
  return { rows, pieceStarts };
}

/**
 * The first kept row of `piece` only continues the labels of the last row before it — no code, no amount, no total,
 * each text under a text cell of the row above — so it is joined to that row. Returns whether it did.
 */
function joinWrappedLabel(group: PieceGroup, piece: Piece): boolean {
  const r = piece.firstKept;
  if (r >= piece.table.rows.length) return false;
  const prev = lastPieceWithRows(group);
  if (!prev) return false;
  const last = prev.firstKept + prev.rows.length - 1;
  if (prev === group.pieces[0] && last - prev.firstKept < group.headRows) return false; // the row above is header
  const origins = rowOrigins(piece.placement, r);
  if (piece.placement.owner[r].some((cell) => cell !== undefined && cell.row !== r)) return false;
  const texts = origins.filter((cell) => cell.text !== '');
  if (texts.length === 0 || origins.some((cell) => cell.rowSpan > 1)) return false;
  const targets: PlacedCell[] = [];
  for (const cell of texts) {
    if (cell.value.kind !== 'text') return false; // an amount, a blank marker ("-") or an unreadable number
    const label = compact(cell.text);
    const above = prev.placement.owner[last]?.[cell.col];
    if (!above || above.col !== cell.col || above.colSpan !== cell.colSpan) return false;
    if (above.text === '' || above.value.kind !== 'text' || above.row < prev.firstKept) return false;
    // "当年收入" at the foot of a page and "小计" at the head of the next: one total's label, cut in two. A 小计 or 合计
    // that is not the end of a total's name is a row of its own.
    if (CODE.test(label) || (TOTAL.test(label) && !TOTAL_NAMES.test(canonicalLabel(above.text + cell.text)))) return false;
    targets.push(above);
  }
  texts.forEach((cell, i) => {
    const above = targets[i];
    const joined = joinText(above.text, cell.text);
    above.text = joined;
    const at = above.row - prev.firstKept;
    const row = prev.rows[at];
    const cells = row.cells.slice();
    cells[above.index] = { ...cells[above.index], text: joined };
    prev.rows[at] = { ...row, cells };
    prev.changed = true;
  });
  return true;
}

/**
 * A row of column labels — no data, and labels in at least half of the columns — starts another table. (A label
 * wrapped across a page break fills one or two cells.)
 */
function looksLikeHeader(origins: readonly PlacedCell[], width: number): boolean {
  if (isDataRow(origins)) return false;
  const labels = origins.filter((cell) => cell.text !== '').length;
  return labels >= Math.max(2, Math.ceil(width / 2));
}

function lastPieceWithRows(group: PieceGroup): Piece | undefined {
  for (let i = group.pieces.length - 1; i >= 0; i--) if (group.pieces[i].rows.length > 0) return group.pieces[i];
  return undefined;
}

/** Chinese runs on without a space; Latin letters and digits need one. */
function joinText(left: string, right: string): string {
  return /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? `${left} ${right}` : left + right;
}

/** A row's texts, spaces removed, for comparing rows. */
function rowKey(p: Placement, r: number): string {
  const slots = p.owner[r];
  let key = '';
  for (let c = 0; c < slots.length; c++) key += `${compact(slots[c]?.text ?? '')}\u0001`;
  return key;
}

function emptySingleCells(row: RawRow): number {
  let n = 0;
  for (const cell of row.cells) if (compact(cell.text) === '' && cell.colSpan <= 1 && cell.rowSpan === 1) n++;
  return n;
}
