/**
 * One <table> element → RawTable: rows in the order a browser shows them (the first <thead> on top, the first <tfoot>
 * at the bottom, everything else in source order), each cell's text, spans and header hint, and the elements
 * themselves as anchors so that findings can be marked on the page.
 *
 * A table that holds another table is a layout table, not data: readTableSteps then returns undefined, and the caller walks
 * into it instead. Finding that out while reading the cells costs no second pass over the table. Read as steps: a
 * 10,000-row table pauses every ROWS_PER_PAUSE rows.
 */
import type { RawCell, RawRow, RawTable } from '../model.ts';
import { PauseEvery, ROWS_PER_PAUSE, type Steps } from '../steps.ts';
import { elementText, type LinkVisitor, type TextWalkReport } from './element-text.ts';
import { ELEMENT_NODE, isHidden, tagOf } from './html-tags.ts';

type Section = NonNullable<RawRow['section']>;

/** Reads the table, pausing every ROWS_PER_PAUSE rows. */
export function* readTableSteps(table: Element, depth: number, onLink?: LinkVisitor): Steps<RawTable | undefined> {
  const report: TextWalkReport = { nestedTable: false };
  const pause = new PauseEvery(ROWS_PER_PAUSE);
  const head: RawRow[] = [];
  const middle: RawRow[] = [];
  const foot: RawRow[] = [];
  let caption: string | undefined;
  let headSeen = false;
  let footSeen = false;
  for (const child of elementChildren(table)) {
    if (isHidden(child)) continue;
    const tag = tagOf(child);
    if (tag === 'caption') {
      if (caption === undefined) caption = elementText(child, onLink, report) || undefined;
    } else if (tag === 'thead' && !headSeen) {
      headSeen = true;
      yield* readRows(child, 'thead', head, onLink, report, pause);
    } else if (tag === 'tfoot' && !footSeen) {
      footSeen = true;
      yield* readRows(child, 'tfoot', foot, onLink, report, pause);
    } else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      yield* readRows(child, tag, middle, onLink, report, pause);
    } else if (tag === 'tr') {
      // A <tr> straight under <table> (no parser inserted a <tbody>: linkedom, XHTML, script-built tables).
      middle.push(readRow(child, 'tbody', onLink, report));
      if (pause.due()) yield;
    } else if (tag === 'table' || child.getElementsByTagName('table').length > 0) {
      report.nestedTable = true; // a table dropped straight into a table (broken markup, or a DOM built by script)
    }
    if (report.nestedTable) return undefined;
  }
  const rows = head.length || foot.length ? [...head, ...middle, ...foot] : middle;
  const raw: RawTable = { rows, depth, anchor: table };
  if (caption !== undefined) raw.caption = caption;
  return raw;
}

function* readRows(
  section: Element,
  name: Section,
  into: RawRow[],
  onLink: LinkVisitor | undefined,
  report: TextWalkReport,
  pause: PauseEvery,
): Steps<void> {
  for (const child of elementChildren(section)) {
    const tag = tagOf(child);
    if (tag === 'tr' && !isHidden(child)) {
      into.push(readRow(child, name, onLink, report));
      if (pause.due()) yield;
    }
    else if (tag === 'table') report.nestedTable = true;
    if (report.nestedTable) return;
  }
}

function readRow(tr: Element, section: Section, onLink: LinkVisitor | undefined, report: TextWalkReport): RawRow {
  const cells: RawCell[] = [];
  for (const child of elementChildren(tr)) {
    const tag = tagOf(child);
    if (tag === 'table') report.nestedTable = true;
    if ((tag !== 'td' && tag !== 'th') || isHidden(child)) continue;
    // A cell without attributes (most cells of a plain page) spans nothing: no lookup by name.
    const attributed = child.hasAttributes();
    cells.push({
      text: elementText(child, onLink, report),
      rowSpan: attributed ? spanAttribute(child.getAttribute('rowspan'), 0, 65534) : 1,
      colSpan: attributed ? spanAttribute(child.getAttribute('colspan'), 1, 1000) : 1,
      header: tag === 'th' || section === 'thead',
      anchor: child,
    });
  }
  return { cells, section, anchor: tr };
}

/**
 * The HTML "rules for parsing non-negative integers" with the table limits: "2", " 3 ", "+2", "2px" read as numbers;
 * anything else is 1. rowspan=0 is kept (it means "to the end of the row group"); colspan below 1 is 1.
 */
function spanAttribute(value: string | null, min: number, max: number): number {
  if (value === null) return 1;
  const m = /^[\t\n\f\r ]*\+?(\d+)/.exec(value);
  if (!m) return 1;
  const n = Number(m[1]);
  if (n < min) return 1;
  return Math.min(n, max);
}

function* elementChildren(el: Element): Generator<Element> {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE) yield node as Element;
  }
}
