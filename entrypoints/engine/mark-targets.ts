/**
 * Where each finding sits on the page: the element of its stated cell (and of the cells it was checked against), or
 * the quoted sentence inside a text block. Reads the anchors the DOM adapter (lib/dom/read-document.ts) put on the
 * RawDocument and the grids; never looks at offsets into normalised text (see locate-text.ts).
 */
import type { Finding, RawDocument, Report, TableGrid } from '../../lib/model.ts';
import { findingTone } from '../../components/FindingCard.tsx';
import { compactString, locateText } from './locate-text.ts';

export type MarkTone = 'error' | 'note';

/** One marked cell: several findings may point at the same cell (a total checked by its row and its column). */
export interface CellMark {
  key: string;
  element: Element;
  tone: MarkTone;
  findingIds: string[];
}

/** One marked stretch of prose: the wrong number inside the quoted sentence. */
export interface TextMark {
  key: string;
  range: Range;
  /** The block element that holds it: scrolled to, and checked for being still in the page. */
  element: Element;
  tone: MarkTone;
  findingIds: string[];
}

export interface FindingPlace {
  /** Key of the CellMark or TextMark that shows the finding. */
  markKey?: string;
  /** The cells the stated figure was checked against: outlined while the finding's popover is open. */
  related: Element[];
}

export interface TableAnchor {
  tableId: string;
  element: Element;
}

export interface MarkTargets {
  cells: CellMark[];
  texts: TextMark[];
  tables: TableAnchor[];
  places: Map<string, FindingPlace>;
}

export function isElement(value: unknown): value is Element {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Node).nodeType === 1 &&
    typeof (value as Element).getBoundingClientRect === 'function'
  );
}

function cellElement(tables: Map<string, TableGrid>, ref: { tableId: string; row: number; col: number }) {
  const anchor = tables.get(ref.tableId)?.rows[ref.row]?.[ref.col]?.anchor;
  return isElement(anchor) ? anchor : undefined;
}

function stronger(a: MarkTone, b: MarkTone): MarkTone {
  return a === 'error' || b === 'error' ? 'error' : 'note';
}

export function buildMarkTargets(report: Report, raw: RawDocument): MarkTargets {
  const tables = new Map(report.tables.map((grid) => [grid.id, grid]));
  const cellMarks = new Map<Element, CellMark>();
  const texts: TextMark[] = [];
  const places = new Map<string, FindingPlace>();

  for (const finding of report.findings) {
    const tone = findingTone(finding);
    const place: FindingPlace = { related: [] };
    places.set(finding.id, place);
    // A claim in the text (prose-share, prose-vs-table …) is stated in the sentence; its cells, if any, are what the
    // sentence was checked against. A table finding is stated in its first cell.
    const prose = finding.textRefs?.length ? locateProse(finding, raw) : undefined;
    const [first, ...others] = finding.cells;
    const statedElement = !prose && first ? cellElement(tables, first) : undefined;
    if (prose) {
      // Two claims about the same words (a share, and the shares' sum) share one mark and one popover.
      let mark = texts.find((existing) => sameRange(existing.range, prose.range));
      if (!mark) {
        mark = { key: `p${texts.length}`, ...prose, tone, findingIds: [] };
        texts.push(mark);
      }
      mark.tone = stronger(mark.tone, tone);
      mark.findingIds.push(finding.id);
      place.markKey = mark.key;
    } else if (statedElement) {
      let mark = cellMarks.get(statedElement);
      if (!mark) {
        mark = { key: `c${cellMarks.size}`, element: statedElement, tone, findingIds: [] };
        cellMarks.set(statedElement, mark);
      }
      mark.tone = stronger(mark.tone, tone);
      mark.findingIds.push(finding.id);
      place.markKey = mark.key;
    }
    for (const ref of prose ? finding.cells : others) {
      const element = cellElement(tables, ref);
      if (element && element !== statedElement && !place.related.includes(element)) place.related.push(element);
    }
  }

  const tableAnchors: TableAnchor[] = [];
  for (const grid of report.tables) {
    const element = grid.anchors.find(isElement);
    if (element) tableAnchors.push({ tableId: grid.id, element });
  }
  return { cells: [...cellMarks.values()], texts, tables: tableAnchors, places };
}

function sameRange(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;
  } catch {
    return false; // ranges in different documents
  }
}

/**
 * The first of the finding's text references whose quote is found in its block's element. A sentence the engine
 * joined across blocks (a line with no full stop, "附件：x.pdf", runs into the next paragraph) is in no one element:
 * then the part of it in each block is looked for instead, in the block that holds the stated figure.
 */
function locateProse(finding: Finding, raw: RawDocument): { range: Range; element: Element } | undefined {
  const refs = (finding.textRefs ?? []).flatMap((ref) => {
    const block = raw.blocks[ref.block];
    return block?.kind === 'text' && isElement(block.anchor) ? [{ ref, text: block.text, element: block.anchor }] : [];
  });
  for (const { ref, text, element } of refs) {
    const match = locateText(element, finding.quote ?? text.slice(ref.start, ref.end), finding.stated);
    if (match) return { range: match.range, element };
  }
  if (refs.length < 2) return undefined;
  const stated = finding.stated ? compactString(finding.stated) : '';
  for (const { ref, text, element } of refs) {
    const part = text.slice(ref.start, ref.end);
    if (stated && !compactString(part).includes(stated)) continue;
    const match = locateText(element, part, finding.stated);
    if (match) return { range: match.range, element };
  }
  return undefined;
}
