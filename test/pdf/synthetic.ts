/**
 * Hand-placed text for unit tests of lib/pdf: runs at given positions, sized like a PDF's glyphs (a Chinese
 * character one em wide, a digit or Latin letter 0.55 em).
 */
import { isWideChar } from '../../lib/pdf/normalize-text.ts';
import type { PdfTextItem, Ruling, TextRun } from '../../lib/pdf/pdf-types.ts';
import { makeLine, type TextLine } from '../../lib/pdf/text-lines.ts';

export function run(text: string, x0: number, baseline: number, size = 10): TextRun {
  const charX = [x0];
  let x = x0;
  for (const ch of text) {
    x += (isWideChar(ch) ? 1 : 0.55) * size;
    for (let k = 0; k < ch.length; k++) charX.push(x);
  }
  charX.length = text.length + 1;
  charX[text.length] = x;
  return { text, x0, x1: x, top: baseline - 0.88 * size, bottom: baseline + 0.12 * size, baseline, size, font: 'f1', charX, horizontal: true };
}

/** A right-aligned run ending at x1. */
export function runEndingAt(text: string, x1: number, baseline: number, size = 10): TextRun {
  const probe = run(text, 0, baseline, size);
  return run(text, x1 - probe.x1, baseline, size);
}

export function line(...runs: TextRun[]): TextLine {
  return makeLine(runs);
}

/** A pdf.js text item for a horizontal run on an unrotated page of the given height (PDF y grows upwards). */
export function item(str: string, x: number, baselineFromTop: number, width: number, size = 10, pageHeight = 842): PdfTextItem {
  return { str, transform: [size, 0, 0, size, x, pageHeight - baselineFromTop], width, height: size, fontName: 'g_d0_f1' };
}

export const h = (pos: number, from: number, to: number): Ruling => ({ dir: 'h', pos, from, to });
export const v = (pos: number, from: number, to: number): Ruling => ({ dir: 'v', pos, from, to });
