/**
 * The ruling lines of a page, from pdf.js's operator list.
 *
 * Producers draw table borders in different ways, all seen in the Jiangsu PDFs (test/pdf/jiangsu.test.ts):
 * - stroked paths (m/l/S) and stroked rectangles (re/S);
 * - thin filled rectangles (re/f): Excel 2010 draws each border twice, a 0.24 pt stroke and a 0.96 pt filled
 *   rectangle; Chromium's print-to-PDF draws every CSS border as a filled rectangle one CSS pixel wide.
 * Large filled rectangles are cell backgrounds, not lines; white or near-white lines are invisible on paper and
 * ignored (Chromium paints white backgrounds the same way it paints borders).
 */
import { applyToPoint, IDENTITY, multiply } from './matrix.ts';
import { DRAW_OPS, OPS } from './pdf-ops.ts';
import type { Matrix, PdfOperatorList, Ruling } from './pdf-types.ts';

/** A filled rectangle at most this thick (points) is a line. Outer frames in Excel and Word go up to 2.25 pt. */
const MAX_LINE_THICKNESS = 3;
/** Shorter marks are ticks or glyph-like decorations. */
const MIN_LINE_LENGTH = 2;
/** Lines closer than this (points) in position are one line drawn twice (stroke + fill, or two cells' borders). */
const SAME_LINE = 1.2;
/** Collinear pieces this close end to end are one line (Chromium draws a border per cell edge). */
const JOIN_GAP = 1.5;

type Rgb = [number, number, number];

function parseColor(args: unknown): Rgb | null {
  if (!Array.isArray(args)) return null;
  const first = args[0];
  if (typeof first === 'string' && /^#[0-9a-f]{6}$/i.test(first)) {
    return [1, 3, 5].map((i) => Number.parseInt(first.slice(i, i + 2), 16) / 255) as Rgb;
  }
  if (args.length >= 3 && args.slice(0, 3).every((v) => typeof v === 'number')) {
    const [r, g, b] = args as number[];
    // pdf.js has used both 0–1 and 0–255 over its versions.
    const scale = r > 1 || g > 1 || b > 1 ? 255 : 1;
    return [r / scale, g / scale, b / scale];
  }
  return null;
}

function invisible(color: Rgb): boolean {
  return color.every((c) => c >= 0.94);
}

function isMatrix(v: unknown): v is number[] {
  return (Array.isArray(v) || ArrayBuffer.isView(v)) && (v as ArrayLike<unknown>).length === 6;
}

/** The path buffer of a constructPath: pdf.js 5 passes [paintOp, [Float32Array], minMax]. */
function pathBuffer(args: unknown[]): ArrayLike<number> | null {
  const data = args[1];
  if (ArrayBuffer.isView(data)) return data as unknown as ArrayLike<number>;
  if (Array.isArray(data)) {
    const inner = data[0];
    if (ArrayBuffer.isView(inner)) return inner as unknown as ArrayLike<number>;
    if (Array.isArray(inner) && inner.every((v) => typeof v === 'number')) return inner as number[];
    if (data.every((v) => typeof v === 'number')) return data as number[];
  }
  return null;
}

type Point = [number, number];

/** Splits a path buffer into subpaths of points (curves reduced to their end points, flagged). */
function subpaths(buf: ArrayLike<number>): { points: Point[]; closed: boolean; curved: boolean }[] {
  const out: { points: Point[]; closed: boolean; curved: boolean }[] = [];
  let current: { points: Point[]; closed: boolean; curved: boolean } | null = null;
  let i = 0;
  while (i < buf.length) {
    const op = buf[i];
    if (op === DRAW_OPS.moveTo) {
      current = { points: [[buf[i + 1], buf[i + 2]]], closed: false, curved: false };
      out.push(current);
      i += 3;
    } else if (op === DRAW_OPS.lineTo) {
      if (!current) {
        current = { points: [], closed: false, curved: false };
        out.push(current);
      }
      current.points.push([buf[i + 1], buf[i + 2]]);
      i += 3;
    } else if (op === DRAW_OPS.curveTo) {
      if (current) {
        current.curved = true;
        current.points.push([buf[i + 5], buf[i + 6]]);
      }
      i += 7;
    } else if (op === DRAW_OPS.quadraticCurveTo) {
      if (current) {
        current.curved = true;
        current.points.push([buf[i + 3], buf[i + 4]]);
      }
      i += 5;
    } else if (op === DRAW_OPS.closePath) {
      if (current) current.closed = true;
      i += 1;
    } else {
      break; // unknown code: stop rather than misread the rest
    }
  }
  return out;
}

/** A segment or thin rectangle → a ruling, if it is axis-aligned. */
function segmentRuling(a: Point, b: Point): Ruling | null {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy <= 0.5 && dx >= MIN_LINE_LENGTH) {
    return { dir: 'h', pos: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) };
  }
  if (dx <= 0.5 && dy >= MIN_LINE_LENGTH) {
    return { dir: 'v', pos: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) };
  }
  return null;
}

