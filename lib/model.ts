/**
 * The shapes that flow through the engine, one way:
 *   page (DOM or PDF) → RawDocument → TableGrid[] + prose → DocumentModel → Finding[] → marks, popup, export, CLI.
 *
 * Nothing here touches the DOM. Adapters (lib/dom, lib/pdf) fill `anchor` fields with whatever handle they need to
 * find the source again (an Element in the browser, a page box in a PDF); the engine carries anchors along and never
 * looks inside them.
 */
import type Decimal from 'decimal.js';

// ---------------------------------------------------------------------------------------------------------------
// Adapter output: what a page looks like before the engine has understood anything.

export interface RawCell {
  /** The cell's text as the reader sees it (textContent; line breaks kept as '\n'). */
  text: string;
  rowSpan: number;
  colSpan: number;
  /** <th>, or a cell inside <thead>. A hint only: Word exports put headers in <td>. */
  header: boolean;
  anchor?: unknown;
}

export interface RawRow {
  cells: RawCell[];
  /** Which table section the row came from; PDF rows have none. */
  section?: 'thead' | 'tbody' | 'tfoot';
  anchor?: unknown;
}

export interface RawTable {
  rows: RawRow[];
  /** <caption> text, if any. */
  caption?: string;
  /** How many <table> elements enclose this one (0 = top level). */
  depth: number;
  anchor?: unknown;
  /** PDF only: the page the table (or this piece of it) sits on, 1-based. */
  page?: number;
}

export type Block =
  | { kind: 'text'; text: string; heading?: boolean; anchor?: unknown; page?: number }
  | { kind: 'table'; table: RawTable };

export type AttachmentType = 'pdf' | 'xls' | 'xlsx' | 'doc' | 'docx' | 'wps' | 'et' | 'ofd' | 'zip' | 'rar';

export interface Attachment {
  href: string;
  text: string;
  type: AttachmentType;
}

