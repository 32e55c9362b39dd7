/**
 * Prose lines → paragraphs. A paragraph in these documents starts with a first-line indent of two characters
 * (Chinese typesetting), or with a list marker (一、 （一） 1.), and its lines run to the right margin except the
 * last. A line that stops short of the margin ends the paragraph. Joining the lines back matters: a sentence such as
 * "本年收入预算合计 13,377.11 万元，其\n中：" must reach the prose checks as one claim.
 */
import { collapseWideSpaces, isWideChar, joinNumberSpaces, joinWrappedLines } from './normalize-text.ts';
import type { Box } from './pdf-types.ts';
import { joinRuns, lineSegments, makeLine, type TextLine } from './text-lines.ts';
import { maxOf, minOf } from '../extent.ts';

/** Text set apart on one line by this many ems is two blocks ("编制单位：某某办公室        单位：万元"). */
const SEPARATE_GAP_EM = 3;

const LIST_MARKER =
  /^(?:[一二三四五六七八九十百]+\s*[、.．]|[（(]\s*[一二三四五六七八九十百]+\s*[）)]|[（(]\d+[）)]|\d+\s*[.．、](?!\d)|第[一二三四五六七八九十]+[部章节]分?|表\s*[\d一二三四五六七八九十]|公开\s*\d+\s*表|附[件表])/;

export interface Paragraph {
  text: string;
  lines: TextLine[];
  box: Box;
  /** Font size of the first line, in points. */
  size: number;
  /** Characters in the paragraph, for weighing font sizes. */
  weight: number;
  /**
   * A numbered line standing alone that is not a sentence ("一、收入预算情况说明"). Whether a paragraph in a larger
   * font is a heading is decided for the whole document (isHeading), since a page of tables has little body text.
   */
  numberedHeading: boolean;
  /** The first line starts at the left margin (not indented, not a list item): it may continue the previous page. */
  continues: boolean;
  /** The last line runs to the right margin: the paragraph may go on at the top of the next page. */
  open: boolean;
}

function lineText(line: TextLine): string {
  return joinRuns(line.runs);
}

/** Splits lines that hold blocks set far apart into separate lines. */
export function splitWideLines(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (const line of lines) {
    const pieces = lineSegments(line, SEPARATE_GAP_EM);
    if (pieces.length === 1) out.push(line);
    else for (const runs of pieces) out.push(makeLine(runs));
  }
  return out;
}

/** The p-quantile of values, each counted `weight` times. */
function weightedPercentile(values: readonly number[], weights: readonly number[], p: number): number {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const total = weights.reduce((s, w) => s + w, 0);
  let seen = 0;
  for (const i of order) {
    seen += weights[i];
    if (seen >= p * total) return values[i];
  }
  return values[order[order.length - 1]] ?? 0;
}

function boxOf(lines: readonly TextLine[]): Box {
  return {
    x0: minOf(lines.map((l) => l.x0)),
    x1: maxOf(lines.map((l) => l.x1)),
    top: minOf(lines.map((l) => l.top)),
    bottom: maxOf(lines.map((l) => l.bottom)),
  };
}

/** Groups prose lines (top to bottom) into paragraphs. */
/** Closing punctuation that may not begin a line (kinsoku): it travels down with the character before it. */
const NO_LINE_START = /[，。、；：？！）》」』”’%．,.;:?!)\]]/;

/**
 * Width of what the line starts with up to its first break opportunity: one Chinese character (and the closing
 * punctuation after it), or a Latin word or number ("16.64%。"). Had the line before had room for this, the
 * typesetter would have put it there.
 */
function firstUnitWidth(line: TextLine): number {
  const first = line.runs[0];
  const chars = Array.from(first.text);
  let units = 0;
  let k = 0;
  if (chars.length && isWideChar(chars[0]) && !NO_LINE_START.test(chars[0])) {
    k = 1;
  } else {
    while (k < chars.length && !isWideChar(chars[k])) k++;
  }
  while (k < chars.length && NO_LINE_START.test(chars[k])) k++;
  for (let i = 0; i < k; i++) units += chars[i].length;
  const end = first.charX[Math.min(units, first.charX.length - 1)] ?? first.x1;
  return end - first.x0;
}

/**
 * Whether a line starts where the next line of the paragraph above would: left of its indented first line, or at
 * the same x as its lines so far. A line at the same x as a one-line paragraph above is a new paragraph when that x
 * is an indent (two short paragraphs, each with its first line indented).
 */
function startsLikeNextLine(group: readonly TextLine[], line: TextLine, isIndented: boolean): boolean {
  const prev = group[group.length - 1];
  const em = line.size;
  if (line.x0 > prev.x0 + 0.8 * em) return false;
  if (line.x0 < prev.x0 - 0.8 * em) return group.length === 1;
  return group.length > 1 || !isIndented;
}

/**
 * A line whose characters were spread apart to fill the measure (Word and WPS justify Chinese text by adding space
 * between characters, and pdf.js then returns one item per character). Justification never stretches the last line
 * of a paragraph, so the paragraph goes on below, wherever the next line starts.
 */
