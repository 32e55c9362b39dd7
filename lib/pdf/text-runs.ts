/**
 * pdf.js text items → word-sized runs placed on the page.
 *
 * pdf.js joins the glyphs of one text-showing operation, and neighbouring operations on one line, into one item; it
 * writes a space where it sees a gap. An item can therefore hold two table cells ("24,458.43 一、一般公共服务支出"
 * in 江苏省委办公厅2018年度部门预算公开表.pdf p.3: a right-aligned amount and the next cell's label), and one word
 * can be spread over several items (Chromium starts a new Type 3 font every 256 glyphs, so "单位收" + "⽀" +
 * "总体情况表"). We cut items at spaces and glue pieces that touch, so a run is one word on the page.
 */
import { multiply } from './matrix.ts';
import { isWideChar, normalizeCodePoint } from './normalize-text.ts';
import type { Matrix, PdfTextItem, TextRun } from './pdf-types.ts';

/** Nominal advance of a character in ems, for placing characters inside an item (see TextRun.charX). */
function nominalWidth(ch: string): number {
  if (ch === ' ' || ch === '\u00a0') return 0.3;
  if (ch === '\u3000') return 1;
  if (isWideChar(ch)) return 1;
  return 0.55;
}

const ASCENT = 0.88;
const DESCENT = 0.12;

/** One item → its words. Whitespace-only items (pdf.js fills gaps with them) give nothing. */
export function itemToRuns(item: PdfTextItem, viewport: Matrix): TextRun[] {
  if (!item.str?.trim()) return [];
  const m = multiply(viewport, item.transform);
  const advance = Math.hypot(m[0], m[1]);
  const size = Math.hypot(m[2], m[3]);
  if (!(size > 0) || !Number.isFinite(size)) return [];
  // Italic (skewed) text still runs left to right: allow a shear up to about 20°.
  const horizontal = m[0] > 0 && Math.abs(m[1]) <= 0.02 * Math.abs(m[0]) && Math.abs(m[2]) <= 0.35 * size;
  const chars = Array.from(item.str);
  if (!horizontal) return [rotatedRun(item, m, size, chars)];

  // pdf.js item.width is in user space along the text direction; in page space it is scaled like the x axis.
  const scaleX = advance / Math.hypot(item.transform[0], item.transform[1] || 0) || 1;
  const width = item.width * scaleX;
  const nominal = chars.map(nominalWidth);
  const total = nominal.reduce((s, w) => s + w, 0);
  const perEm = total > 0 && width > 0 ? width / total : size;
  const x = m[4];
  const baseline = m[5];
  const top = baseline - ASCENT * size;
  const bottom = baseline + DESCENT * size;

  const runs: TextRun[] = [];
  let cursor = x;
  let text = '';
  let charX: number[] = [];
  const flush = (end: number) => {
    if (text) {
      charX.push(end);
      runs.push({ text, x0: charX[0], x1: end, top, bottom, baseline, size, font: item.fontName, charX, horizontal: true });
    }
    text = '';
    charX = [];
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const w = nominal[i] * perEm;
    if (ch.trim() === '') {
      flush(cursor);
    } else {
      const normal = normalizeCodePoint(ch.codePointAt(0)!);
      // A normalised character may be 0, 1 or 2 UTF-16 units long; each unit gets a position.
      for (let k = 0; k < normal.length; k++) charX.push(cursor + (w * k) / normal.length);
      text += normal;
    }
    cursor += w;
  }
  flush(cursor);
  return runs;
}

/** Text turned on the page (a label written upwards in a narrow header cell): one run over its bounding box. */
function rotatedRun(item: PdfTextItem, m: Matrix, size: number, chars: string[]): TextRun {
  const len = Math.hypot(item.transform[0], item.transform[1]) || 1;
  const ux = m[0] / len;
  const uy = m[1] / len;
  const vx = m[2] / size;
  const vy = m[3] / size;
  const w = item.width * (Math.hypot(m[0], m[1]) / len);
  const corners: [number, number][] = [];
  for (const t of [0, w]) {
    for (const v of [-DESCENT * size, ASCENT * size]) corners.push([m[4] + ux * t + vx * v, m[5] + uy * t + vy * v]);
  }
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const text = chars.map((ch) => normalizeCodePoint(ch.codePointAt(0)!)).join('').replace(/\s+/g, ' ').trim();
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const charX = Array.from({ length: text.length + 1 }, (_, i) => x0 + ((x1 - x0) * i) / Math.max(1, text.length));
  const bottom = Math.max(...ys);
  return { text, x0, x1, top: Math.min(...ys), bottom, baseline: bottom, size, font: item.fontName, charX, horizontal: false };
}

/** Two runs on one line that touch: parts of one word split by the producer. */
function touching(a: TextRun, b: TextRun): boolean {
  if (!a.horizontal || !b.horizontal) return false;
  const size = Math.min(a.size, b.size);
  if (Math.abs(a.baseline - b.baseline) > 0.2 * size) return false;
  if (Math.abs(a.size - b.size) > 0.25 * Math.max(a.size, b.size)) return false;
  const gap = b.x0 - a.x1;
  return gap > -0.3 * size && gap < 0.12 * size;
}

/** Appends b to a, in place (a is a run this module made): copying would make a long line quadratic. */
function glue(a: TextRun, b: TextRun): void {
  a.text += b.text;
  a.x1 = Math.max(a.x1, b.x1);
  a.top = Math.min(a.top, b.top);
  a.bottom = Math.max(a.bottom, b.bottom);
  a.charX.pop();
  for (const x of b.charX) a.charX.push(x);
}

/** All items of a page → runs, with pieces of one word glued back together. */
export function pageRuns(items: readonly PdfTextItem[], viewport: Matrix): TextRun[] {
  const runs = items.flatMap((item) => itemToRuns(item, viewport));
  // Sort by line (rounded baseline) then x, so that pieces of a word are neighbours.
  const sorted = runs
    .map((run, index) => ({ run, index }))
    .sort((p, q) => {
      const dy = p.run.baseline - q.run.baseline;
      if (Math.abs(dy) > 0.2 * Math.min(p.run.size, q.run.size)) return dy;
      return p.run.x0 - q.run.x0 || p.index - q.index;
    })
    .map((p) => p.run);
  const out: TextRun[] = [];
  for (const run of sorted) {
    const last = out[out.length - 1];
    if (last && touching(last, run)) glue(last, run);
    else out.push(run);
  }
  return out;
}

/** Cuts a run at x: the characters whose centre lies left of x, and the rest. */
export function splitRunAt(run: TextRun, x: number): [TextRun, TextRun] | null {
  let cut = -1;
  for (let i = 1; i < run.text.length; i++) {
    const centreBefore = (run.charX[i - 1] + run.charX[i]) / 2;
    const centreAfter = (run.charX[i] + run.charX[i + 1]) / 2;
    if (centreBefore < x && centreAfter >= x) {
      cut = i;
      break;
    }
  }
  if (cut <= 0) return null;
  // Keep surrogate pairs together.
  const code = run.text.charCodeAt(cut);
  if (code >= 0xdc00 && code <= 0xdfff) cut += 1;
  if (cut >= run.text.length) return null;
  const left: TextRun = { ...run, text: run.text.slice(0, cut), x1: run.charX[cut], charX: run.charX.slice(0, cut + 1) };
  const right: TextRun = { ...run, text: run.text.slice(cut), x0: run.charX[cut], charX: run.charX.slice(cut) };
  return [left, right];
}
