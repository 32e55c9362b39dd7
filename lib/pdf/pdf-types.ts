/**
 * Shapes shared by the PDF adapter. Everything here is plain data: pdf.js objects are copied into these shapes by
 * the caller (cli/load-pdf.ts in Node, the pdf-viewer page in the extension), so lib/pdf never imports pdf.js and runs
 * anywhere.
 *
 * Coordinates: "page space" is the page as shown (after /Rotate), origin top-left, y growing downwards, in PDF points
 * (1/72 inch). It is what pdf.js calls the viewport at scale 1.
 */

/** An affine matrix [a, b, c, d, e, f] as PDF and pdf.js write them. */
export type Matrix = readonly [number, number, number, number, number, number];

/** One text item from pdf.js `page.getTextContent()` (TextItem), reduced to what we read. */
export interface PdfTextItem {
  str: string;
  /** Text space → user space, font size included. */
  transform: readonly number[];
  /** Advance width in user space. */
  width: number;
  height: number;
  fontName: string;
  hasEOL?: boolean;
}

/** pdf.js `page.getOperatorList()`: parallel arrays of operator ids (pdf.js OPS) and their arguments. */
export interface PdfOperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** Everything lib/pdf needs from one page. */
export interface PdfPageContent {
  /** 1-based. */
  pageNumber: number;
  /** Size of the page as shown, in points. */
  width: number;
  height: number;
  /** User space → page space: pdf.js `page.getViewport({ scale: 1 }).transform`. */
  viewportTransform: Matrix;
  items: PdfTextItem[];
  /** Optional: without it every table is read as a borderless one. */
  operators?: PdfOperatorList;
}

/** An axis-aligned box in page space: x0 < x1, top < bottom. */
export interface Box {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** What lib/pdf puts in `anchor` fields: where on which page a table, row, cell or text block was read. */
export interface PdfAnchor {
  kind: 'pdf';
  page: number;
  box: Box;
}

export function isPdfAnchor(anchor: unknown): anchor is PdfAnchor {
  return typeof anchor === 'object' && anchor !== null && (anchor as { kind?: unknown }).kind === 'pdf';
}

/**
 * A word of text placed on the page: a piece of a pdf.js text item between spaces, or several items glued together
 * where a PDF producer started a new item mid-word (a new font subset, a new Type 3 font).
 */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  /** Font size in points. */
  size: number;
  font: string;
  /**
   * Estimated x of the left edge of each UTF-16 code unit of `text`, plus x1 at the end (length text.length + 1).
   * pdf.js gives one width per item, so positions inside it are spread by nominal glyph widths (CJK = 1 em,
   * Latin ≈ 0.55 em) scaled to the item's real width. Used to cut a run where a cell border crosses it.
   */
  charX: number[];
  /** False for text that does not run left to right on the page (rotated labels). */
  horizontal: boolean;
}

/** A ruling line: a stroked segment or a thin filled rectangle, in page space. */
export interface Ruling {
  /** 'h': horizontal at y = pos from `from` to `to` (x); 'v': vertical at x = pos from `from` to `to` (y). */
  dir: 'h' | 'v';
  pos: number;
  from: number;
  to: number;
}
