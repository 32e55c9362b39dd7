/**
 * Blocks of a RawDocument → the budget tables' logical grids, in reading order. Pure: no DOM.
 *
 * For each table block: its heading (表N, title, meta lines, unit) from the text just above it, its caption or title
 * rows at its top; whether it continues the table before it (no title between, same width: a page break); then the
 * grid of the joined table, its kind, and whether it is kept. Kept: numbered or titled tables (even empty ones: an
 * empty 政府性基金预算支出情况表 still has to be reported as empty) and untitled tables whose header speaks of budgets
 * and whose body has amounts. Left out: navigation, layout, link lists and anything else with no budget heading.
 *
 * Linear in the number of cells: a table is placed once when it is read as it stands (the usual case), and at most
 * four times when it is repaired (title rows, joined pieces, an overlong row); only the last few text lines before a
 * table are looked at.
 */
import { buildGridSteps } from '../grid/build-grid.ts';
import { finish, PauseEvery, type Steps } from '../steps.ts';
import { compact } from '../text.ts';
import type { RawDocument, RawTable, TableGrid } from '../model.ts';
import { appendPiece, continuation, joinedRows, type Piece, type PieceGroup, preparePieceSteps, repeatedHeadingContinuation, startGroupSteps, unchangedPlacement } from './join-pieces.ts';
import { combineHeadings, type HeadingAbove, headingAbove, headingWithin, type TableHeading } from './table-heading.ts';
import { isContentsTable, kindFromHeading, kindOfUntitled } from './table-kind.ts';
import { labelUnit } from './table-unit.ts';
import { headingTableLines } from './title-rows.ts';

/** Text lines remembered before a table: more than headingAbove ever looks at. */
const LINES_KEPT = 32;
const TEXT_BLOCKS_PER_PAUSE = 500;

export function detectTables(doc: RawDocument): TableGrid[] {
  return finish(detectTableSteps(doc));
}

/** detectTables, pausing after each table and inside a big table's placement and grid. */
export function* detectTableSteps(doc: RawDocument): Steps<TableGrid[]> {
  const tables: TableGrid[] = [];
  let lines: string[] = [];
  let group: PieceGroup | undefined;

  function* close(): Steps<void> {
    if (!group) return;
    const grid = yield* tableOf(group, tables.length);
    if (grid) tables.push(grid);
    group = undefined;
    yield;
  }

  // A page of thousands of menu entries has as many text blocks: they are gone through in slices too.
  const pause = new PauseEvery(TEXT_BLOCKS_PER_PAUSE);
  for (const block of doc.blocks) {
    if (block.kind === 'text') {
      if (pause.due()) yield;
      for (const line of block.text.split('\n')) lines.push(line);
      if (lines.length > 2 * LINES_KEPT) lines = lines.slice(-LINES_KEPT);
      continue;
    }
    const piece = yield* preparePieceSteps(block.table);
    // Each table's preparation is a step of its own: a page of many small tables is not read in one go.
    yield;
    const headingOnly = headingTableLines(piece.placement);
    if (headingOnly) {
      // Not a table of its own: its lines head the next table, as if they were paragraphs.
      for (const line of headingOnly) lines.push(line);
      if (lines.length > 2 * LINES_KEPT) lines = lines.slice(-LINES_KEPT);
      continue;
    }
    const above = headingAbove(lines);
    lines = [];
    const own = headingWithin([...captionLines(block.table), ...piece.titleLines]);
    const heading = combineHeadings(own, above);
    if (group) {
      const kept = mayContinue(group, heading, above, own, piece) ? continuation(group, piece) : repeatedHeadingContinuation(group, piece, heading);
      if (kept !== undefined) {
        appendPiece(group, piece, kept);
        continue;
      }
    }
    yield* close();
    group = yield* startGroupSteps(piece, heading, kindFromHeading(heading) === 'performance');
  }
  yield* close();
  return tables;
}

/**
 * A table may continue the previous one when nothing but page furniture lies between them and it has no title of its
 * own — or it says it continues ("续表", "表2（续）"). On a web page only titled tables are continued: an untitled
 * table after an untitled one is just another table. In a PDF a piece at the top of the next page, with nothing
 * between, goes on with the table above even when no title of that table was read (its heading may be laid out in
 * an order the reader could not make sense of); `continuation` still wants the same width and no header of its own.
 */
function mayContinue(group: PieceGroup, heading: TableHeading, above: HeadingAbove, own: TableHeading, piece: Piece): boolean {
  const started = group.heading;
  const titled = started.title !== undefined || started.number !== undefined;
  if (heading.continued) return titled && (heading.number === undefined || heading.number === started.number);
  if (heading.title !== undefined || heading.number !== undefined || own.meta.length > 0) return false;
  return above.fillerOnly && (titled || nextPage(group, piece));
}

function nextPage(group: PieceGroup, piece: Piece): boolean {
  const last = group.pieces[group.pieces.length - 1].table.page;
  return last !== undefined && piece.table.page === last + 1;
}

function captionLines(table: RawTable): string[] {
  return table.caption ? table.caption.split('\n') : [];
}

function* tableOf(group: PieceGroup, index: number): Steps<TableGrid | undefined> {
  const { rows, pieceStarts } = joinedRows(group);
  if (rows.length === 0) return undefined;
  const { heading } = group;
  const titledKind = kindFromHeading(heading);
  const grid = yield* buildGridSteps(rows, { pieceStarts, form: titledKind === 'performance', placement: unchangedPlacement(group) });
  if (grid.width === 0) return undefined;
  const kind = isContentsTable(grid.rows) ? 'other' : (titledKind ?? kindOfUntitled(grid.rows, grid.headRows));
  if (kind === 'other') return undefined;

  let unit = heading.unit;
  if (!unit && kind === 'budget') {
    for (let r = 0; r < grid.headRows && !unit; r++) {
      for (const cell of grid.rows[r]) {
        unit = labelUnit(compact(cell.text));
        if (unit) break;
      }
    }
  }
  const table: TableGrid = {
    id: `t${index}`,
    index,
    meta: heading.meta,
    headRows: grid.headRows,
    rows: grid.rows,
    width: grid.width,
    colPaths: grid.colPaths,
    spans: grid.spans,
    pieces: group.pieces.length,
    pieceStarts,
    kind,
    precision: grid.precision,
    notes: [...group.notes, ...grid.notes],
    anchors: group.pieces.map((piece) => piece.table.anchor),
  };
  if (heading.number !== undefined) table.number = heading.number;
  if (heading.title !== undefined) table.title = heading.title;
  if (unit) table.unit = unit;
  return table;
}
