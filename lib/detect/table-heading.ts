/**
 * A table's number, title, meta lines and unit, from the text around it: the lines just above it (Word and plain
 * pages: "表1" / "单位收支总体情况表" / "编制单位：…" / "单位：万元"; platform pages: "表1　单位收支总体情况表" and one
 * line holding both meta items), its <caption>, or title rows at the top of the table itself.
 */
import type { Unit } from '../model.ts';
import { cleanTitle, isBareMetaLabel, isContinuedMark, isMetaLine, isPageNoise, isTitleText, parseTitleLine, splitMetaLine } from './heading-lines.ts';
import { unspaced } from '../text.ts';
import { declaredUnit } from './table-unit.ts';

export interface TableHeading {
  number?: string;
  title?: string;
  /** Lines between the title and the table: 编制单位：…, 单位：万元, (2023 年). */
  meta: string[];
  unit?: Unit;
  /** Marked as the rest of an earlier table (续表, 表2（续）). */
  continued: boolean;
}

export interface HeadingAbove extends TableHeading {
  /** Nothing but meta lines, page numbers and continuation marks since the previous table (a page break). */
  fillerOnly: boolean;
}

/** How far up a title is looked for: a title, a number line and a handful of meta lines. */
const MAX_LINES_UP = 12;

/** @param written the text lines between the previous table (or the start) and this table, in reading order */
export function headingAbove(written: readonly string[]): HeadingAbove {
  // "收 入 决 算 表", "单 位：万 元": a title or unit line spaced out is read closed up.
  const lines = written.map(unspaced);
  const heading: HeadingAbove = { meta: [], continued: false, fillerOnly: true };
  let seen = 0;
  let titleLine: string | undefined;
  /** The line just read (below this one) was a bare label ("部门：") whose value has not been seen. */
  let openLabel = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    let line = lines[i].trim();
    if (line === '') continue;
    const labelBelow = openLabel;
    openLabel = false;
    if (++seen > MAX_LINES_UP) {
      heading.fillerOnly = false;
      break;
    }
    if (isContinuedMark(line)) {
      heading.continued = true;
      continue;
    }
    if (isPageNoise(line)) continue;
    const parts = splitMetaLine(line);
    if (parts.length > 0 && parts.length <= MAX_LINES_UP && parts.every(isMetaLine)) {
      heading.meta.unshift(...parts);
      openLabel = isBareMetaLabel(line);
      continue;
    }
    // "公开表八部门：": the table's number and a meta label run together on one line. The label is meta; the rest is
    // read as a title line below.
    const tail = metaTail(line);
    if (tail) {
      heading.meta.unshift(tail.meta);
      openLabel = isBareMetaLabel(tail.meta);
      line = tail.head;
    }
    // The unit's name read before its "部门：" (the text runs of a PDF form come in any order): the label's value.
    if (labelBelow && parseTitleLine(line) === undefined) {
      heading.meta.unshift(line);
      continue;
    }
    // "部门：" on one line and the unit's name on the next (a PDF whose form fields are separate text runs): the name
    // is the label's value, a meta line, not a title.
    const label = previousLine(lines, i);
    if (label !== undefined && isBareMetaLabel(lines[label])) {
      heading.meta.unshift(`${lines[label].trim()}${line}`);
      i = label;
      continue;
    }
    // "部门名称：江苏省人大" / "单位:万元" / "常委会办公厅": the end of a meta value wrapped below the next meta line.
    if (label !== undefined && isMetaLine(lines[label]) && isWrappedValue(line)) {
      heading.meta.unshift(line);
      continue;
    }
    // The same after "公开表八部门：": the label ends the line above; that line is read on the next turn.
    const labelled = label === undefined ? undefined : metaTail(lines[label].trim());
    if (labelled && isBareMetaLabel(labelled.meta) && parseTitleLine(line) === undefined) {
      heading.meta.unshift(line);
      continue;
    }
    heading.fillerOnly = false;
    const found = parseTitleLine(line);
    if (!found) break;
    titleLine = line;
    if (found.number !== undefined) heading.number = found.number;
    if (found.title !== undefined) heading.title = found.title;
    if (found.continued) heading.continued = true;
    const above = previousLine(lines, i);
    if (above !== undefined) {
      const next = parseTitleLine(lines[above]);
      // "表1" on the line above the title, or (less often) the title on the line above "表1".
      if (heading.number === undefined && heading.title !== undefined && next?.number !== undefined && next.title === undefined) {
        heading.number = next.number;
      } else if (heading.title === undefined && heading.number !== undefined && next?.number === undefined && isTitleText(lines[above])) {
        heading.title = cleanTitle(lines[above]);
      }
    }
    break;
  }
  const unit = unitOf(titleLine === undefined ? heading.meta : [...heading.meta, titleLine]);
  if (unit) heading.unit = unit;
  return heading;
}

/** The heading told by lines that belong to the table itself: its caption, or title rows at its top. */
export function headingWithin(lines: readonly string[]): TableHeading {
  const heading: TableHeading = { meta: [], continued: false };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (isContinuedMark(line)) {
      heading.continued = true;
      continue;
    }
    const whole = parseTitleLine(line);
    if (whole) {
      take(heading, whole);
      continue;
    }
    for (const part of splitMetaLine(line)) {
      if (isMetaLine(part)) heading.meta.push(part);
      else {
        const found = parseTitleLine(part);
        if (found) take(heading, found);
      }
    }
  }
  const unit = unitOf([...heading.meta, ...lines]);
  if (unit) heading.unit = unit;
  return heading;
}

/** The table's own heading (caption, title rows) wins over the text above it, which may be a section heading. */
export function combineHeadings(own: TableHeading, above: TableHeading): TableHeading {
  const heading: TableHeading = {
    meta: [...above.meta, ...own.meta],
    continued: own.continued || above.continued,
  };
  const number = own.number ?? above.number;
  const title = own.title ?? above.title;
  const unit = own.unit ?? above.unit;
  if (number !== undefined) heading.number = number;
  if (title !== undefined) heading.title = title;
  if (unit !== undefined) heading.unit = unit;
  return heading;
}

function take(heading: TableHeading, found: ReturnType<typeof parseTitleLine>): void {
  if (!found) return;
  if (found.number !== undefined && heading.number === undefined) heading.number = found.number;
  if (found.title !== undefined && heading.title === undefined) heading.title = found.title;
  if (found.continued) heading.continued = true;
}

/** A short line with no sentence punctuation and no title in it: a piece of a name, not a heading of its own. */
function isWrappedValue(line: string): boolean {
  return line.length <= 20 && !/[，。；：:;,]/.test(line) && parseTitleLine(line) === undefined && !/\d/.test(line);
}

/** A line that ends in a meta label after something that reads as a title line: the two parts. */
function metaTail(line: string): { head: string; meta: string } | undefined {
  const at = line.search(META_LABEL);
  if (at <= 0) return undefined;
  const head = line.slice(0, at).trim();
  const meta = line.slice(at).trim();
  return isMetaLine(meta) && parseTitleLine(head) !== undefined ? { head, meta } : undefined;
}

/** Where a meta label starts inside a line: 部门：, 编制单位：, 单位名称：. */
const META_LABEL = /(?:编制|填报|申报|预算|主管)?(?:单位|部门)(?:名称)?\s*[:：]/;

function previousLine(lines: readonly string[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) if (lines[j].trim() !== '') return j;
  return undefined;
}

function unitOf(lines: readonly string[]): Unit | undefined {
  for (const line of lines) {
    const unit = declaredUnit(line);
    if (unit) return unit;
  }
  return undefined;
}
