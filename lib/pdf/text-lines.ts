/**
 * Runs → lines, and a line's text.
 *
 * Runs belong to one line when their boxes overlap vertically, not when their baselines are equal: a right-aligned
 * amount set in another font sits a little higher or lower than its label (Times New Roman digits next to 宋体 in the
 * Jiangsu PDFs; Arial next to Noto Sans CJK in Chromium prints), and an amount centred beside a label that wraps
 * onto two lines overlaps both, which ties the two lines into one table row.
 */
import { joinNumberSpaces, joinWrappedLines } from './normalize-text.ts';
import type { TextRun } from './pdf-types.ts';
import { maxOf, minOf } from '../extent.ts';

export interface TextLine {
  runs: TextRun[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Baseline of the line's longest run. */
  baseline: number;
  /** Font size of the line's longest run. */
  size: number;
}

/** How many following runs (by top) each run is compared with when grouping lines. */
const LOOK_AHEAD = 400;
/** Share of the smaller box's height that two runs must overlap to be on one line. */
const LINE_OVERLAP = 0.25;

function overlapRatio(a: TextRun, b: TextRun): number {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const h = Math.min(a.bottom - a.top, b.bottom - b.top);
  return h > 0 ? overlap / h : 0;
}

export function makeLine(runs: TextRun[]): TextLine {
  const sorted = [...runs].sort((a, b) => a.x0 - b.x0);
  let main = sorted[0];
  for (const r of sorted) if (r.text.length > main.text.length) main = r;
  return {
    runs: sorted,
    x0: minOf(sorted.map((r) => r.x0)),
    x1: maxOf(sorted.map((r) => r.x1)),
    top: minOf(sorted.map((r) => r.top)),
    bottom: maxOf(sorted.map((r) => r.bottom)),
    baseline: main.baseline,
    size: main.size,
  };
}

/** Groups runs into lines, top to bottom. */
export function groupLines(runs: readonly TextRun[]): TextLine[] {
  if (!runs.length) return [];
  const order = runs.map((_, i) => i).sort((a, b) => runs[a].top - runs[b].top);
  const parent = runs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (let oi = 0; oi < order.length; oi++) {
    const a = runs[order[oi]];
    // Runs of one line are neighbours in this order, so a bounded look-ahead still links the whole line (through
    // its neighbours) and keeps a page of a million runs on one line from taking quadratic time.
    const end = Math.min(order.length, oi + 1 + LOOK_AHEAD);
    for (let oj = oi + 1; oj < end; oj++) {
      const b = runs[order[oj]];
      if (b.top >= a.bottom) break;
      if (overlapRatio(a, b) >= LINE_OVERLAP) parent[find(order[oj])] = find(order[oi]);
    }
  }
  const groups = new Map<number, TextRun[]>();
  for (let i = 0; i < runs.length; i++) {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(runs[i]);
    else groups.set(root, [runs[i]]);
  }
  return [...groups.values()].map(makeLine).sort((a, b) => a.top - b.top || a.x0 - b.x0);
}

/** Joins runs left to right: a space where there is a visible gap, nothing where pieces touch. */
export function joinRuns(runs: readonly TextRun[]): string {
  const sorted = [...runs].sort((a, b) => a.x0 - b.x0);
  let text = '';
  let prev: TextRun | null = null;
  for (const r of sorted) {
    if (prev) {
      const gap = r.x0 - prev.x1;
      text += gap > 0.15 * Math.min(prev.size, r.size) ? ' ' : '';
    }
    text += r.text;
    prev = r;
  }
  return text;
}

/**
 * The text of a box holding several lines (a table cell, a paragraph): sub-lines by vertical overlap, each joined
 * left to right, then lines joined as wrapped text (no space between Chinese lines).
 */
export function blockText(runs: readonly TextRun[]): string {
  const lines = groupLines(runs);
  let text = '';
  for (const line of lines) text = joinWrappedLines(text, joinRuns(line.runs));
  return joinNumberSpaces(text).trim();
}

/** Splits a line into segments at gaps wider than `gapEm` × font size. */
export function lineSegments(line: TextLine, gapEm: number): TextRun[][] {
  const segments: TextRun[][] = [];
  let current: TextRun[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  let size = 0;
  for (const r of line.runs) {
    if (current.length && r.x0 - reach > gapEm * Math.max(size, r.size)) {
      segments.push(current);
      current = [];
      reach = Number.NEGATIVE_INFINITY;
    }
    current.push(r);
    reach = Math.max(reach, r.x1);
    size = r.size;
  }
  if (current.length) segments.push(current);
  return segments;
}