function rectangleRuling(points: Point[]): Ruling | null {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  // Every point must sit on the bounding box's corners: an axis-aligned rectangle.
  const onCorner = points.every(
    (p) => (Math.abs(p[0] - x0) < 0.3 || Math.abs(p[0] - x1) < 0.3) && (Math.abs(p[1] - y0) < 0.3 || Math.abs(p[1] - y1) < 0.3),
  );
  if (!onCorner) return null;
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= MAX_LINE_THICKNESS && w >= Math.max(MIN_LINE_LENGTH, 2 * h)) return { dir: 'h', pos: (y0 + y1) / 2, from: x0, to: x1 };
  if (w <= MAX_LINE_THICKNESS && h >= Math.max(MIN_LINE_LENGTH, 2 * w)) return { dir: 'v', pos: (x0 + x1) / 2, from: y0, to: y1 };
  return null;
}

/** Every visible ruling piece drawn on the page, in page space, not yet merged. */
export function collectRulings(list: PdfOperatorList, viewport: Matrix): Ruling[] {
  const out: Ruling[] = [];
  let ctm: Matrix = IDENTITY;
  let fill: Rgb = [0, 0, 0];
  let stroke: Rgb = [0, 0, 0];
  const stack: { ctm: Matrix; fill: Rgb; stroke: Rgb }[] = [];
  const n = list.fnArray.length;
  for (let i = 0; i < n; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i];
    switch (fn) {
      case OPS.save:
        stack.push({ ctm, fill, stroke });
        break;
      case OPS.restore: {
        const state = stack.pop();
        if (state) ({ ctm, fill, stroke } = state);
        break;
      }
      case OPS.transform:
        if (isMatrix(args)) ctm = multiply(ctm, Array.from(args));
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ctm, fill, stroke });
        const matrix = Array.isArray(args) ? args[0] : null;
        if (isMatrix(matrix)) ctm = multiply(ctm, Array.from(matrix));
        break;
      }
      case OPS.paintFormXObjectEnd: {
        const state = stack.pop();
        if (state) ({ ctm, fill, stroke } = state);
        break;
      }
      case OPS.setFillRGBColor:
        fill = parseColor(args) ?? fill;
        break;
      case OPS.setStrokeRGBColor:
        stroke = parseColor(args) ?? stroke;
        break;
      case OPS.constructPath: {
        if (!Array.isArray(args)) break;
        const paint = typeof args[0] === 'number' ? args[0] : -1;
        const strokes =
          paint === OPS.stroke || paint === OPS.closeStroke || (paint >= OPS.fillStroke && paint <= OPS.closeEOFillStroke);
        const fills = paint >= OPS.fill && paint <= OPS.closeEOFillStroke;
        if (!strokes && !fills) break;
        const buf = pathBuffer(args);
        if (!buf) break;
        const toPage = multiply(viewport, ctm);
        for (const sub of subpaths(buf)) {
          const points = sub.points.map((p) => applyToPoint(toPage, p[0], p[1]));
          if (strokes && !invisible(stroke)) {
            const closing = sub.closed || paint === OPS.closeStroke || paint === OPS.closeFillStroke || paint === OPS.closeEOFillStroke;
            const ring = closing && points.length > 2 ? [...points, points[0]] : points;
            if (!sub.curved) {
              for (let k = 1; k < ring.length; k++) {
                const r = segmentRuling(ring[k - 1], ring[k]);
                if (r) out.push(r);
              }
            }
          }
          if (fills && !invisible(fill) && !sub.curved && points.length >= 2 && points.length <= 5) {
            const r = points.length === 2 ? segmentRuling(points[0], points[1]) : rectangleRuling(points);
            if (r) out.push(r);
          }
        }
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** Joins pieces of one line: the same position (within SAME_LINE) and touching or overlapping end to end. */
export function mergeRulings(rulings: readonly Ruling[]): Ruling[] {
  const out: Ruling[] = [];
  for (const dir of ['h', 'v'] as const) {
    const sorted = rulings.filter((r) => r.dir === dir).sort((a, b) => a.pos - b.pos);
    // Cluster by position.
    const clusters: Ruling[][] = [];
    for (const r of sorted) {
      const last = clusters[clusters.length - 1];
      if (last && r.pos - last[last.length - 1].pos <= SAME_LINE) last.push(r);
      else clusters.push([r]);
    }
    for (const cluster of clusters) {
      const pieces = [...cluster].sort((a, b) => a.from - b.from);
      let cur: { from: number; to: number; weight: number; posSum: number } | null = null;
      const flush = () => {
        if (cur) out.push({ dir, pos: cur.posSum / cur.weight, from: cur.from, to: cur.to });
      };
      for (const p of pieces) {
        const len = Math.max(p.to - p.from, 0.1);
        if (cur && p.from <= cur.to + JOIN_GAP) {
          cur.to = Math.max(cur.to, p.to);
          cur.weight += len;
          cur.posSum += p.pos * len;
        } else {
          flush();
          cur = { from: p.from, to: p.to, weight: len, posSum: p.pos * len };
        }
      }
      flush();
    }
  }
  return out;
}

/** The page's ruling lines, merged. */
export function pageRulings(list: PdfOperatorList | undefined, viewport: Matrix): Ruling[] {
  if (!list) return [];
  return mergeRulings(collectRulings(list, viewport));
}
