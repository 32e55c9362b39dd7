/**
 * Hostile or broken page content must not throw or hang: a PDF is untrusted input.
 */
import { describe, expect, it } from 'vitest';
import { item } from '../../test/pdf/synthetic.ts';
import { buildPdfDocument } from './pdf-document.ts';
import { DRAW_OPS, OPS } from './pdf-ops.ts';
import type { PdfOperatorList, PdfPageContent, PdfTextItem } from './pdf-types.ts';

const A4 = [1, 0, 0, -1, 0, 842] as const;
const page = (items: PdfTextItem[], operators?: PdfOperatorList): PdfPageContent => ({
  pageNumber: 1,
  width: 595,
  height: 842,
  viewportTransform: A4,
  items,
  operators,
});

function lines(segments: [number, number, number, number][]): PdfOperatorList {
  const buf: number[] = [];
  for (const [x0, y0, x1, y1] of segments) buf.push(DRAW_OPS.moveTo, x0, y0, DRAW_OPS.lineTo, x1, y1);
  return { fnArray: [OPS.constructPath], argsArray: [[OPS.stroke, [Float32Array.from(buf)], null]] };
}

describe('hostile pages', () => {
  it('reads a line of 200,000 glyphs (one item each) without overflowing the stack', () => {
    const items = Array.from({ length: 200_000 }, (_, i) => item('字', 10 + i * 0.001, 100, 0.001, 10));
    const doc = buildPdfDocument([page(items)]);
    expect(doc.blocks).toHaveLength(1);
  });

  it('reads a borderless table of 5,000 rows × 8 columns on one (very long) page', () => {
    const items: PdfTextItem[] = [];
    for (let r = 0; r < 5000; r++) {
      for (let c = 0; c < 8; c++) items.push(item('1,234.56', 20 + 70 * c, 20 + 12 * r, 40, 9, 70_000));
    }
    const doc = buildPdfDocument([{ ...page(items), height: 70_000, viewportTransform: [1, 0, 0, -1, 0, 70_000] }]);
    const [table] = doc.blocks;
    expect(table.kind === 'table' && [table.table.rows.length, table.table.rows[0].cells.length]).toEqual([5000, 8]);
  });

  it('does not try to read 20,000 crossing lines as a table', () => {
    const segments: [number, number, number, number][] = [];
    for (let k = 0; k < 10_000; k++) {
      segments.push([0, 100 + k * 0.05, 500, 100 + k * 0.05], [k * 0.05, 100, k * 0.05, 600]);
    }
    const doc = buildPdfDocument([page([item('合计', 100, 500, 20)], lines(segments))]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['text']);
  });

  it('reads a ruled grid of 150 × 150 cells', () => {
    const segments: [number, number, number, number][] = [];
    for (let k = 0; k <= 150; k++) segments.push([0, 100 + 4 * k, 600, 100 + 4 * k], [4 * k, 100, 4 * k, 700]);
    const items = Array.from({ length: 150 }, (_, k) => item('1', 4 * k + 1, 842 - 103, 1, 2));
    const doc = buildPdfDocument([page(items, lines(segments))]);
    const [table] = doc.blocks;
    expect(table.kind === 'table' && table.table.rows.length).toBe(150);
  });

  it('ignores items with broken numbers instead of throwing', () => {
    const broken: PdfTextItem[] = [
      { str: '合计', transform: [Number.NaN, 0, 0, 10, 10, 10], width: 20, height: 10, fontName: 'f' },
      { str: '合计', transform: [10, 0, 0, 10, Number.POSITIVE_INFINITY, 10], width: 20, height: 10, fontName: 'f' },
      { str: '合计', transform: [0, 0, 0, 0, 10, 10], width: 20, height: 0, fontName: 'f' },
      { str: '合计', transform: [10, 0, 0, 10, 10, 10], width: -5, height: 10, fontName: 'f' },
      { str: '合计', transform: [10, 0], width: 20, height: 10, fontName: 'f' },
    ];
    const garbage: PdfOperatorList = {
      fnArray: [OPS.constructPath, OPS.transform, OPS.constructPath, OPS.restore, OPS.setFillRGBColor],
      argsArray: [null, ['x'], [OPS.fill, [[DRAW_OPS.lineTo, 1]], null], undefined, [Number.NaN]],
    };
    expect(() => buildPdfDocument([page(broken, garbage)])).not.toThrow();
  });
});