function stretched(line: TextLine): boolean {
  if (line.runs.length < 4) return false;
  const gaps = line.runs.slice(1).map((r, i) => r.x0 - line.runs[i].x1);
  const sorted = gaps.sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] >= 0.2 * line.size;
}

/** Groups prose lines (top to bottom) into paragraphs. */
export function buildParagraphs(input: readonly TextLine[]): Paragraph[] {
  const lines = splitWideLines(input).sort((a, b) => a.top - b.top || a.x0 - b.x0);
  if (!lines.length) return [];
  // Margins of the text column, weighed by characters so that long lines of prose outvote a site's top bar or a
  // table of contents.
  const chars = (l: TextLine) => l.runs.reduce((n, r) => n + r.text.length, 0);
  const left = weightedPercentile(
    lines.map((l) => l.x0),
    lines.map(chars),
    0.1,
  );
  // The right margin: from lines that start at the left margin or a paragraph indent (page furniture set flush
  // right, such as "单位：万元", would push it out).
  const body = lines.filter((l) => l.x0 <= left + 3 * l.size);
  const measured = body.length ? body : lines;
  const right = weightedPercentile(
    measured.map((l) => l.x1),
    measured.map(chars),
    0.9,
  );
  const mid = (left + right) / 2;
  /** The line was full: the next line's first word would not have fitted after it. */
  const filled = (l: TextLine, next: TextLine) => l.x1 + firstUnitWidth(next) + 0.5 * l.size >= right;
  const reachesRight = (l: TextLine) => l.x1 >= right - 1.5 * l.size;
  /**
   * A title set centred may wrap onto a second centred line ("…外事办公" / "室" / "2026 年部门预算公开"). The first
   * line may run nearly margin to margin; the next must stand clear of both margins, which the last line of a
   * paragraph of prose (flush left) never does.
   */
  const aroundMiddle = (l: TextLine) => Math.abs((l.x0 + l.x1) / 2 - mid) <= l.size;
  const centred = (l: TextLine) => aroundMiddle(l) && l.x0 > left + 2 * l.size && l.x1 < right - 2 * l.size;

  /**
   * The left edge of the text around line k: the leftmost start among its neighbours. Page-wide margins mislead
   * where a site's header or a table of contents sits further left than the prose.
   */
  const localLeft = (k: number) => {
    let min = lines[k].x0;
    for (let i = Math.max(0, k - 8); i < Math.min(lines.length, k + 9); i++) {
      if (chars(lines[i]) >= 5) min = Math.min(min, lines[i].x0);
    }
    return min;
  };
  const indented = (k: number) => lines[k].x0 > localLeft(k) + 0.8 * lines[k].size;

  const groups: TextLine[][] = [];
  lines.forEach((line, k) => {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    const near =
      prev !== undefined &&
      Math.abs(prev.size - line.size) <= 0.15 * Math.max(prev.size, line.size) &&
      line.top - prev.bottom <= 1.3 * line.size &&
      line.top - prev.bottom >= -0.2 * line.size;
    const continues =
      near &&
      ((filled(prev, line) &&
        (startsLikeNextLine(group, line, indented(k)) || stretched(prev)) &&
        !LIST_MARKER.test(lineText(line).trim())) ||
        (aroundMiddle(prev) && centred(line)));
    if (continues) group.push(line);
    else groups.push([line]);
  });

  return groups.map((group) => {
    let text = '';
    for (const line of group) text = joinWrappedLines(text, lineText(line));
    text = joinNumberSpaces(collapseWideSpaces(text)).trim();
    const first = group[0];
    const last = group[group.length - 1];
    const numberedHeading =
      group.length === 1 && !reachesRight(first) && LIST_MARKER.test(text) && !/[。；;，,：:]/.test(text) && text.length <= 40;
    return {
      text,
      lines: group,
      box: boxOf(group),
      size: first.size,
      weight: text.length,
      numberedHeading,
      continues: !indented(lines.indexOf(first)) && !LIST_MARKER.test(text) && !numberedHeading,
      open: reachesRight(last) && !numberedHeading,
    };
  });
}

/** The font size most of the document's prose is set in (weighted by characters). */
export function bodyFontSize(paragraphs: readonly Paragraph[]): number {
  const sorted = [...paragraphs].sort((a, b) => a.size - b.size);
  const total = sorted.reduce((s, p) => s + p.weight, 0);
  let seen = 0;
  for (const p of sorted) {
    seen += p.weight;
    if (seen >= total / 2) return p.size;
  }
  return 0;
}

/** Lines that introduce a table (编制单位：…, 单位：万元) are set larger than the table but are not headings. */
const TABLE_META = /^(?:(?:编制|填报)?(?:单位|部门)\s*[:：]|(?:金额)?单位\s*[:：])/;

export function isHeading(p: Paragraph, bodySize: number): boolean {
  if (p.numberedHeading) return true;
  return bodySize > 0 && p.size >= 1.1 * bodySize && p.lines.length <= 3 && !TABLE_META.test(p.text);
}
