/**
 * Prose lines → paragraphs. A paragraph in these documents starts with a first-line indent of two characters
 * (Chinese typesetting), or with a list marker (一、 （一） 1.), and its lines run to the right margin except the
 * last. A line that stops short of the margin ends the paragraph. Joining the lines back matters: a sentence such as
 * "本年收入预算合计 13,377.11 万元，其\n中：" must reach the prose checks as one claim.
 */
import { collapseWideSpaces, joinNumberSpaces, joinWrappedLines } from './normalize-text.ts';
import type { Box } from './pdf-types.ts';
import { joinRuns, lineSegments, makeLine, type TextLine } from './text-lines.ts';

/** Text set apart on one line by this many ems is two blocks ("编制单位：某某办公室        单位：万元"). */
const SEPARATE_GAP_EM = 3;

const LIST_MARKER =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[）)]|[（(]\d+[）)]|\d+[.．、](?!\d)|第[一二三四五六七八九十]+[部章节]分?|表\s*\d|附[件表])/;

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

function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

function boxOf(lines: readonly TextLine[]): Box {
  return {
    x0: Math.min(...lines.map((l) => l.x0)),
    x1: Math.max(...lines.map((l) => l.x1)),
    top: Math.min(...lines.map((l) => l.top)),
    bottom: Math.max(...lines.map((l) => l.bottom)),
  };
}

/** Groups prose lines (top to bottom) into paragraphs. */
export function buildParagraphs(input: readonly TextLine[]): Paragraph[] {
  const lines = splitWideLines(input).sort((a, b) => a.top - b.top || a.x0 - b.x0);
  if (!lines.length) return [];
  const left = percentile(
    lines.map((l) => l.x0),
    0.1,
  );
  const right = percentile(
    lines.map((l) => l.x1),
    0.9,
  );
  const reachesRight = (l: TextLine) => l.x1 >= right - 1.5 * l.size;
  const atLeft = (l: TextLine) => l.x0 <= left + 0.8 * l.size;

  const groups: TextLine[][] = [];
  for (const line of lines) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    const continues =
      prev !== undefined &&
      Math.abs(prev.size - line.size) <= 0.15 * Math.max(prev.size, line.size) &&
      line.top - prev.bottom <= 1.3 * line.size &&
      line.top - prev.bottom >= -0.2 * line.size &&
      reachesRight(prev) &&
      atLeft(line) &&
      !LIST_MARKER.test(lineText(line).trim());
    if (continues) group.push(line);
    else groups.push([line]);
  }

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
      continues: atLeft(first) && !LIST_MARKER.test(text) && !numberedHeading,
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