/** A page reduced to what the engine reads: text blocks and tables in reading order. */
export interface RawDocument {
  title: string;
  url?: string;
  blocks: Block[];
  /** Links to budget files (PDF, XLS, DOCX …): a page may publish its budget only as attachments. */
  attachments: Attachment[];
  /** Set by the PDF adapter for a PDF whose pages have no text layer. */
  scanned?: boolean;
  /**
   * A document read from several files (a 说明 and its 表格, lib/documents/sets.ts): each file and the index of its
   * first block, in order. Findings point at blocks; this says which file a block came from.
   */
  parts?: { source: string; firstBlock: number }[];
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers.

/** A number as shown: its exact value and how many decimals were written ("12.50" has 2). */
export interface Amount {
  value: Decimal;
  decimals: number;
  /** The text it was read from, after trimming. */
  raw: string;
  /** Written with a percent sign. */
  percent?: boolean;
}

export type CellValue =
  | { kind: 'blank' }
  | { kind: 'number'; amount: Amount }
  | { kind: 'text' }
  /** Looks like a number but cannot be read as one ("12.3.4", "4O.00"): reported, never taken as 0. */
  | { kind: 'invalid'; reason: string };

export interface Unit {
  /** As written: 元, 万元, 亿元. */
  name: '元' | '万元' | '亿元';
  /** Value of one unit in 元. */
  scale: number;
}

// ---------------------------------------------------------------------------------------------------------------
// The logical grid: one per table, used by every check and by export.

export interface GridCell {
  text: string;
  value: CellValue;
  /** Grid coordinates of the top-left cell of the span this cell belongs to. Equal to its own for unmerged cells. */
  originRow: number;
  originCol: number;
  anchor?: unknown;
}

export interface Span {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export type TableKind = 'budget' | 'performance' | 'other';

export interface TableGrid {
  /** Stable within one document: 't' + index. */
  id: string;
  /** Position among the document's detected tables, 0-based. */
  index: number;
  /** The 表N number as written above the table ('1', '2', …), if any. */
  number?: string;
  title?: string;
  unit?: Unit;
  /** Lines between the title and the table: 编制单位：…, 单位：万元. */
  meta: string[];
  /** Number of header rows at the top of `rows`. */
  headRows: number;
  /** Header rows first, then body rows; every row has `width` cells; spans are expanded into every covered cell. */
  rows: GridCell[][];
  width: number;
  /** Per column: the header labels from top to bottom, a span's label counted once. */
  colPaths: string[][];
  /** Merged cells, in grid coordinates (header and body). */
  spans: Span[];
  /** How many source tables were joined into this one (a table split by page breaks has 2 or more). */
  pieces: number;
  /** Grid row index at which each piece after the first starts. */
  pieceStarts: number[];
  kind: TableKind;
  /** The table's usual number of decimals (2 for 万元 tables): "28" in such a table stands for 28.00. */
  precision: number;
  /** Repairs made while building the grid (a repeated header dropped, a wrapped label joined …). */
  notes: string[];
  /** Anchors of the source <table> elements (or PDF pieces), in order. */
  anchors: unknown[];
}

// ---------------------------------------------------------------------------------------------------------------
// Findings: what the checks report.

export type Severity = 'error' | 'warning' | 'info';

export type Magnitude = 'gross' | 'minor';

export interface CellRef {
  tableId: string;
  row: number;
  col: number;
}

/** Where a prose claim sits: a text block of the RawDocument and character offsets into its text. */
export interface TextRef {
  block: number;
  start: number;
  end: number;
}

export interface Finding {
  /** Stable id within a report, for the UI to address a finding. */
  id: string;
  /** Rule id, e.g. 'column-total', 'hierarchy-sum', 'prose-share'. */
  rule: string;
  severity: Severity;
  /** Why the finding exists: an arithmetic mismatch, a difference within rounding, missing data, an unreadable cell … */
  kind: 'mismatch' | 'rounding' | 'missing' | 'unreadable' | 'convention' | 'contradiction' | 'note' | 'doubt';
  /**
   * Errors and warnings: how far off the stated figure is (lib/judge/magnitude.ts). 'minor' when it is off by no more
   * than 0.1 percentage point, or 0.1 % of the amount: shares nudged so that they add to 100 %, a last-digit slip.
   */
  magnitude?: Magnitude;
  tableId?: string;
  tableTitle?: string;
  rowLabel?: string;
  colLabel?: string;
  /** The figure as printed. */
  stated?: string;
  /** What it should be: a number, or an interval "81.17–81.18" where that is the truth. */
  expected?: string;
  /** stated − expected, exact, when both are single numbers. */
  diff?: string;
  /** Chinese first. */
  message: string;
  messageEn: string;
  /** The stated cell first, then the cells it was checked against. */
  cells: CellRef[];
  /** Prose findings: the exact sentence, and where it is. */
  quote?: string;
  textRefs?: TextRef[];
  /**
   * Set on error findings that one wrong cell explains (budget-identities.md §6): the cell shared by several failing
   * checks, each off by the same amount, and the ids of those findings (this one included).
   */
  rootCause?: RootCause;
}

export interface RootCause {
  cell: CellRef;
  findingIds: string[];
}

export interface TableTally {
  tableId: string;
  /** Checks run on this table (relations with at least one non-blank cell). */
  checks: number;
  passed: number;
  rounding: number;
  errors: number;
  warnings: number;
  /** Checks that could not be made because a cell they need is unreadable (counted apart from `checks`). */
  missing?: number;
}

export type PageStatus =
  /** At least one budget table was found. */
  | 'tables'
  /** No budget table, but links to budget attachments (PDF, XLS, DOCX …). */
  | 'attachments-only'
  /** A PDF whose pages are images: no text to read. */
  | 'scanned'
  | 'no-tables';

/** Everything the engine says about one document. */
export interface Report {
  title: string;
  url?: string;
  status: PageStatus;
  tables: TableGrid[];
  findings: Finding[];
  tallies: TableTally[];
  attachments: Attachment[];
}
